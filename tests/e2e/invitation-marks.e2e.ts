// Marks on the invitation manager in a real Chromium (English) and Firefox (Dutch): a received invitation whose
// note is a pitch gets Selge's mark below its note, with the score and "Not a pitch"; the genuine notes, the sent
// tab and marks off get none. One browser at a time, each closed before the next starts (2 cores).
import { describe, it } from 'vitest';
import { chromiumDriver, launchWithExtension } from './harness';
import { firefoxDriver, launchFirefox } from './firefox-harness';
import { expectInvitationMarks } from './mark-expect';
import { markInvitations, type Driver } from './scenarios';

const BROWSERS: {
  name: string;
  lang: 'en' | 'nl';
  launch(): Promise<{ driver: Driver; close(): Promise<void> }>;
}[] = [
  {
    name: 'Chromium, in English',
    lang: 'en',
    launch: async () => {
      const session = await launchWithExtension();
      return { driver: chromiumDriver(session), close: () => session.close() };
    },
  },
  {
    name: 'Firefox, in Dutch',
    lang: 'nl',
    launch: async () => {
      const session = await launchFirefox();
      return { driver: firefoxDriver(session), close: () => session.close() };
    },
  },
];

const WORDS = {
  en: {
    note: /^Selge: this invitation note looks like a pitch \(score \d+\)$/,
    user: 'Selge: you marked this as not a pitch',
    undo: 'Undo',
    notPitch: 'Not a pitch',
  },
  nl: {
    note: /^Selge: de notitie bij deze uitnodiging lijkt een pitch \(score \d+\)$/,
    user: 'Selge: je hebt dit als geen pitch gemarkeerd',
    undo: 'Ongedaan maken',
    notPitch: 'Geen pitch',
  },
};

describe('marks on invitation notes', () => {
  for (const browser of BROWSERS)
    it(`${browser.name}: only the received pitch note, below it, with its score, "Not a pitch" and Undo; none on the sent tab`, async () => {
      const { driver, close } = await browser.launch();
      try {
        expectInvitationMarks(await markInvitations(driver, browser.lang), WORDS[browser.lang]);
      } finally {
        await close();
      }
    }, 240_000);
});
