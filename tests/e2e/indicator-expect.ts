import { expect } from 'vitest';
import { atWordEnd } from '../../src/content/draft-settle';
import { SLOW_PITCH, type IndicatorRun } from './scenarios';

/** What a person would notice, the same in both browsers (firefox.e2e.ts asks the same). */
export function expectIndicatorRun(run: IndicatorRun): void {
  expect(run.pitch.shown).toBe(true);
  expect(run.pitch.coversButton).toBe(false);
  const judged = run.pitch.labels.filter((entry) => entry.label !== '').map((entry) => entry.judged);
  // Judged while the user typed (at word ends), not only at the end, and never on half a word.
  expect(judged.length).toBeGreaterThan(1);
  expect(judged.filter((text) => text.trim() !== SLOW_PITCH && !atWordEnd(text))).toEqual([]);
  expect(run.findingsOpen).toBe(true);
  expect(run.good.shown).toBe(false);
}
