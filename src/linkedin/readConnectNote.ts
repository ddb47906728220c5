import type { ConnectNote, ReadResult } from '../shared/page-context';
import { lineText, queryFirst, queryFirstStepwise, runToEnd, searchRoots } from './dom';
import { SELECTORS } from './selectors';

const S = SELECTORS.connect;
// "Invite Sanne de Vries to connect", "Add a note to your invitation to Sanne", "Sanne uitnodigen om te connecten",
// Dutch LinkedIn's "Voeg een notitie toe aan je uitnodiging aan Anna de Vries" (issue 21, item 7)
const NAME_IN_TITLE = new RegExp(
  '^(?:invite|add a note to your invitation to|personalize your invitation to' +
    '|voeg een notitie toe aan je uitnodiging aan|personaliseer je uitnodiging aan)' +
    ' ([^.!?]{1,80}?)(?: to connect)?[.!?]?$|^([^.!?]{1,80}?) uitnodigen',
  'i',
);

/** The "Connect" -> "Add a note" dialog: the note being written and, when the dialog names them, the recipient. */
export function readConnectNote(root: ParentNode): ReadResult<ConnectNote> {
  return runToEnd(readConnectNoteStepwise(root));
}

/**
 * The same, one lookup per step: on a page holding a long thread each first lookup walks the whole page
 * (see queryFirstStepwise).
 */
export function* readConnectNoteStepwise(root: ParentNode): Generator<void, ReadResult<ConnectNote>> {
  try {
    const roots = searchRoots(root);
    yield;
    for (const searchRoot of roots) {
      const textarea = (yield* queryFirstStepwise(searchRoot, S.note)) as HTMLTextAreaElement | null;
      if (!textarea) continue;
      const dialog = textarea.closest(S.dialog.join(',')) ?? searchRoot;
      const title = lineText(queryFirst(dialog, S.title));
      const match = NAME_IN_TITLE.exec(title);
      const recipientName = match?.[1] ?? match?.[2];
      const fromLabel = /^(.{1,80}?)\s+to connect$/i.exec(textarea.getAttribute('aria-label') ?? '')?.[1];
      const name = recipientName ?? fromLabel;
      return { found: true, data: { note: textarea.value ?? '', ...(name ? { recipientName: name } : {}) } };
    }
    return { found: false, reason: 'no connection-note dialog open' };
  } catch (error) {
    return { found: false, reason: `could not read the connection note: ${(error as Error).message}` };
  }
}
