import type { Settings } from '../../shared/settings';
import { sendLearn } from '../../shared/send-learn';
import type { PageState } from '../state';
import { messageMark, noteLabel, placeMark, sweepMarks } from './marks';
import { registerFeature } from './registry';

/**
 * Marks on the invitation manager: a received invitation whose note looks like a pitch gets the mark below its
 * note, with "Not a pitch" (and the undo) keyed by the note's text as a message's are. No "Always trust this
 * person": trust is keyed by the member id the messaging pages give ("ACoAA..."), a card links a public name, and
 * its note is analysed without a person. Nothing on the card is pressed; Accept and Ignore stay the user's.
 */
registerFeature({
  name: 'invitation marks',
  update(state: PageState, settings: Settings) {
    const wanted = new Set<Element>();
    const { read, context } = state;
    // The sent tab holds the user's own notes: a mark there would call one a pitch the user received.
    const received =
      read.surface === 'invitations' &&
      context.surface === 'invitations' &&
      read.invitations.tab === 'received';
    if (settings.pageMarks && received) {
      read.invitations.invitations.forEach((invitation, index) => {
        const verdict = context.verdicts[index];
        const slot = read.markSlots[index];
        if (!verdict || !slot || !invitation.note) return;
        const mine = verdict.user?.by === 'message';
        if (verdict.verdict !== 'pitch' && !mine) return;
        wanted.add(slot);
        const mark = messageMark(verdict, invitation.note, undefined, settings, sendLearn);
        placeMark(
          slot,
          mine ? mark.label : noteLabel(verdict, settings),
          'invitations',
          mark.control,
          mark.user,
        );
      });
    }
    sweepMarks('invitations', wanted);
  },
});
