/** Helpers for the DOM tests of Selge's pages: find what a user sees, and a root to render into. */

/** The button whose text is `name`, as a user reads it; a test fails with its name when there is none. */
export function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

/** The element the page renders into, made on first use (a test's afterEach empties the body). */
export function root(): HTMLElement {
  const found = document.getElementById('root');
  if (found) return found;
  const made = document.createElement('div');
  made.id = 'root';
  return document.body.appendChild(made);
}
