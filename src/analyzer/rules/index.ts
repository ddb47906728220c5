import type { Rule } from '../types';
import { askRules } from './ask';
import { fitRules } from './fit';
import { followupRules } from './followup';
import { goodRules } from './good';
import { metaRules } from './meta';
import { offerRules } from './offer';
import { personalizationRules } from './personalization';
import { selfRules } from './self';
import { sequenceRules } from './sequence';

/** Every rule, in the order the engine runs them. Meta rules come last: they read what the others found. */
export const RULES: readonly Rule[] = [
  ...offerRules,
  ...askRules,
  ...selfRules,
  ...personalizationRules,
  ...sequenceRules,
  ...followupRules,
  ...fitRules,
  ...goodRules,
  ...metaRules,
];
