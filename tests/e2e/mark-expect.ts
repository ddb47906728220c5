import { expect } from 'vitest';
import type { MarkCorrection, RowCorrection, TrustFromMark } from './scenarios';

interface MarkWords {
  /** A pitch's mark, closed. */
  pitch: RegExp;
  /** The start of the mark of a message the user marked as not a pitch. */
  user: string;
  undo: string;
  notPitch: string;
}

/** What a person notices correcting a verdict on its mark, the same in both browsers (issue 23, point 1). */
export function expectMarkCorrection(run: MarkCorrection, words: MarkWords): void {
  expect(run.before.marks).toHaveLength(2);
  for (const text of run.before.marks) expect(text).toMatch(words.pitch);
  // A click opens the verdict buttons beside the mark (inline: the mark grows, it covers nothing); Escape closes.
  expect(run.widths.opened).toBeGreaterThan(run.widths.closed);
  expect(run.widths.escaped).toBe(run.widths.closed);

  // At once: the mark says the user's verdict, with its undo focused, the other marks are unchanged, one pitch fewer.
  expect(run.corrected.badge).toBe('1');
  expect(run.corrected.marks[0]).toBe(`${words.user}${words.undo}`);
  expect(run.corrected.focusOnMark).toBe(true);
  expect(run.corrected.marks.slice(1)).toEqual(run.before.marks.slice(1));
  // After a reload it holds.
  expect(run.reloaded.badge).toBe('1');
  expect(run.reloaded.marks[0]).toBe(words.user);
  expect(run.reloaded.userSet).toBe(1);
  // The undo brings Selge's verdict back; the redrawn mark keeps the focus, open on "Not a pitch".
  expect(run.undone.badge).toBe('2');
  expect(run.undone.marks).toHaveLength(2);
  const reopened = `${run.before.marks[0] ?? ''}${words.notPitch}`;
  expect(run.undone.marks[0]?.slice(0, reopened.length)).toBe(reopened);
  expect(run.undone.focusOnMark).toBe(true);

  // LinkedIn's page heard none of the presses, and nothing navigated.
  expect(run.heard).toEqual([]);
  for (const step of [run.corrected, run.reloaded, run.undone]) expect(step.url).toBe(run.before.url);
}

/** A row's mark in the inbox list: corrected and undone from the mark, and the row never opened. */
export function expectRowCorrection(run: RowCorrection, words: Pick<MarkWords, 'user' | 'undo'>): void {
  expect(run.before.marks).toHaveLength(4);
  expect(Number(run.corrected.badge)).toBe(Number(run.before.badge) - 1);
  expect(run.corrected.marks).toHaveLength(4);
  expect(run.corrected.marks[0]).toBe(`${words.user}${words.undo}`);
  expect(run.corrected.focusOnMark).toBe(true);
  expect(run.undone.badge).toBe(run.before.badge);
  expect(run.undone.userSet).toBe(0);
  // The row heard no click or key, and no conversation opened.
  expect(run.heard).toEqual([]);
  for (const step of [run.corrected, run.undone]) expect(step.url).toBe(run.before.url);
}

/** Trusting the sender from a mark: only the pressed mark stays, saying so, its undo focused; undone, all return. */
export function expectTrustFromMark(
  run: TrustFromMark,
  words: { trusted: string; stopTrusting: string },
): void {
  expect(run.trusted.marks).toEqual([`${words.trusted}${words.stopTrusting}`]);
  expect(run.trusted.focusOnMark).toBe(true);
  expect(run.untrusted.marks).toHaveLength(2);
  expect(run.untrusted.marks.slice(1)).toEqual(run.before.marks.slice(1));
}
