// `npm run factors`: rewrites src/analyzer/rules/factors.generated.ts after rule patterns changed.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { Rarity, renderFactorModule } from '../src/analyzer/cli/factors';
import { foldText } from '../src/analyzer/normalize';
import { RULES } from '../src/analyzer/rules/index';
import { ownMessages } from './own-messages';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * How common a piece of text is gets estimated on the project's own messages, pitch and genuine: the
 * labelled examples, the trainer's pairs and the reply templates. Only the choice of factors depends on it.
 */
const reference = ownMessages().map((text) => foldText(text).folded);

const target = resolve(ROOT, 'src/analyzer/rules/factors.generated.ts');
const source = await format(renderFactorModule(RULES, new Rarity(reference)), {
  ...(await resolveConfig(target)),
  filepath: target,
});
writeFileSync(target, source);
const gated = (source.match(/pattern: '/g) ?? []).length;
const patterns = RULES.filter((rule) => 'pattern' in rule).length;
console.log(`factors: ${gated} of ${patterns} pattern rules can be skipped by the prefilter -> ${target}`);
