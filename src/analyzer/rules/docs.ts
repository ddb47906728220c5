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

/** Every rule's explanation, suggestion and examples, by rule id. */
export const RULE_DOCS: RuleDocsMap = {
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
