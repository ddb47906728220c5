/**
 * The messaging inbox for the end-to-end tests (issue 22): LinkedIn's real list markup
 * (tests/fixtures/linkedin/conversation-list.html, from conversation-list-page.html) with rows of our own
 * people and previews, built in the page from the capture's own rows, as LinkedIn draws them. A small script
 * in the page plays LinkedIn's part: it draws placeholders later, re-renders the list and moves a row to the
 * top; it is not part of Selge.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/linkedin/conversation-list.html');
const THREAD = resolve(import.meta.dirname, '../fixtures/linkedin/messaging-thread.html');

export interface InboxRow {
  name: string;
  /** What the row shows after "First:" (or after "You:" when `fromMe`). */
  preview: string;
  unread: boolean;
  fromMe?: boolean;
}

/** Ten conversations: four pitches (two English, two Dutch; three unread), genuine messages, the user's own. */
export const INBOX_ROWS: InboxRow[] = [
  {
    name: 'Femke Visser',
    unread: true,
    preview: 'Hi Joris! We help consultants like you book 3x more meetings. Free strategy call this week?',
  },
  { name: 'Hugo Peters', unread: true, preview: 'Prima, tot donderdag! Neem jij de slides mee?' },
  {
    name: 'Lotte Bakker',
    unread: false,
    preview: 'Wij helpen MKB-bedrijven aan meer klanten. Zullen we vrijblijvend kennismaken?',
  },
  { name: 'Sanne Verbeek', unread: false, fromMe: true, preview: 'Thanks, I will read it tonight.' },
  {
    name: 'Bram de Groot',
    unread: true,
    preview:
      'Beste Joris, wij helpen installateurs aan 30% meer omzet. Heb je vrijdag 20 minuten voor een korte demo?',
  },
  { name: 'Iris Mulder', unread: false, preview: 'Congrats on the new role! How are the first weeks going?' },
  {
    name: 'Noah Jansen',
    unread: true,
    preview:
      'Quick question: are you the right person to talk to about lead generation? We book 20+ qualified meetings a month for agencies like yours. Worth a chat?',
  },
  {
    name: 'Eva de Boer',
    unread: false,
    preview: 'Leuk je gisteren te spreken! Hier is de link naar het artikel.',
  },
  {
    name: 'Tim Kramer',
    unread: true,
    preview: 'Are you coming to the meetup on Thursday? We saved you a seat.',
  },
  { name: 'Emma Dekker', unread: false, fromMe: true, preview: 'Geen probleem' },
];

/** Drawn later into two of the placeholders, as LinkedIn does when the user scrolls: one pitch, one not. */
export const INBOX_LATER: InboxRow[] = [
  {
    name: 'Ruben Smit',
    unread: true,
    preview:
      "Hi Joris, I noticed you're growing fast. Our platform helps teams like yours cut hiring costs by 40%. Open to a 15-min call next week?",
  },
  { name: 'Anouk Vos', unread: false, preview: 'Dank voor je hulp vorige week, het werkte!' },
];

export const INBOX_PITCHES = ['Femke Visser', 'Lotte Bakker', 'Bram de Groot', 'Noah Jansen'];
export const LATER_PITCHES = ['Ruben Smit'];

/** `count` rows cycling through INBOX_ROWS, each with a name of its own: the list of a busy inbox. */
export function manyRows(count: number): InboxRow[] {
  return Array.from({ length: count }, (_, index) => {
    const row = INBOX_ROWS[index % INBOX_ROWS.length] as InboxRow;
    return { ...row, name: `${row.name} ${index + 1}` };
  });
}

/**
 * The page's part of LinkedIn: builds the drawn rows from the capture's unread row (Femke's) and read row
 * (Lotte's), keeps the ten placeholders, and offers `window.__inbox` to the tests.
 */
const INBOX_SCRIPT = `
(() => {
  const data = JSON.parse(document.getElementById('selge-test-rows').textContent);
  const list = document.querySelector('ul.msg-conversations-container__conversations-list');
  const rows = [...list.querySelectorAll('li.msg-conversation-listitem:not(.msg-conversation-card--occluded)')];
  const nameOf = (li) => li.querySelector('.msg-conversation-listitem__participant-names span.truncate').textContent.trim();
  const template = {
    unread: rows.find((li) => nameOf(li) === 'Femke Visser'),
    read: rows.find((li) => nameOf(li) === 'Lotte Bakker'),
  };
  let made = 0;
  // LinkedIn's list reacts to clicks (it opens the conversation); Selge must never cause one.
  let clicks = 0;
  list.addEventListener('click', () => { clicks += 1; }, true);
  const draw = (li, row) => {
    made += 1;
    const source = row.unread ? template.unread : template.read;
    const old = nameOf(source);
    li.innerHTML = source.innerHTML.replaceAll(old, row.name).replaceAll(old.split(' ')[0] + ':', row.name.split(' ')[0] + ':');
    li.querySelector('.msg-conversation-listitem__participant-names span.truncate').textContent = row.name;
    const snippet = li.querySelector('p.msg-conversation-card__message-snippet');
    snippet.textContent = (row.fromMe ? 'You: ' : row.name.split(' ')[0] + ': ') + row.preview;
    const img = li.querySelector('img');
    if (img) img.setAttribute('src', img.getAttribute('src').replace(/\\/v2\\/[^/]+\\//, '/v2/TEST' + made + '/'));
  };
  const fresh = (row) => {
    const li = document.createElement('li');
    li.className = template.read.className;
    li.tabIndex = -1;
    draw(li, row);
    return li;
  };
  const firstPlaceholder = list.querySelector('li.msg-conversation-card--occluded');
  const built = data.rows.map(fresh);
  for (const li of rows) li.remove();
  for (const li of built) list.insertBefore(li, firstPlaceholder);
  // The conversation open beside the list: LinkedIn marks its row (the capture's own thread is Sanne's).
  if (data.open) {
    const row = [...list.querySelectorAll('li.msg-conversation-listitem')].find((li) => li.textContent.includes(data.open));
    row?.querySelector('.msg-conversation-listitem__link')?.classList.add('msg-conversations-container__convo-item-link--active');
  }
  window.__inbox = {
    get clicks() { return clicks; },
    /** Draws the later rows into the first placeholders, as LinkedIn does when they scroll into view. */
    fillLater() {
      const placeholders = [...list.querySelectorAll('li.msg-conversation-card--occluded')];
      data.later.forEach((row, index) => {
        const li = placeholders[index];
        draw(li, row);
        li.classList.remove('msg-conversation-card--occluded');
      });
    },
    /** Draws every row anew (new elements, same conversations), as after a folder or filter switch. */
    rerender() {
      list.innerHTML = list.innerHTML.replace(/<selge-mark><\\/selge-mark>/g, '');
    },
    /** A new message in a conversation moves its row to the top, unchanged otherwise. */
    moveToTop(name) {
      const li = [...list.querySelectorAll('li.msg-conversation-listitem')].find((item) => item.textContent.includes(name));
      list.insertBefore(li, list.querySelector('li.msg-conversation-listitem'));
    },
  };
})();
`;

/**
 * The inbox page: the capture's list pane with `rows` drawn and `later` waiting behind the placeholders. With
 * `openThread`, the captured conversation with Sanne Verbeek is open beside the list (messaging-thread.html's
 * thread pane, as on linkedin.com/messaging/thread/...) and her row is the active one.
 */
export function inboxHtml(rows: InboxRow[], later: InboxRow[] = INBOX_LATER, openThread = false): string {
  // The capture's photos are LinkedIn's CDN: served from linkedin.com here, so the page asks nothing off-site (the
  // tests count every request); the asset ids, which the reader keys rows by, stay.
  const page = readFileSync(FIXTURE, 'utf8').replaceAll(
    'https://media.licdn.com/',
    'https://www.linkedin.com/cdn-stand-in/',
  );
  const thread = openThread ? (/<body>([\s\S]*)<\/body>/.exec(readFileSync(THREAD, 'utf8'))?.[1] ?? '') : '';
  // JSON inside a script element: "<" escaped so no preview can end the element.
  const json = JSON.stringify({ rows, later, open: openThread ? 'Sanne Verbeek' : null }).replace(
    /</g,
    '\\u003c',
  );
  const script = `<script type="application/json" id="selge-test-rows">${json}</script><script>${INBOX_SCRIPT}</script>`;
  return page.replace('</body>', `${thread}${script}\n</body>`);
}

/** Each list row's name and how many Selge marks it holds, in list order (what a person scanning it sees). */
export function rowMarks(): [string, number][] {
  return [...document.querySelectorAll('li.msg-conversation-listitem')]
    .filter((li) => !li.classList.contains('msg-conversation-card--occluded'))
    .map((li) => [
      li.querySelector('.msg-conversation-listitem__participant-names')?.textContent?.trim() ?? '',
      li.querySelectorAll('selge-mark').length,
    ]);
}
