// `npm run masscheck -- [FILE.jsonl ...] [--json]`: precision, recall, F1 and false-pitch rate per language,
// per-rule hits on pitch vs genuine messages, and the misclassified ids, with the shipped weights.
// `npm run masscheck -- --by-source [FILE.jsonl ...]`: grouped cross-validation, each source group held out
// in turn with the weights fitted without it (the figure that counts), then the shipped analyzer on the same
// files for information. Without files: every file the model trains on (scripts/own-messages.ts defaultCorpora).
import { readFileSync } from 'node:fs';
import { parseJsonl, type LabelledMessage } from '../src/analyzer/cli/jsonl';
import { crossValidate, formatCrossVal } from '../src/analyzer/cli/crossval';
import { formatMassCheck, massCheck } from '../src/analyzer/cli/masscheck';
import { toSamples } from '../src/analyzer/learn/samples';
import { PRIOR_WEIGHTS } from '../src/analyzer/weights';
import { LABELLED_FILE, defaultCorpora } from './own-messages';

const args = process.argv.slice(2);
const bySource = args.includes('--by-source');
const json = args.includes('--json');
const given = args.filter((arg) => !arg.startsWith('--'));
const files =
  given.length > 0
    ? given
    : bySource
      ? defaultCorpora()
      : [LABELLED_FILE];

const messages: LabelledMessage[] = [];
for (const file of files) {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`masscheck: cannot read ${file}: ${(error as Error).message}`);
    process.exit(2);
  }
  const parsed = parseJsonl(content);
  for (const error of parsed.errors) console.error(`${file}:${error.line}: ${error.message}`);
  messages.push(...parsed.messages);
}
if (messages.length === 0) {
  console.error('masscheck: no usable lines.');
  process.exit(2);
}

const report = massCheck(messages);
if (bySource) {
  const crossVal = crossValidate(toSamples(messages), { prior: PRIOR_WEIGHTS });
  if (json) console.log(JSON.stringify({ crossValidated: crossVal, fitOnEverything: report }, null, 2));
  else {
    console.log(`masscheck --by-source of ${files.join(', ')}\n`);
    console.log(formatCrossVal(crossVal));
    console.log('\nfor information, the shipped analyzer (fitted on all of these files):\n');
    console.log(formatMassCheck(report).split('\n\n')[0]);
  }
} else if (json) console.log(JSON.stringify(report, null, 2));
else {
  console.log(`masscheck of ${files.join(', ')}\n`);
  console.log(formatMassCheck(report));
}
