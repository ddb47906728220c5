import { expect } from 'vitest';
import type { InvitationMarks, MarkCorrection, RowCorrection, TrustFromMark } from './scenarios';

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

/** Whether two boxes ([left, top, right, bottom]) share any area. */
const overlaps = (a: number[], b: number[]) =>
  (a[0] ?? 0) < (b[2] ?? 0) &&
  (b[0] ?? 0) < (a[2] ?? 0) &&
  (a[1] ?? 0) < (b[3] ?? 0) &&
  (b[1] ?? 0) < (a[3] ?? 0);

/** Marks on the invitation manager, what a person notices in both browsers: only on a received pitch note. */
export function expectInvitationMarks(
  run: InvitationMarks,
  words: Pick<MarkWords, 'user' | 'undo'> & { note: RegExp; notPitch: string },
): void {
  // Marks are opt-in: the pitch note is counted on the badge, the page gets nothing.
  expect(run.off.badge).toBe('1');
  expect(run.off.marks).toEqual([]);
  // On: one mark with the score, on the pitch card; the genuine note and the card without a note have none.
  expect(run.on.marks).toHaveLength(1);
  expect(run.on.marks[0]).toMatch(words.note);
  expect(run.on.cards).toEqual(['Mark de Haan']);
  // Below the note: LinkedIn's name and Accept and Ignore buttons stay where they were, and the mark covers none.
  expect(run.layout.with).toEqual(run.layout.without);
  expect(run.layout.mark).toHaveLength(4);
  for (const part of run.layout.with) expect(overlaps(part, run.layout.mark)).toBe(false);
  // LinkedIn drawing the card again gives it its mark again, once.
  expect(run.redrawn.marks).toEqual(run.on.marks);
  expect(run.redrawn.cards).toEqual(['Mark de Haan']);
  // "Not a pitch" on the mark: it says the user's verdict, its Undo focused, and the badge has no pitch left.
  expect(run.corrected.badge).toBe('');
  expect(run.corrected.marks).toEqual([`${words.user}${words.undo}`]);
  expect(run.corrected.focusOnMark).toBe(true);
  // The Undo brings Selge's verdict back, the redrawn mark open on "Not a pitch".
  expect(run.undone.badge).toBe('1');
  expect(run.undone.marks).toEqual([`${run.on.marks[0] ?? ''}${words.notPitch}`]);
  // LinkedIn's page heard none of the presses (its Accept and Ignore were not pressed), and nothing navigated.
  expect(run.heard).toEqual([]);
  for (const step of [run.corrected, run.undone]) expect(step.url).toBe(run.on.url);
  expect(run.turnedOff.marks).toEqual([]);
  // The 2024+ markup: the same mark on its pitch card.
  expect(run.sdui.marks).toHaveLength(1);
  expect(run.sdui.marks[0]).toMatch(words.note);
  expect(run.sdui.cards).toEqual(['Ruud Meijer']);
  // The sent tab: the user's own note reads as a pitch, and is still not marked as one the user received.
  expect(run.sent.verdict).toBe('pitch');
  expect(run.sent.marks).toEqual([]);
  expect(run.sent.badge).toBe('');
}
