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
