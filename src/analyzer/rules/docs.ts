import type { RuleDocsMap } from '../types';
import { askDocs } from './ask';
import { fitDocs } from './fit';
import { followupDocs } from './followup';
import { goodDocs } from './good';
import { metaDocs } from './meta';
import { offerDocs } from './offer';
import { personalizationDocs } from './personalization';
import { selfDocs } from './self';
import { sequenceDocs } from './sequence';

/** The learned wording model's finding (engine.ts): its words come from the corpora, not from a pattern. */
const wordingDocs: RuleDocsMap = {
  PITCH_WORDING: {
    explain: {
      en: 'Worded like sales outreach: these words and phrases are common in the pitches Selge learned from and rare in messages between people who know each other.',
      nl: 'Geformuleerd als verkoopoutreach: deze woorden en zinsdelen komen veel voor in de pitches waarvan Selge leerde, en weinig in berichten tussen mensen die elkaar kennen.',
    },
    suggest: {
      en: 'Say it in your own words, and about them: what did they do, what do they want?',
      nl: 'Zeg het in je eigen woorden, en over hen: wat deden ze, wat willen ze?',
    },
    examples: { hit: [], miss: ['Thanks, see you on Friday!'] },
  },
};

/** Every rule's explanation, suggestion and examples, by rule id. */
export const RULE_DOCS: RuleDocsMap = {
  ...wordingDocs,
  ...offerDocs,
  ...askDocs,
  ...selfDocs,
  ...personalizationDocs,
  ...sequenceDocs,
  ...followupDocs,
  ...fitDocs,
  ...goodDocs,
  ...metaDocs,
};
