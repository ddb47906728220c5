import type { Invitation, Invitations, ReadResult } from '../shared/page-context';
import { lineText, queryAll, queryFirst, readableText, searchRoots } from './dom';
import { SELECTORS, type Selector } from './selectors';

const S = SELECTORS.invitations;

function tabFromUrl(url: string | undefined): Invitations['tab'] | undefined {
  if (!url) return undefined;
  if (/invitation-manager\/sent/.test(url)) return 'sent';
  if (/invitation-manager/.test(url)) return 'received';
  return undefined;
}

/** Where a card keeps its parts, in one markup generation. */
interface CardParts {
  name: Selector;
  headline: Selector;
  note: Selector;
  mutual: Selector;
  time?: Selector;
}

const CLASSIC: CardParts = {
  name: S.classicName,
  headline: S.classicHeadline,
  note: S.classicNote,
  mutual: S.classicMutual,
  time: S.classicTime,
};
const SDUI: CardParts = {
  name: S.sduiName,
  headline: S.sduiHeadline,
  note: S.sduiNote,
  mutual: S.sduiMutual,
};

function readCard(card: Element, parts: CardParts): Invitation {
  const noteElement = queryFirst(card, parts.note);
  const note = noteElement ? readableText(noteElement, S.clampChrome) : '';
  const headline = lineText(queryFirst(card, parts.headline));
  const mutual = lineText(queryFirst(card, parts.mutual));
  const time = parts.time ? lineText(queryFirst(card, parts.time)) : '';
  return {
    name: lineText(queryFirst(card, parts.name)),
    ...(headline ? { headline } : {}),
    ...(mutual ? { mutual } : {}),
    note: note || null,
    noteTruncated: Boolean(noteElement && queryFirst(noteElement, S.clampMore)),
    ...(time ? { time } : {}),
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
      const invitations =
        sdui.length > 0
          ? sdui.map((card) => readCard(card, SDUI))
          : classic.map((card) => readCard(card, CLASSIC));
      return { found: true, data: { tab, markup: sdui.length > 0 ? 'sdui' : 'classic', invitations } };
    }
    return { found: false, reason: 'no invitation cards on this page' };
  } catch (error) {
    return { found: false, reason: `could not read the invitations: ${(error as Error).message}` };
  }
}
