import type { ReadResult, Thread, ThreadItem, ThreadMessage } from '../shared/page-context';
import {
  MAX_MESSAGE_CHARS,
  lineText,
  queryAll,
  queryAllStepwise,
  queryFirst,
  queryFirstStepwise,
  readableText,
  runToEnd,
  searchRoots,
} from './dom';
import { readComposeBoxStepwise } from './readComposeBox';
import { SELECTORS } from './selectors';

const S = SELECTORS.thread;
export const ACCEPTED =
  /accepted your invitation|heeft (?:je|uw) uitnodiging geaccepteerd|are now connected|zijn nu met elkaar verbonden/i;

function* threadRoots(root: ParentNode): Generator<void, { element: Element; variant: Thread['variant'] }[]> {
  const found: { element: Element; variant: Thread['variant'] }[] = [];
  for (const searchRoot of searchRoots(root)) {
    for (const element of yield* queryAllStepwise(searchRoot, S.overlayRoot))
      found.push({ element, variant: 'overlay' });
    yield;
    const page = yield* queryFirstStepwise(searchRoot, S.pageRoot);
    if (page && !found.some((entry) => entry.element.contains(page) || page.contains(entry.element))) {
      found.push({ element: page, variant: 'page' });
    }
  }
  if (found.length === 0) {
    // Unknown wrapper markup: climb from the first message to the nearest ancestor that also holds the
    // header or the compose box, so the participant and the draft are read with the messages.
    for (const searchRoot of searchRoots(root)) {
      const firstEvent = queryFirst(searchRoot, S.event);
      if (!firstEvent) continue;
      let container: Element | null = firstEvent.parentElement;
      for (let depth = 0; container && depth < 12; depth++, container = container.parentElement) {
        if (queryFirst(container, S.participantName) || queryFirst(container, SELECTORS.compose.box)) break;
      }
      found.push({ element: container ?? firstEvent.parentElement ?? firstEvent, variant: 'page' });
      break;
    }
  }
  return found;
}

/** "Sanne Verbeek sent the following messages at 3:47 PM" -> { name, time } */
function parseGroupHeading(text: string): { name?: string; time?: string } {
  const match =
    /^(.{1,120}?) (?:sent the following messages?|stuurde de volgende berichten?|heeft de volgende berichten? gestuurd) (?:at|om) (.{1,20})$/i.exec(
      text,
    );
  return match ? { name: match[1], time: match[2] } : {};
}

/** The profile id of a link to "/in/<id>" (LinkedIn's own id "ACoAA...", or a public vanity name). */
export function profileIdOf(link: Element | null): string | undefined {
  const href = link?.getAttribute('href') ?? '';
  const match = /\/in\/([^/?#\s]{1,100})/u.exec(href);
  return match ? decodeURIComponent(match[1] as string) : undefined;
}

function* readOne(element: Element, variant: Thread['variant']): Generator<void, ThreadWithElements> {
  // Each lookup can walk a large DOM when its first alternative misses: one step each.
  const participantName = element.classList.contains(S.newConversationClass)
    ? ''
    : lineText(yield* queryFirstStepwise(element, S.participantName));
  yield;
  const headlineElement = yield* queryFirstStepwise(element, S.participantHeadline);
  const headline = headlineElement ? lineText(headlineElement) : undefined;
  yield;
  const profile = profileIdOf(yield* queryFirstStepwise(element, S.participantProfile));
  yield;
  const list = (yield* queryFirstStepwise(element, S.list)) ?? element;
  yield;
  const fromStart = (yield* queryFirstStepwise(list, S.conversationStart)) !== null;
  yield;

  const items: ThreadItem[] = [];
  const itemElements: (Element | null)[] = [];
  let day: string | undefined;
  let sender = '';
  let time: string | undefined;
  let afterAccepted = false;

  const rows = yield* queryAllStepwise(list, S.event);
  yield;
  for (const row of rows) {
    yield;
    const heading = queryFirst(row, S.dayHeading);
    if (heading) day = lineText(heading) || day;
    const group = parseGroupHeading(lineText(queryFirst(row, S.groupHeading)));

    const system = queryFirst(row, S.systemLine);
    const messages = row.matches(S.message.join(',')) ? [row] : queryAll(row, S.message);
    if (system || (messages.length === 0 && lineText(row) && !heading)) {
      const text = lineText(system ?? row);
      if (text) {
        items.push({ kind: 'system', text, day });
        itemElements.push(system ?? row);
        if (ACCEPTED.test(text)) afterAccepted = true;
      }
      if (!system) continue;
    }

    for (const message of messages) {
      const name = lineText(queryFirst(message, S.senderName));
      if (name) sender = name;
      else if (group.name) sender = group.name;
      const shownTime = lineText(queryFirst(message, S.time));
      if (shownTime) time = shownTime;
      else if (group.time) time = group.time;

      const text = readBodies(message);
      const contents = queryAll(message, S.content);
      const hasAttachment = contents.some((content) => queryFirst(content, S.body) === null);
      const direction = decideDirection(message, sender, participantName);
      const previousMessages = items.filter((item) => item.kind === 'message').length;
      const item: ThreadMessage = {
        kind: 'message',
        sender,
        direction,
        text,
        time,
        day,
        hasAttachment,
        firstAfterConnect: afterAccepted || (fromStart && previousMessages === 0),
      };
      afterAccepted = false;
      items.push(item);
      itemElements.push(message);
    }
  }

  yield;
  const compose = yield* readComposeBoxStepwise(element);
  return {
    thread: {
      variant,
      participant: {
        name: participantName,
        ...(headline ? { headline } : {}),
        ...(profile ? { profile } : {}),
      },
      items,
      draft: compose.found ? compose.data.text : null,
      fromStart,
    },
    root: element,
    itemElements,
    composeBox: compose.found ? compose.data.element : null,
  };
}

/** A message's text; '' when its markup cannot be read, so one odd message never hides the rest of the thread. */
function readBodies(message: Element): string {
  try {
    return queryAll(message, S.body)
      .map((body) => readableText(body, [], MAX_MESSAGE_CHARS))
      .filter(Boolean)
      .join('\n');
  } catch {
    return '';
  }
}

/** A thread with the elements it was read from, for the content script (marks, insertion); not for the protocol. */
export interface ThreadWithElements {
  thread: Thread;
  root: Element;
  /** Parallel to thread.items. */
  itemElements: (Element | null)[];
  composeBox: HTMLElement | null;
}

function decideDirection(message: Element, sender: string, participant: string): ThreadMessage['direction'] {
  if (message.classList.contains(S.incomingClass)) return 'incoming';
  if (queryFirst(message, S.ownIndicator)) return 'own';
  // No class hint at all (markup drift): the other participant's name decides.
  return participant && sender === participant ? 'incoming' : 'own';
}

/**
 * Every open conversation on the page: the full messaging pane and each chat bubble, with messages in order,
 * senders carried forward, incoming or own, times and day headings, system lines and the draft.
 */
export function readThreads(root: ParentNode): ReadResult<Thread[]> {
  const result = readThreadsWithElements(root);
  return result.found ? { found: true, data: result.data.map((entry) => entry.thread) } : result;
}

export function readThreadsWithElements(root: ParentNode): ReadResult<ThreadWithElements[]> {
  return runToEnd(readThreadsStepwise(root));
}

/**
 * The same reading, one message row per step, so the content script can spread a 2,000-message thread over
 * several short slices instead of one long task.
 */
export function* readThreadsStepwise(root: ParentNode): Generator<void, ReadResult<ThreadWithElements[]>> {
  try {
    yield;
    const roots = yield* threadRoots(root);
    yield;
    if (roots.length === 0) return { found: false, reason: 'no conversation on this page' };
    const read: ThreadWithElements[] = [];
    for (const { element, variant } of roots) read.push(yield* readOne(element, variant));
    const useful = read.filter(
      ({ thread }) => thread.items.length > 0 || thread.participant.name || thread.draft !== null,
    );
    if (useful.length === 0) {
      return {
        found: false,
        reason: 'a conversation area is present but shows no messages, name or compose box',
      };
    }
    return { found: true, data: useful };
  } catch (error) {
    return { found: false, reason: `could not read the conversation: ${(error as Error).message}` };
  }
}
