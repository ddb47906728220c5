import type {
  ConversationList,
  ConversationListRow,
  ConversationRow,
  ReadResult,
} from '../shared/page-context';
import { queryAll, queryFirst, readableText, searchRoots } from './dom';
import { SELECTORS } from './selectors';

const S = SELECTORS.conversationList;

/** LinkedIn lets a message hold 8,000 characters; a preview is at most that message (issue 22). */
export const MAX_PREVIEW_CHARS = 8_000;
/** A name, a time label or a label line longer than this is not LinkedIn's. */
const MAX_LINE_CHARS = 200;
/** A group conversation on LinkedIn holds at most 50 people. */
const MAX_NAMES = 50;
const MAX_LABELS = 4;
/** A hostile page can invent rows without end; the first this many are read. */
export const MAX_ROWS = 1_000;

/** One line of an element's text, bounded: whitespace folded, hidden helper text left out. */
function line(element: Element | null, max: number, exclude: readonly string[] = []): string {
  return readableText(element, exclude, max).replace(/\s+/g, ' ').trim();
}

/** "You: ...", "Jij: ..." (own last message; English and Dutch interface). */
const OWN_PREFIX = /^(?:You|Jij): ?/;
/**
 * "Pieter sent an attachment" (captured), "You sent an attachment"; the Dutch forms ("Pieter heeft een bijlage
 * gestuurd", "Jij hebt ...") follow LinkedIn's Dutch interface wording, no Dutch capture of the list exists.
 */
const ATTACHMENT_LINE =
  /^(?<who>[^:\n]{1,120}) (?:sent an? (?:attachment|photo|image|file|video|GIF|voice message)|(?:heeft|hebt) een (?:bijlage|foto|afbeelding|bestand|video|GIF|spraakbericht) (?:gestuurd|verzonden))$/i;
const OWN_WHO = /^(?:you|jij)$/i;
const VIA_SERVICES = /^(?:Via Services Page|Via (?:de )?Services-?pagina)$/i;
const SELECT_WITH = /^(?:Select conversation with|Selecteer gesprek met) (.{1,2000})$/i;

/** Names as shown: "Anna Mulder" or, in a group row, "Anna Mulder, Bram van Dijk and 2 others". */
function readNames(row: Element): string[] {
  let shown = line(queryFirst(row, S.names), MAX_LINE_CHARS * 4);
  if (!shown) {
    const label =
      queryFirst(row, S.selectLabel)
        ?.getAttribute('aria-label')
        ?.slice(0, MAX_LINE_CHARS * 4) ?? '';
    shown = SELECT_WITH.exec(label.trim())?.[1] ?? '';
  }
  return shown ? [shown] : [];
}

/** A group row lists its names with commas and "and"/"en"; one person's name can hold a comma ("Anna Mulder, PhD"). */
function splitGroupNames(shown: string): string[] {
  return shown
    .split(/, | and | en | & /)
    .map((name) => name.trim().slice(0, MAX_LINE_CHARS))
    .filter(Boolean)
    .slice(0, MAX_NAMES);
}

/**
 * The photo's asset id: ".../dms/image/v2/<id>/profile-framedphoto-shrink_100_100/0/1700000000000?e=...&t=...".
 * The query (expiry, token) changes whenever LinkedIn refreshes the URL; the id changes only with the photo.
 * A placeholder (a data: URI, or none) gives ''.
 */
function photoId(row: Element): string {
  const src = queryFirst(row, S.photo)?.getAttribute('src')?.slice(0, 2_000) ?? '';
  if (!/^https?:/i.test(src)) return '';
  const match = /\/image\/(?:v2\/)?([^/?#]{1,200})\//.exec(src);
  return match?.[1] ?? (src.split(/[?#]/, 1)[0] ?? '').slice(0, MAX_LINE_CHARS);
}

interface Preview {
  preview: string;
  fromMe: boolean;
  sender?: string;
  attachment: boolean;
}

function readPreview(row: Element, names: readonly string[]): Preview {
  const snippet = queryFirst(row, S.snippet);
  let text = line(snippet, MAX_PREVIEW_CHARS);
  const icon = snippet ? queryFirst(snippet, S.snippetIcon) !== null : false;
  let fromMe = false;
  let sender: string | undefined;
  const own = OWN_PREFIX.exec(text);
  if (own) {
    fromMe = true;
    text = text.slice(own[0].length);
  } else {
    // "Lars: Nog geen mail ontvangen": the prefix is a participant's first name ("Iris" of "Dr. Iris Mulder"), not their words.
    const colon = text.indexOf(': ');
    const prefix = colon > 0 && colon <= MAX_LINE_CHARS ? text.slice(0, colon) : '';
    if (prefix && names.some((name) => name === prefix || name.split(' ').includes(prefix))) {
      sender = prefix;
      text = text.slice(colon + 2);
    }
  }
  const attachmentLine = ATTACHMENT_LINE.exec(text);
  if (attachmentLine) {
    const who = attachmentLine.groups?.who ?? '';
    if (OWN_WHO.test(who)) fromMe = true;
    else sender ??= who;
    text = '';
  }
  return {
    preview: text,
    fromMe,
    ...(sender ? { sender } : {}),
    attachment: icon || attachmentLine !== null,
  };
}

function unreadCount(row: Element): number | undefined {
  const badge = queryFirst(row, S.unreadCount);
  const fromBadge = /^\d{1,5}\+?$/.exec(line(badge, 10))?.[0];
  const aria = queryFirst(row, S.unreadBadge)?.getAttribute('aria-label')?.slice(0, 100) ?? '';
  const count = fromBadge ?? /^(\d{1,5})\b/.exec(aria)?.[1];
  return count === undefined ? undefined : Number.parseInt(count, 10);
}

function readRow(row: Element): Omit<ConversationRow, 'key'> & { keyBase: string } {
  const shown = readNames(row);
  const group = queryFirst(row, S.facepile) !== null || queryAll(row, S.photo).length > 1;
  const names =
    group && shown[0] ? splitGroupNames(shown[0]) : shown.map((name) => name.slice(0, MAX_LINE_CHARS));
  const preview = readPreview(row, names);
  const labelLines = queryAll(row, S.labelLine)
    .map((element) => line(element, MAX_LINE_CHARS))
    .filter(Boolean);
  const viaServicesPage = labelLines.some((label) => VIA_SERVICES.test(label));
  const labels = labelLines.filter((label) => !VIA_SERVICES.test(label)).slice(0, MAX_LABELS);
  const count = unreadCount(row);
  return {
    occluded: false,
    // No thread id is anywhere in a row (the link is a div without href; conversation-list-page.html) and the
    // Ember ids change on every re-render. What stays while a conversation lives: who it is with (the names)
    // and their photo's asset id, which tells apart two people of the same name. Not the time or the preview
    // (they change with each message), nor the position (the list reorders on new messages and filters).
    keyBase: `${names.join(', ')}\u0000${photoId(row)}`,
    names,
    group,
    time: line(queryFirst(row, S.time), MAX_LINE_CHARS),
    ...preview,
    unread: queryFirst(row, S.unread) !== null,
    ...(count === undefined ? {} : { unreadCount: count }),
    viaServicesPage,
    labels,
    active: row.getElementsByClassName(S.activeClass).length > 0 || row.classList.contains(S.activeClass),
  };
}

function readFilters(searchRoot: ParentNode): Pick<ConversationList, 'folder' | 'filter'> {
  const folder = line(queryFirst(searchRoot, S.folder), MAX_LINE_CHARS);
  const on = queryAll(searchRoot, S.filterPill).find(
    (pill) => pill.getAttribute('aria-pressed') === 'true' || pill.getAttribute('aria-checked') === 'true',
  );
  const filter = on
    ? {
        id: (on.getAttribute('data-test-messaging-inbox-filters__filter-pill') ?? '').slice(
          0,
          MAX_LINE_CHARS,
        ),
        label: line(on, MAX_LINE_CHARS),
      }
    : null;
  return { ...(folder ? { folder } : {}), filter };
}

/** The list as read, with each row's element (parallel to `rows`): where a mark goes, what a view scrolls to. */
export interface ConversationListWithElements {
  list: ConversationList;
  elements: Element[];
}

/**
 * The messaging inbox's conversation list, one row per step (a hundred rows stay off LinkedIn's main thread in
 * slices): every row in order (occluded placeholders as such), each drawn row's names, time, preview (own last
 * message told apart), unread state and context lines, with a key that survives LinkedIn re-rendering the row;
 * and the folder and filter shown above the list.
 */
export function* readConversationListStepwise(
  root: ParentNode,
): Generator<void, ReadResult<ConversationListWithElements>> {
  try {
    for (const searchRoot of searchRoots(root)) {
      const list = queryFirst(searchRoot, S.list);
      const rows = queryAll(list ?? searchRoot, S.row).slice(0, MAX_ROWS);
      if (!list && rows.length === 0) continue;
      const seen = new Map<string, number>();
      const read: ConversationListRow[] = [];
      for (const row of rows) {
        read.push(readOneRow(row, seen));
        yield;
      }
      return { found: true, data: { list: { rows: read, ...readFilters(searchRoot) }, elements: rows } };
    }
    return { found: false, reason: 'no conversation list on this page' };
  } catch (error) {
    return { found: false, reason: `could not read the conversation list: ${(error as Error).message}` };
  }
}

function readOneRow(row: Element, seen: Map<string, number>): ConversationListRow {
  // A placeholder has no text yet; LinkedIn draws it when it scrolls into view (and then drops the class).
  if (row.classList.contains(S.occludedClass) && !queryFirst(row, S.names) && !queryFirst(row, S.snippet))
    return { occluded: true };
  const { keyBase, ...rest } = readRow(row);
  if (rest.names.length === 0 && !queryFirst(row, S.snippet)) return { occluded: true };
  const count = seen.get(keyBase) ?? 0;
  seen.set(keyBase, count + 1);
  return { ...rest, key: count === 0 ? keyBase : `${keyBase}#${count + 1}` };
}

/** The whole list at once (tests, and callers that need no slices). */
export function readConversationList(root: ParentNode): ReadResult<ConversationList> {
  const steps = readConversationListStepwise(root);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value.found ? { found: true, data: step.value.data.list } : step.value;
  }
}
