import { readConnectNoteStepwise } from '../linkedin/readConnectNote';
import {
  readConversationListStepwise,
  type ConversationListWithElements,
} from '../linkedin/readConversationList';
import { readInvitationCards, type InvitationsWithElements } from '../linkedin/readInvitations';
import { readProfile } from '../linkedin/readProfile';
import { readThreadsStepwise, type ThreadWithElements } from '../linkedin/readThread';
import type { ConnectNote, Profile } from '../shared/page-context';

export type SurfaceRead =
  | { surface: 'connect-note'; note: ConnectNote; field: HTMLTextAreaElement | null }
  | { surface: 'thread'; threads: ThreadWithElements[] }
  | ({ surface: 'invitations' } & InvitationsWithElements)
  | { surface: 'profile'; profile: Profile }
  | { surface: 'none'; reason: string };

/** What the user looks at, and beside it on the messaging pages the inbox's conversation list (issue 22). */
export type PageRead = SurfaceRead & { list?: ConversationListWithElements };

const MESSAGING = /^\/messaging\//;
const INVITATIONS = /^\/mynetwork\/invitation-manager/;
const PROFILE = /^\/in\/[^/]+\/?$/;

/**
 * Which surface the user is looking at, read with the readers. The open "Add a note" dialog wins (it is
 * what the user is doing), then conversations (page or bubbles), invitations, a profile.
 */
export function* readPage(document: Document, url: string): Generator<void, PageRead> {
  const path = new URL(url).pathname;
  const surface = yield* readSurface(document, url, path);
  if (!MESSAGING.test(path)) return surface;
  const list = yield* readConversationListStepwise(document);
  if (!list.found) return surface;
  if (surface.surface === 'none')
    // The inbox without an open conversation is no changed layout: the list is what there is to read.
    return { surface: 'none', reason: 'the inbox shows no open conversation', list: list.data };
  return { ...surface, list: list.data };
}

function* readSurface(document: Document, url: string, path: string): Generator<void, SurfaceRead> {
  yield;
  const note = yield* readConnectNoteStepwise(document);
  yield;
  if (note.found) {
    const field = document.querySelector<HTMLTextAreaElement>(
      'textarea[name="message"], textarea#custom-message',
    );
    // The dialog opened on the recipient's profile: their headline says role and company (for openers).
    const profile = PROFILE.test(path) ? readProfile(document) : null;
    const headline =
      profile?.found && profile.data.headline && profile.data.name === note.data.recipientName
        ? profile.data.headline
        : undefined;
    return {
      surface: 'connect-note',
      note: headline ? { ...note.data, recipientHeadline: headline } : note.data,
      field,
    };
  }
  const threads = yield* readThreadsStepwise(document);
  if (
    threads.found &&
    threads.data.some((entry) => entry.thread.items.length > 0 || entry.thread.draft !== null)
  ) {
    return { surface: 'thread', threads: threads.data };
  }
  const invitations = readInvitationCards(document, url);
  if (invitations.found) return { surface: 'invitations', ...invitations.data };
  if (PROFILE.test(path)) {
    const profile = readProfile(document);
    if (profile.found) return { surface: 'profile', profile: profile.data };
  }
  if (MESSAGING.test(path)) {
    return {
      surface: 'none',
      reason: threads.found
        ? 'the conversation shows no messages yet'
        : `LinkedIn may have changed its layout: ${threads.reason}`,
    };
  }
  if (INVITATIONS.test(path))
    return {
      surface: 'none',
      reason: 'LinkedIn may have changed its layout: no invitation cards could be read',
    };
  return {
    surface: 'none',
    reason: 'nothing Selge reads on this page: open a conversation, your invitations or a connection note',
  };
}
