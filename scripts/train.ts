// `npm run train -- [FILE.jsonl ...]`: trains the wording model (src/analyzer/wording/train.ts) on the labelled
// corpora and writes src/analyzer/wording/model.generated.ts. Without files: the shared corpora beside the
// repository and the project's own set. Deterministic: the same files give the same bytes.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { toWordingSamples } from '../src/analyzer/learn/samples';
import { quantise, serialiseModel } from '../src/analyzer/wording/quantise';
import { TRAIN_DEFAULTS, trainWording } from '../src/analyzer/wording/train';
import { defaultCorpora, readLabelledFiles } from './own-messages';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const given = args.filter((arg, index) => !arg.startsWith('--') && (outAt < 0 || index !== outAt + 1));
const files = given.length > 0 ? given : defaultCorpora();
const out =
  outAt >= 0 && args[outAt + 1]
    ? resolve(args[outAt + 1] as string)
    : resolve(import.meta.dirname, '../src/analyzer/wording/model.generated.ts');

const messages = readLabelledFiles(files, 'train');

const samples = toWordingSamples(messages);
if (samples.length === 0) {
  console.error('train: no labelled messages to learn from.');
  process.exit(2);
}
const started = performance.now();
const model = trainWording(samples, TRAIN_DEFAULTS);
const source = serialiseModel(
  quantise(model),
  files.map((file) => file.replace(/^.*\/(shared|tests)\//, '$1/')),
);
writeFileSync(out, source);
const pitches = samples.filter((sample) => sample.label === 'pitch').length;
console.log(
  `trained on ${samples.length} messages (${pitches} pitch, ${samples.length - pitches} genuine) from ${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log(
  `wrote ${out}: ${(source.length / 1024).toFixed(0)} KB, ${(gzipSync(source).length / 1024).toFixed(0)} KB gzipped`,
);
