// The reply studio's chooser on the received invitations: each invitation is named by its sender, as each
// conversation is when several are open, and a pitch says so; the user picks the one they are looking at.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReplyStudio } from '../../src/ui/components/ReplyStudio';
import { LangContext } from '../../src/ui/i18n';
import type { ReplyTarget } from '../../src/ui/reply-target';

afterEach(() => {
  document.body.innerHTML = '';
});

const choices: ReplyTarget[] = [
  {
    key: 'invitation|2|Mark de Haan',
    name: 'Mark de Haan',
    text: 'We help agencies book 3x more meetings.',
    verdict: 'pitch',
    lang: 'en',
  },
  {
    key: 'invitation|0|Eva Jansen',
    name: 'Eva Jansen',
    text: 'We met at the meetup in Utrecht.',
    verdict: 'ok',
    lang: 'en',
  },
];

describe('choosing which invitation to answer', () => {
  it('names each by its sender and marks the pitch, and answers the one chosen', () => {
    const at = document.body.appendChild(document.createElement('div'));
    const onChoose = vi.fn();
    render(
      <LangContext.Provider value="en">
        <ReplyStudio
          target={choices[0]!}
          choices={choices}
          onChoose={onChoose}
          templates={[]}
          mySituation={undefined}
          myName=""
          onCopy={() => Promise.resolve(true)}
        />
      </LangContext.Provider>,
      at,
    );
    const select = at.querySelector<HTMLSelectElement>('#reply-message')!;
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'Mark de Haan · Pitch · “We help agencies book 3x more meetings.”',
      'Eva Jansen · “We met at the meetup in Utrecht.”',
    ]);
    select.value = 'invitation|0|Eva Jansen';
    select.dispatchEvent(new Event('change'));
    expect(onChoose).toHaveBeenCalledWith('invitation|0|Eva Jansen');
  });
});
