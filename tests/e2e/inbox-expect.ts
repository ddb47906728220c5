/** What both browsers must show of the inbox (issue 22): one list of expectations for Chromium and Firefox. */
import { expect } from 'vitest';
import { INBOX_PITCHES, LATER_PITCHES } from './inbox';
import type { Inbox, InboxStep, InboxTriage, LongInboxFigures } from './scenarios';
import type { DriverPage } from './scenarios';

const marked = (step: InboxStep) => step.marks.filter(([, count]) => count > 0).map(([name]) => name);
const counts = (step: InboxStep) => [...new Set(step.marks.map(([, count]) => count))].sort();

export async function expectTriage({
  opened,
  filled,
  rerendered,
  moved,
  marksOff,
  page,
}: InboxTriage & { page: DriverPage }): Promise<void> {
  // Two English and two Dutch pitches among genuine messages and the user's own; one mark each.
  expect(marked(opened)).toEqual(INBOX_PITCHES);
  expect(counts(opened)).toEqual([0, 1]);
  // Femke, Bram and Noah are unread; Lotte's conversation was read.
  expect(opened.badge).toEqual({ text: '3', title: 'Selge: 3 unread conversations look like pitches' });
  expect(opened.context.conversations?.rows.map((entry) => entry.basis)).toEqual(Array(10).fill('preview'));
  // Placeholders drawn later are read then, and only they are sent to the analyzer.
  expect(marked(filled)).toEqual([...INBOX_PITCHES, ...LATER_PITCHES]);
  expect(filled.badge.text).toBe('4');
  expect(filled.requests - opened.requests).toBeGreaterThanOrEqual(1);
  expect(filled.requests - opened.requests).toBeLessThanOrEqual(2);
  // Drawn anew: marked again, never twice, nothing analysed again.
  expect(marked(rerendered)).toEqual([...INBOX_PITCHES, ...LATER_PITCHES]);
  expect(counts(rerendered)).toEqual([0, 1]);
  expect(rerendered.requests).toBe(filled.requests);
  // A row that only moves keeps its mark and is not analysed again.
  expect(marked(moved)).toEqual([
    'Lotte Bakker',
    'Femke Visser',
    'Bram de Groot',
    'Noah Jansen',
    'Ruben Smit',
  ]);
  expect(moved.requests).toBe(filled.requests);
  // List marks off: the rows are left as LinkedIn drew them; the badge still counts.
  expect(marked(marksOff)).toEqual([]);
  expect(marksOff.badge.text).toBe('4');
  // Selge clicked nothing in the list (a click opens a conversation and tells the sender it was read).
  expect(await page.evaluate(() => (window as unknown as Inbox).__inbox.clicks)).toBe(0);
}

export function expectLongInbox(figures: LongInboxFigures): void {
  // Four of INBOX_ROWS' ten previews are pitches: 40 of 100 rows.
  expect(figures.rows).toBe(100);
  expect(figures.pitchRows).toBe(40);
  expect(figures.markedRows).toBe(40);
  // In batches (at most 100 texts a request), not one request per row.
  expect(figures.requests).toBeLessThanOrEqual(2);
  console.log(
    `100-row inbox: longest Selge task ${Math.round(figures.longestTaskMs)} ms (${figures.longestTaskLabel}), ${figures.requests} request(s)`,
  );
}
