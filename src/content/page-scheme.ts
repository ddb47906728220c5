/**
 * Whether LinkedIn draws a part of its page dark or light. LinkedIn's own display setting (dark mode on or off)
 * need not follow the system's colour scheme, and Selge's marks and indicator sit on LinkedIn's page: they take
 * the colours of the background LinkedIn paints behind them, and the system's scheme only where it paints none.
 */
export type PageScheme = 'dark' | 'light' | null;

/** The scheme of the nearest background painted behind `element`; null where none is. */
export function pageSchemeAt(element: Element): PageScheme {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const channels = /^rgba?\(([^)]*)\)$/.exec(getComputedStyle(at).backgroundColor)?.[1];
    if (!channels) continue;
    const [red = 0, green = 0, blue = 0, alpha = 1] = channels
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    if (alpha < 0.5) continue;
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255 < 0.5 ? 'dark' : 'light';
  }
  return null;
}

/** A part's style for a scheme: its light rules, with its dark ones always, never, or as the system says. */
export function styleForScheme(light: string, dark: string, scheme: PageScheme): string {
  if (scheme === 'dark') return light + dark;
  if (scheme === 'light') return light;
  return `${light}@media (prefers-color-scheme: dark) {${dark}}`;
}
