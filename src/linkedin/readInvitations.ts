import type { Invitation, Invitations, ReadResult } from '../shared/page-context';
import { lineText, queryAll, queryFirst, readableText, searchRoots } from './dom';
import { SELECTORS } from './selectors';

const S = SELECTORS.invitations;

function tabFromUrl(url: string | undefined): Invitations['tab'] | undefined {
  if (!url) return undefined;
  if (/invitation-manager\/sent/.test(url)) return 'sent';
  if (/invitation-manager/.test(url)) return 'received';
  return undefined;
}

function readClassic(card: Element): Invitation {
  const noteElement = queryFirst(card, S.classicNote);
  const note = noteElement ? readableText(noteElement, S.clampChrome) : '';
  const mutual = lineText(queryFirst(card, S.classicMutual));
  const headline = lineText(queryFirst(card, S.classicHeadline));
  const time = lineText(queryFirst(card, S.classicTime));
  return {
    name: lineText(queryFirst(card, S.classicName)),
    ...(headline ? { headline } : {}),
    ...(mutual ? { mutual } : {}),
    note: note || null,
    noteTruncated: Boolean(noteElement && queryFirst(noteElement, S.clampMore)),
    ...(time ? { time } : {}),
  };
}

function readSdui(card: Element): Invitation {
  const noteElement = queryFirst(card, S.sduiNote);
  const note = noteElement ? readableText(noteElement, S.clampChrome) : '';
  const headline = lineText(queryFirst(card, S.sduiHeadline));
  const mutual = lineText(queryFirst(card, S.sduiMutual));
  return {
    name: lineText(queryFirst(card, S.sduiName)),
    ...(headline ? { headline } : {}),
    ...(mutual ? { mutual } : {}),
    note: note || null,
    noteTruncated: Boolean(noteElement && queryFirst(noteElement, S.clampMore)),
  };
}

/**
 * The invitation manager, received or sent tab, in the 2024+ SDUI markup or the classic Ember markup:
 * each inviter's name, headline, mutual connections when shown, and the custom note.
 */
export function readInvitations(root: ParentNode, url?: string): ReadResult<Invitations> {
  try {
    for (const searchRoot of searchRoots(root)) {
      const sdui = queryAll(searchRoot, S.sduiCard);
      const classic = sdui.length > 0 ? [] : queryAll(searchRoot, S.classicCard);
      const cards = sdui.length > 0 ? sdui : classic;
      if (cards.length === 0) continue;
      const tab =
        tabFromUrl(url) ??
        (queryFirst(searchRoot, S.withdrawButton)
          ? 'sent'
          : queryFirst(searchRoot, S.acceptButton)
            ? 'received'
            : 'received');
      const invitations = sdui.length > 0 ? sdui.map(readSdui) : classic.map(readClassic);
      return { found: true, data: { tab, markup: sdui.length > 0 ? 'sdui' : 'classic', invitations } };
    }
    return { found: false, reason: 'no invitation cards on this page' };
  } catch (error) {
    return { found: false, reason: `could not read the invitations: ${(error as Error).message}` };
  }
}
