import { describe, expect, it } from 'vitest';
import { CUT_MARK } from '../../src/linkedin/dom';
import { MAX_PREVIEW_CHARS, readConversationList } from '../../src/linkedin/readConversationList';
import type { ConversationList, ConversationRow } from '../../src/shared/page-context';
import { loadFixture } from './fixtures';

function read(document: Document): ConversationList {
  const result = readConversationList(document);
  if (!result.found) throw new Error(result.reason);
  return result.data;
}
const drawn = (list: ConversationList) => list.rows.filter((row): row is ConversationRow => !row.occluded);
const listItems = (document: Document) => [...document.querySelectorAll('li.msg-conversation-listitem')];
const snippetText = (row: Element, text: string) => {
  const snippet = row.querySelector('p.msg-conversation-card__message-snippet')!;
  const nodes = [...snippet.childNodes].filter((node) => node.nodeType === 3 && node.textContent!.trim());
  nodes.at(-1)!.textContent = text;
};

describe('readConversationList on the messaging inbox (conversation-list-page.html)', () => {
  const list = read(loadFixture('conversation-list.html'));

  it('reads all 20 rows in order: 10 drawn, 10 occluded placeholders, 3 unread', () => {
    expect(list.rows).toHaveLength(20);
    expect(list.rows.map((row) => row.occluded)).toEqual([
      ...Array<boolean>(10).fill(false),
      ...Array<boolean>(10).fill(true),
    ]);
    expect(
      drawn(list)
        .filter((row) => row.unread)
        .map((row) => [row.names[0], row.unreadCount]),
    ).toEqual([
      ['Pieter Jansen', 3],
      ['Femke Visser', 1],
      ['Hugo Peters', 1],
    ]);
    expect(drawn(list).filter((row) => row.fromMe)).toHaveLength(6);
    expect(drawn(list).every((row) => row.viaServicesPage && !row.group && !row.active)).toBe(true);
    expect(new Set(drawn(list).map((row) => row.key)).size).toBe(10);
  });

  it('keeps an attachment line and the "Via Services Page" line out of the text', () => {
    expect(list.rows[0]).toEqual({
      occluded: false,
      key: 'Pieter Jansen\u0000SELGE0001',
      names: ['Pieter Jansen'],
      group: false,
      time: '10:05 PM',
      preview: '',
      fromMe: false,
      sender: 'Pieter',
      unread: true,
      unreadCount: 3,
      attachment: true,
      viaServicesPage: true,
      labels: [],
      active: false,
    });
  });

  it("reads someone else's preview without their name prefix", () => {
    expect(list.rows[1]).toEqual({
      occluded: false,
      key: 'Femke Visser\u0000SELGE0002',
      names: ['Femke Visser'],
      group: false,
      time: '10:04 PM',
      preview: 'Hi Joris! We help consultants like you book 3x more meetings. Free strategy call this week?',
      fromMe: false,
      sender: 'Femke',
      unread: true,
      unreadCount: 1,
      attachment: false,
      viaServicesPage: true,
      labels: [],
      active: false,
    });
  });

  it('reads a "You:" row as the own last message, prefix removed', () => {
    expect(list.rows[3]).toEqual({
      occluded: false,
      key: 'Sanne Verbeek\u0000SELGE0004',
      names: ['Sanne Verbeek'],
      group: false,
      time: '7:31 PM',
      preview: 'Thanks, I will read it tonight.',
      fromMe: true,
      unread: false,
      attachment: false,
      viaServicesPage: true,
      labels: [],
      active: false,
    });
    expect(list.rows[4]).toMatchObject({
      names: ['Dr. Iris Mulder'],
      preview: 'Dank je, ik kijk er morgen naar.',
      fromMe: true,
    });
  });

  it('keys a row without a photo (the ghost image is a data: URI) by its names alone', () => {
    expect(list.rows[6]).toMatchObject({ names: ['Eva de Boer'], key: 'Eva de Boer\u0000', fromMe: true });
  });

  it('reads the folder dropdown and no filter pill on', () => {
    expect(list.folder).toBe('Focused');
    expect(list.filter).toBeNull();
  });
});

describe('readConversationList as LinkedIn re-renders the list', () => {
  it('gives a row the same key when it is occluded, later drawn again in another li with fresh ids', () => {
    const document = loadFixture('conversation-list.html');
    const before = read(document);
    const items = listItems(document);
    const femke = items[1]!;
    const drawnAgain = femke.innerHTML
      .replace(/ember(\d+)/g, (_, id: string) => `ember${Number(id) + 500}`)
      .replace('e=1762992000', 'e=1763596800')
      .replace('t=scrubbed', 't=refreshed');
    // Scrolled out: LinkedIn empties the li and marks it occluded; a placeholder further down gets its content.
    femke.innerHTML = '<!---->';
    femke.classList.add('msg-conversation-card--occluded');
    const placeholder = items[12]!;
    placeholder.innerHTML = drawnAgain;
    placeholder.classList.remove('msg-conversation-card--occluded');
    snippetText(placeholder, 'Femke: Just following up on my previous message.');

    const after = read(document);
    expect(after.rows[1]).toEqual({ occluded: true });
    expect(after.rows[12]).toMatchObject({
      occluded: false,
      key: (before.rows[1] as ConversationRow).key,
      preview: 'Just following up on my previous message.',
      sender: 'Femke',
    });
    expect(drawn(after)).toHaveLength(10);
  });

  it('reads the filter pill that is on, and the folder after a switch', () => {
    const document = loadFixture('conversation-list.html');
    document
      .querySelector('[data-test-messaging-inbox-filters__filter-pill="UNREAD"]')!
      .setAttribute('aria-pressed', 'true');
    document.querySelector('[data-test-messaging-inbox-filters__folder-pill]')!.firstChild!.textContent =
      ' Other ';
    expect(read(document)).toMatchObject({ folder: 'Other', filter: { id: 'UNREAD', label: 'Unread' } });
  });

  it('tells two rows that look alike apart by their order', () => {
    const document = loadFixture('conversation-list.html');
    const items = listItems(document);
    items[8]!.innerHTML = items[6]!.innerHTML;
    const keys = read(document).rows.map((row) => (row.occluded ? null : row.key));
    expect([keys[6], keys[8]]).toEqual(['Eva de Boer\u0000', 'Eva de Boer\u0000#2']);
  });
});

describe('readConversationList on variants of the captured markup', () => {
  it('reads the Dutch interface: "Jij:" and "heeft een bijlage gestuurd"', () => {
    const document = loadFixture('conversation-list.html');
    const items = listItems(document);
    snippetText(items[3]!, 'Jij: Bedankt, ik lees het vanavond.');
    snippetText(items[0]!, 'Pieter heeft een bijlage gestuurd');
    snippetText(items[2]!, 'Jij hebt een bijlage gestuurd');
    const rows = read(document).rows as ConversationRow[];
    expect(rows[3]).toMatchObject({ preview: 'Bedankt, ik lees het vanavond.', fromMe: true });
    expect(rows[0]).toMatchObject({ preview: '', attachment: true, sender: 'Pieter', fromMe: false });
    expect(rows[2]).toMatchObject({ preview: '', attachment: true, fromMe: true });
    expect(rows[2]).not.toHaveProperty('sender');
  });

  it('reads "You sent an attachment" as the own last message', () => {
    const document = loadFixture('conversation-list.html');
    snippetText(listItems(document)[0]!, 'You sent an attachment');
    expect(read(document).rows[0]).toMatchObject({ preview: '', attachment: true, fromMe: true });
    expect(read(document).rows[0]).not.toHaveProperty('sender');
  });

  it('reads a group conversation (a facepile of photos) as such, one name each', () => {
    const document = loadFixture('conversation-list.html');
    const row = listItems(document)[5]!;
    row.querySelector('.msg-conversation-listitem__participant-names span.truncate')!.textContent =
      'Lotte Bakker, Hugo Peters and Emma Dekker';
    const photo = row.querySelector('img.presence-entity__image')!;
    photo.parentElement!.classList.add('msg-facepile-grid');
    photo.after(photo.cloneNode());
    snippetText(row, 'Hugo: Wie neemt de taart mee?');
    expect(read(document).rows[5]).toMatchObject({
      names: ['Lotte Bakker', 'Hugo Peters', 'Emma Dekker'],
      group: true,
      sender: 'Hugo',
      preview: 'Wie neemt de taart mee?',
      key: 'Lotte Bakker, Hugo Peters, Emma Dekker\u0000SELGE0006',
    });
  });

  it('keeps other label lines as context, and bounds every text', () => {
    const document = loadFixture('conversation-list.html');
    const row = listItems(document)[2]!;
    row.querySelector('.msg-conversation-card__message-snippet-container > p span.truncate')!.textContent =
      'InMail';
    snippetText(row, `Hugo: ${'koop nu '.repeat(20_000)}`);
    row.querySelector('.msg-conversation-listitem__participant-names span.truncate')!.textContent =
      'H'.repeat(50_000);
    const read2 = read(document).rows[2] as ConversationRow;
    expect(read2.labels).toEqual(['InMail']);
    expect(read2.viaServicesPage).toBe(false);
    expect(read2.preview.length).toBeLessThanOrEqual(MAX_PREVIEW_CHARS);
    expect(read2.preview.endsWith(CUT_MARK.trim())).toBe(true);
    expect(read2.names[0]!.length).toBeLessThanOrEqual(800);
    expect(read2.key.length).toBeLessThanOrEqual(1_000);
  });

  it('falls back to the checkbox label for the names when the names heading lost its classes', () => {
    const document = loadFixture('conversation-list.html');
    listItems(document)[1]!.querySelector('h3')!.removeAttribute('class');
    expect(read(document).rows[1]).toMatchObject({
      names: ['Femke Visser'],
      key: 'Femke Visser\u0000SELGE0002',
      sender: 'Femke',
    });
  });

  it('marks the row of the open conversation', () => {
    const document = loadFixture('conversation-list.html');
    listItems(document)[4]!
      .querySelector('.msg-conversation-listitem__link')!
      .classList.add('msg-conversations-container__convo-item-link--active');
    expect(drawn(read(document)).map((row) => row.active)).toEqual([
      false,
      false,
      false,
      false,
      true,
      ...Array<boolean>(5).fill(false),
    ]);
  });

  it('reads the list inside an open interop-outlet shadow root', () => {
    const document = loadFixture('conversation-list.html');
    const host = document.createElement('interop-outlet');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(document.querySelector('main')!);
    document.body.append(host);
    expect(drawn(read(document))).toHaveLength(10);
  });

  it('gives the typed "not found", without throwing, when the markup lost its classes', () => {
    const document = loadFixture('conversation-list.html');
    for (const element of document.querySelectorAll('[class]')) element.removeAttribute('class');
    expect(readConversationList(document)).toEqual({
      found: false,
      reason: 'no conversation list on this page',
    });
  });

  it('says "not found" on a thread page and a profile, and on a hostile root', () => {
    expect(readConversationList(loadFixture('messaging-thread.html')).found).toBe(false);
    expect(readConversationList(loadFixture('profile.html')).found).toBe(false);
    const hostile = {
      querySelector: () => {
        throw new Error('boom');
      },
    } as unknown as ParentNode;
    const result = readConversationList(hostile);
    expect(result.found).toBe(false);
    expect(!result.found && result.reason).toMatch(/^could not read the conversation list: /);
  });
});
