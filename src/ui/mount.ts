import { render, type ComponentChild } from 'preact';

/** Renders a page's root component into its `#app` element. */
export function mountApp(app: ComponentChild): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('Selge: this page has no #app element to render into.');
  render(app, root);
}
