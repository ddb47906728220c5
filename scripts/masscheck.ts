// `npm run masscheck -- [FILE.jsonl] [--json]`: precision, recall, F1 and false-pitch rate per language,
// per-rule hits on pitch vs genuine messages, and the misclassified ids.
import { readFileSync } from 'node:fs';
import { parseJsonl } from '../src/analyzer/cli/jsonl';
import { formatMassCheck, massCheck } from '../src/analyzer/cli/masscheck';
import { LABELLED_FILE } from './own-messages';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--')) ?? LABELLED_FILE;

let content: string;
try {
  content = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`masscheck: cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}
const { messages, errors } = parseJsonl(content);
for (const error of errors) console.error(`${file}:${error.line}: ${error.message}`);
if (messages.length === 0) {
  console.error('masscheck: no usable lines.');
  process.exit(2);
}
const report = massCheck(messages);
if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  console.log(`masscheck of ${file}\n`);
  console.log(formatMassCheck(report));
}
