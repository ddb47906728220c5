// `npm run masscheck -- [FILE.jsonl ...] [--json]`: precision, recall, F1 and false-pitch rate per language,
// per-rule hits on pitch vs genuine messages, and the misclassified ids, with the shipped weights.
// `npm run masscheck -- --by-source [FILE.jsonl ...]`: grouped cross-validation, each source group held out
// in turn with the weights fitted without it (the figure that counts), then the shipped analyzer on the same
// files for information. Without files: every file the model trains on (scripts/own-messages.ts defaultCorpora).
// `--score FILE` (repeatable) scores only those files' messages, each group held out, with every file training.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseJsonl, type LabelledMessage } from '../src/analyzer/cli/jsonl';
import { crossValidate, formatCrossVal } from '../src/analyzer/cli/crossval';
import { formatMassCheck, massCheck } from '../src/analyzer/cli/masscheck';
import { toSamples } from '../src/analyzer/learn/samples';
import { PRIOR_WEIGHTS } from '../src/analyzer/weights';
import { LABELLED_FILE, defaultCorpora } from './own-messages';

const args = process.argv.slice(2);
const bySource = args.includes('--by-source');
const json = args.includes('--json');
// `--score FILE`: with --by-source, only FILE's messages are scored (each with its group held out); every file still trains.
const scoreFiles = args.flatMap((arg, k) =>
  arg === '--score' && args[k + 1] ? [resolve(args[k + 1] as string)] : [],
);
const given = args.filter((arg, k) => !arg.startsWith('--') && args[k - 1] !== '--score');
const files = given.length > 0 ? given : bySource ? defaultCorpora() : [LABELLED_FILE];

const messages: LabelledMessage[] = [];
const scoredIds = new Set<string>();
for (const file of [...files, ...scoreFiles.filter((file) => !files.map((f) => resolve(f)).includes(file))]) {
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
  if (scoreFiles.includes(resolve(file))) for (const message of parsed.messages) scoredIds.add(message.id);
}
if (messages.length === 0) {
  console.error('masscheck: no usable lines.');
  process.exit(2);
}

const report = massCheck(messages);
if (bySource) {
  const scored =
    scoreFiles.length === 0
      ? undefined
      : (sample: { message: { id: string } }) => scoredIds.has(sample.message.id);
  const crossVal = crossValidate(toSamples(messages), { prior: PRIOR_WEIGHTS }, undefined, scored);
  if (json) console.log(JSON.stringify({ crossValidated: crossVal, fitOnEverything: report }, null, 2));
  else {
    console.log(`masscheck --by-source of ${files.join(', ')}\n`);
    if (scored) console.log(`scored: the messages of ${scoreFiles.join(', ')} (every file trains)\n`);
    console.log(formatCrossVal(crossVal));
    console.log('\nfor information, the shipped analyzer (fitted on all of these files):\n');
    console.log(formatMassCheck(report).split('\n\n')[0]);
  }
} else if (json) console.log(JSON.stringify(report, null, 2));
else {
  console.log(`masscheck of ${files.join(', ')}\n`);
  console.log(formatMassCheck(report));
}
