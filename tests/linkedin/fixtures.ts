import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const LINKEDIN_FIXTURES = resolve(import.meta.dirname, '../fixtures/linkedin');

/** Parses a fixture into a fresh document (happy-dom), as the browser would when LinkedIn renders it. */
export function loadFixture(name: string): Document {
  const html = readFileSync(resolve(LINKEDIN_FIXTURES, name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
