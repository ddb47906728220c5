import { queryFirst } from '../../linkedin/dom';
import { SELECTORS } from '../../linkedin/selectors';
import type { Settings } from '../../shared/settings';
import type { PageState } from '../state';
import { sendLearn } from '../../shared/send-learn';
import { messageMark, placeMark, rowLabel, sweepMarks } from './marks';
import { registerFeature } from './registry';

/** Where a row's mark goes: below its preview, never over the name, the time or the unread badge. */
function slotOf(row: Element): Element {
  return queryFirst(row, SELECTORS.conversationList.markSlot) ?? row;
}

/**
 * Marks on the inbox's conversation list (issue 22): each drawn row that looks like a pitch, from its preview
 * or, once opened, its whole conversation. Nothing is clicked or opened. A row LinkedIn draws again gets its
 * mark again on the next read; a row recycled for another conversation loses it.
 */
registerFeature({
  name: 'list marks',
  update(state: PageState, settings: Settings) {
    const wanted = new Set<Element>();
    const list = state.read.list;
    const view = state.context.conversations;
    if (settings.pageMarks && settings.listMarks && list && view) {
      let drawn = 0;
      list.list.rows.forEach((row, index) => {
        if (row.occluded) return;
        const shown = view.rows[drawn];
        drawn += 1;
        const element = list.elements[index];
        // A preview of the user's own last message has no verdict; a conversation they opened may still be a pitch.
        const verdict = shown?.verdict;
        if (!element || !shown || !verdict) return;
        // A preview's verdict is corrected as the popup's list does, keyed by the preview's text; a whole
        // conversation's verdict is its messages', corrected on those (issue 23, point 1).
        const preview = shown.basis === 'preview' ? shown.row.preview : '';
        const mine = preview !== '' && verdict.user?.by === 'message';
        if (verdict.verdict !== 'pitch' && !mine) return;
        const slot = slotOf(element);
        wanted.add(slot);
        const label = rowLabel(verdict, shown.basis, settings);
        if (!preview) return placeMark(slot, label, 'list');
        const mark = messageMark(verdict, preview, undefined, settings, sendLearn);
        placeMark(slot, mine ? mark.label : label, 'list', mark.control, mark.user);
      });
    }
    sweepMarks('list', wanted);
  },
});
