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
  /** Where the note's mark goes; without one, in the note itself. */
  markSlot?: Selector;
}

const CLASSIC: CardParts = {
  name: S.classicName,
  headline: S.classicHeadline,
  note: S.classicNote,
  mutual: S.classicMutual,
  time: S.classicTime,
  markSlot: S.classicMarkSlot,
};
const SDUI: CardParts = {
  name: S.sduiName,
  headline: S.sduiHeadline,
  note: S.sduiNote,
  mutual: S.sduiMutual,
};

/** The invitations as read, and for each the element its mark goes in (null without a note). */
export interface InvitationsWithElements {
  invitations: Invitations;
  markSlots: (Element | null)[];
}

function readCard(card: Element, parts: CardParts): { invitation: Invitation; markSlot: Element | null } {
  const noteElement = queryFirst(card, parts.note);
  const note = noteElement ? readableText(noteElement, S.clampChrome) : '';
  const headline = lineText(queryFirst(card, parts.headline));
  const mutual = lineText(queryFirst(card, parts.mutual));
  const time = parts.time ? lineText(queryFirst(card, parts.time)) : '';
  const invitation: Invitation = {
    name: lineText(queryFirst(card, parts.name)),
    ...(headline ? { headline } : {}),
    ...(mutual ? { mutual } : {}),
    note: note || null,
    noteTruncated: Boolean(noteElement && queryFirst(noteElement, S.clampMore)),
    ...(time ? { time } : {}),
  };
  const slot = note && parts.markSlot ? queryFirst(card, parts.markSlot) : null;
  return { invitation, markSlot: note ? (slot ?? noteElement) : null };
}

/**
 * The invitation manager, received or sent tab, in the 2024+ SDUI markup or the classic Ember markup:
 * each inviter's name, headline, mutual connections when shown, and the custom note; with the elements where
 * each note's mark goes.
 */
export function readInvitationCards(root: ParentNode, url?: string): ReadResult<InvitationsWithElements> {
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
      const read = cards.map((card) => readCard(card, sdui.length > 0 ? SDUI : CLASSIC));
      return {
        found: true,
        data: {
          invitations: {
            tab,
            markup: sdui.length > 0 ? 'sdui' : 'classic',
            invitations: read.map((card) => card.invitation),
          },
          markSlots: read.map((card) => card.markSlot),
        },
      };
    }
    return { found: false, reason: 'no invitation cards on this page' };
  } catch (error) {
    return { found: false, reason: `could not read the invitations: ${(error as Error).message}` };
  }
}

/** The invitations alone, without their elements (what the views and the tests of the reader see). */
export function readInvitations(root: ParentNode, url?: string): ReadResult<Invitations> {
  const read = readInvitationCards(root, url);
  return read.found ? { found: true, data: read.data.invitations } : read;
}
