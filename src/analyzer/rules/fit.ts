import { seq } from '../regex';
import { foldText } from '../normalize';
import type { MessageContext, PatternRule, RuleDocsMap } from '../types';

export const SOLO_WORDS = new RegExp(
  seq(
    '\\b',
    [
      'i work (?:alone|solo|on my own|by myself)',
      'solo(?:preneur| founder| consultant)?',
      'freelancer?',
      'one[\\s-]?(?:person|man|woman) (?:business|company|shop)',
      'self[\\s-]employed',
      'eenmanszaak',
      "zzp(?:'?er)?",
      'zelfstandige?',
      'ik werk (?:alleen|zelfstandig|in mijn eentje)',
      'independent (?:consultant|contractor)',
    ],
    '\\b',
  ),
);

function foldedAbout(context: MessageContext): string {
  return foldText(context.recipientAbout ?? '').folded;
}

/** The recipient works alone: from settings ("about me"), or their own words. */
export function worksAlone(context: MessageContext): boolean {
  if (context.recipientWorkMode === 'alone') return true;
  if (context.recipientWorkMode) return false;
  return SOLO_WORDS.test(foldedAbout(context));
}

/** Offers that only make sense for an organisation with staff. */
export const fitRules: PatternRule[] = [
  {
    id: 'FIT_TEAM_OFFER_TO_SOLO',
    family: 'fit',
    lang: 'any',
    pattern: new RegExp(
      seq(
        '\\b',
        [
          seq(
            'hr[\\s-]?',
            [
              'services?',
              'software',
              'team',
              'teams',
              'department',
              'afdeling',
              'data',
              'rapportage',
              'analist',
              'oplossing',
              'platform',
            ],
            '?',
          ),
          'payroll',
          'salarisadministratie',
          'loonadministratie',
          'recruit(?:ment|ing)',
          'werving',
          'hiring',
          'onboarding (?:new )?(?:hires|employees|medewerkers)',
          'your (?:team|staff|employees|workforce|hr department|sales team|people)',
          '(?:je|jouw|jullie|uw) (?:team|medewerkers|personeel|werknemers|hr-afdeling|salesteam)',
          'employee (?:benefits|engagement|retention)',
          'verzuim(?:begeleiding)?',
          'personeelsdata',
          'scale (?:your|the) team',
          'teams? (?:scale|grow)',
        ],
        '\\b',
      ),
      'g',
    ),
    when: worksAlone,
  },
];

/** What each rule says to the user and the examples its tests run: kept beside the rules, out of the content script's bundle. */
export const fitDocs: RuleDocsMap = {
  FIT_TEAM_OFFER_TO_SOLO: {
    explain: {
      en: 'An offer for teams, staff or HR to someone who works alone: the sender did not look at who they are writing to.',
      nl: 'Een aanbod voor teams, personeel of HR aan iemand die alleen werkt: de afzender heeft niet gekeken naar wie hij schrijft.',
    },
    own: {
      en: 'An offer for teams, staff or HR to someone who works alone: it does not fit the person you are writing to.',
      nl: 'Een aanbod voor teams, personeel of HR aan iemand die alleen werkt: het past niet bij wie je schrijft.',
    },
    suggest: {
      en: 'Read their profile first. If your offer needs a team, this person is not your reader.',
      nl: 'Lees eerst hun profiel. Heeft je aanbod een team nodig, dan is deze persoon niet je lezer.',
    },
    examples: {
      hit: [
        {
          text: 'We help you streamline payroll for your employees.',
          context: { recipientWorkMode: 'alone' },
        },
        {
          text: 'Onze HR-software ontzorgt jullie HR-afdeling.',
          context: { recipientAbout: 'Eenmanszaak in webdesign' },
        },
      ],
      miss: [
        {
          text: 'We help you streamline payroll for your employees.',
          context: { recipientWorkMode: 'company' },
        },
        'We help you streamline payroll for your employees.',
      ],
    },
  },
};
