// `npm run tune -- FILE.jsonl [FILE.jsonl ...] [--write]`: fits the rule weights on labelled corpora.
//
// The score is a sum of points, and 50 means "pitch". Tuning fits those points by logistic regression on
// (sum - 50) / SCALE, pulled towards the hand-set weights (an L2 prior), so a rule that a small corpus
// barely sees keeps its reasoned weight instead of jumping to zero or infinity. Genuine messages count
// double: rating a genuine message "pitch" costs more than missing a pitch.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULES } from '../src/analyzer/index';
import { analyze } from '../src/analyzer/index';
import { parseJsonl, type LabelledMessage } from '../src/analyzer/cli/jsonl';
import { WEIGHTS } from '../src/analyzer/weights';

const SCALE = 12;
const PRIOR_STRENGTH = 0.0003;
const GENUINE_COST = 2;
const THRESHOLD = 50;

const args = process.argv.slice(2);
const files = args.filter((arg) => !arg.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run tune -- FILE.jsonl [FILE.jsonl ...] [--write]');
  process.exit(2);
}

const messages: LabelledMessage[] = files.flatMap((file) => {
  const { messages: parsed, errors } = parseJsonl(readFileSync(file, 'utf8'));
  for (const error of errors) console.error(`${file}:${error.line}: ${error.message}`);
  return parsed.filter((message) => message.label && !message.borderline);
});

const scoredIds = RULES.filter((rule) => !rule.signalOnly).map((rule) => rule.id);
const samples = messages.map((message) => {
  const fired = new Set(
    analyze(message.text, message.kind ? { kind: message.kind } : {}).findings.map((f) => f.rule),
  );
  return { x: scoredIds.filter((id) => fired.has(id)), y: message.label === 'pitch' ? 1 : 0 };
});

const weights = new Map(scoredIds.map((id) => [id, WEIGHTS[id] ?? 0]));
const prior = new Map(weights);
for (let step = 0; step < 4000; step++) {
  const gradient = new Map(scoredIds.map((id) => [id, 0]));
  for (const { x, y } of samples) {
    const sum = x.reduce((total, id) => total + (weights.get(id) ?? 0), 0);
    const clamped = Math.max(0, Math.min(100, sum));
    const p = 1 / (1 + Math.exp(-(clamped - THRESHOLD) / SCALE));
    const cost = y === 1 ? 1 : GENUINE_COST;
    // Outside 0-100 the clamp makes the score flat: no gradient there.
    if (sum < 0 || sum > 100) continue;
    for (const id of x) gradient.set(id, (gradient.get(id) ?? 0) + (cost * (p - y)) / SCALE);
  }
  for (const id of scoredIds) {
    const g =
      (gradient.get(id) ?? 0) / samples.length +
      PRIOR_STRENGTH * ((weights.get(id) ?? 0) - (prior.get(id) ?? 0));
    weights.set(id, (weights.get(id) ?? 0) - 20 * g);
  }
}

const rounded = new Map([...weights].map(([id, weight]) => [id, Math.round(weight / 5) * 5]));
console.log('rule                          prior  tuned');
for (const id of scoredIds) {
  const before = prior.get(id) ?? 0;
  const after = rounded.get(id) ?? 0;
  console.log(
    `${id.padEnd(30)}${String(before).padStart(5)}  ${String(after).padStart(5)}${before !== after ? '  *' : ''}`,
  );
}

if (args.includes('--write')) {
  const path = resolve(import.meta.dirname, '../src/analyzer/weights.ts');
  const source = readFileSync(path, 'utf8');
  const body = scoredIds.map((id) => `  ${id}: ${rounded.get(id)},`).join('\n');
  writeFileSync(path, source.replace(/= \{\n[\s\S]*?\n\};/, `= {\n${body}\n};`));
  console.log(`\nwrote ${path}`);
}
