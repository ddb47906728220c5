// What the findings list says about a message (issue 21, item 5): points the reader can set against the score,
// the user's own draft explained to them as "you", and a heading that says what follows it.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { MessageCard } from '../../src/ui/components/MessageCard';
import { LangContext, type UiLang } from '../../src/ui/i18n';

function root(): HTMLElement {
  const made = document.createElement('div');
  return document.body.appendChild(made);
}

afterEach(() => {
  document.body.innerHTML = '';
});

function card(text: string, own: boolean, lang: UiLang = 'en'): HTMLElement {
  const verdict = analyze(text, { kind: own ? 'own-draft' : 'first-message' });
  const at = root();
  render(
    <LangContext.Provider value={lang}>
      <MessageCard title="Message" text={text} verdict={verdict} open own={own} />
    </LangContext.Provider>,
    at,
  );
  return at;
}

const HEAVY =
  'Hi Anna, thanks for connecting! We help SaaS companies 3x their pipeline with our AI platform, guaranteed. ' +
  'Do you have 15 minutes this week for a quick call? Here is my calendar: calendly.com/anna/15min';

describe('the findings of a verdict', () => {
  it('each show their share of the score: none above it, together the score when it is capped at 100', () => {
    const shown = card(HEAVY, false);
    expect(shown.querySelector('.badge')?.textContent).toMatch(/score 100/);
    const shares = [...shown.querySelectorAll('.findings > li > .finding-head .finding-weight')].map((el) =>
      Number(el.textContent?.replace('+', '')),
    );
    expect(shares.length).toBeGreaterThan(2);
    expect(Math.max(...shares)).toBeLessThanOrEqual(100);
    const sum = shares.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - 100)).toBeLessThanOrEqual(shares.length);
    expect(shown.querySelector('.finding-weight')?.getAttribute('title')).toMatch(/of the score of 100/);
  });

  it('of the user’s own draft speak to them, in English and Dutch', () => {
    const en = card('We help SaaS companies book more demos.', true);
    expect(en.textContent).toContain('You talk about what you sell');
    expect(en.textContent).not.toContain('The sender');
    const nl = card('Wij helpen bakkerijen aan meer klanten.', true, 'nl');
    expect(nl.textContent).toContain('Je praat over wat je verkoopt');
    expect(nl.textContent).not.toMatch(/de afzender/i);
  });

  it('of a received message speak of the sender', () => {
    expect(card('We help SaaS companies book more demos.', false).textContent).toContain(
      'The sender talks about',
    );
  });

  it('put other rules on the same words under a heading that says they are reasons, not words', () => {
    const shown = card(HEAVY, false);
    const headings = [...shown.querySelectorAll('div.finding-also > span:first-child')].map(
      (el) => el.textContent,
    );
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(heading).toBe('Other reasons these words count:');
  });
});

describe('the wording model’s reasons', () => {
  it('leave out phrases of short words only, which say nothing about a message ("aan", "je")', () => {
    const text =
      'Hoi Joris, wij helpen MKB-bedrijven aan meer klanten. Zullen we eens vrijblijvend kennismaken?';
    const verdict = analyze(text, { kind: 'first-message' });
    const wording = verdict.findings.find((finding) => finding.evidence);
    expect(wording).toBeDefined();
    // What the model gives, whatever its weights are today: a telling phrase and a function word on each side.
    wording!.evidence = [
      { start: 11, end: 35, text: 'wij helpen MKB-bedrijven', towards: 'pitch' },
      { start: 5, end: 10, text: 'Joris', towards: 'genuine' },
      { start: 36, end: 39, text: 'aan', towards: 'genuine' },
      { start: 55, end: 57, text: 'we', towards: 'pitch' },
    ];
    const at = root();
    render(
      <LangContext.Provider value="nl">
        <MessageCard title="Bericht" text={text} verdict={verdict} open own={false} />
      </LangContext.Provider>,
      at,
    );
    const shown = (towards: string) =>
      [...at.querySelectorAll(`[data-towards="${towards}"] q`)].map((q) => q.textContent);
    expect(shown('pitch')).toEqual(['wij helpen MKB-bedrijven']);
    expect(shown('genuine')).toEqual(['Joris']);
  });

  it('keep an acronym or a figure ("MKB", "3x")', () => {
    const text =
      'Hoi Joris, wij helpen MKB-bedrijven aan 3x meer klanten. Zullen we eens vrijblijvend kennismaken?';
    const verdict = analyze(text, { kind: 'first-message' });
    const wording = verdict.findings.find((finding) => finding.evidence);
    expect(wording).toBeDefined();
    wording!.evidence = [
      { start: 22, end: 25, text: 'MKB', towards: 'pitch' },
      { start: 40, end: 42, text: '3x', towards: 'pitch' },
    ];
    const at = root();
    render(
      <LangContext.Provider value="en">
        <MessageCard title="Message" text={text} verdict={verdict} open own={false} />
      </LangContext.Provider>,
      at,
    );
    expect([...at.querySelectorAll('[data-towards="pitch"] q')].map((q) => q.textContent)).toEqual([
      'MKB',
      '3x',
    ]);
  });
});
