import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze, withExplanations } from '../../src/analyzer';
import type { ConversationRow, ConversationRowView, ConversationsView } from '../../src/shared/page-context';
import { ConversationList } from '../../src/ui/components/ConversationList';
import { LangContext, type UiLang } from '../../src/ui/i18n';

function row(name: string, preview: string, extra: Partial<ConversationRow> = {}): ConversationRow {
  return {
    occluded: false,
    key: name,
    names: [name],
    group: false,
    time: '10:04 PM',
    preview,
    fromMe: false,
    unread: false,
    attachment: false,
    viaServicesPage: false,
    labels: [],
    active: false,
    ...extra,
  };
}

const rated = (
  entry: ConversationRow,
  basis: ConversationRowView['basis'] = 'preview',
): ConversationRowView => ({
  row: entry,
  verdict: entry.fromMe && basis === 'preview' ? null : withExplanations(analyze(entry.preview)),
  basis,
});

const PITCH = 'We help consultants like you book 3x more meetings. Free strategy call this week?';

function shown(view: ConversationsView, lang: UiLang = 'en'): HTMLElement {
  const root = document.body.appendChild(document.createElement('div'));
  render(
    <LangContext.Provider value={lang}>
      <ConversationList conversations={view} onShow={() => Promise.resolve(true)} />
    </LangContext.Provider>,
    root,
  );
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the popup’s list of the inbox’s pitches', () => {
  const view: ConversationsView = {
    rows: [
      rated(row('Femke Visser', PITCH, { unread: true })),
      rated(row('Hugo Peters', 'Prima, tot donderdag!')),
      rated(row('Sanne Verbeek', 'Thanks, I will read it tonight.', { fromMe: true })),
      // Opened: the whole conversation was a pitch, though its last message is the user's own.
      { ...rated(row('Lotte Bakker', PITCH, { fromMe: true }), 'conversation') },
    ],
    occluded: 3,
    filter: null,
  };

  it('counts the conversations in view and lists only the pitches, with why and from what', () => {
    const root = shown(view);
    expect(root.querySelector('.summary')?.textContent).toBe('2 of 4 conversations look like pitches');
    const items = [...root.querySelectorAll('[data-testid="list-pitch"]')];
    expect(items.map((item) => item.querySelector('.name')?.textContent)).toEqual([
      'Femke Visser',
      'Lotte Bakker',
    ]);
    expect(items[0]?.textContent).toContain('unread');
    expect(items[0]?.querySelector('.reasons')?.textContent).toMatch(/^.+ · from the preview$/);
    expect(items[1]?.querySelector('.reasons')?.textContent).toMatch(/ · whole conversation$/);
    // The user's own last message is said to be theirs, not shown as the sender's words.
    expect(items[1]?.querySelector('.preview')?.textContent).toBe(`You: ${PITCH}`);
    expect(root.textContent).toContain('3 more conversations in the list are not drawn yet');
  });

  it('speaks Dutch, and says so when none of the conversations is a pitch', () => {
    expect(shown(view, 'nl').querySelector('.summary')?.textContent).toBe(
      '2 van de 4 gesprekken lijken pitches',
    );
    document.body.innerHTML = '';
    const calm: ConversationsView = {
      rows: [rated(row('Hugo Peters', 'Prima, tot donderdag!'))],
      occluded: 0,
      filter: null,
    };
    expect(shown(calm, 'nl').querySelector('.summary')?.textContent).toBe(
      'Het gesprek in beeld lijkt geen pitch',
    );
    document.body.innerHTML = '';
    expect(
      shown({ ...calm, rows: [...calm.rows, ...calm.rows] }).querySelector('.summary')?.textContent,
    ).toBe('None of the 2 conversations in view looks like a pitch');
  });
});
