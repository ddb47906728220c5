// `npm run bench`: speed and size figures, printed, never asserted (CI prints them; it does not fail on them).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/analyzer/index';
import { parseJsonl } from '../src/analyzer/cli/jsonl';
import { foldText } from '../src/analyzer/normalize';
import { readWording, shippedWording } from '../src/analyzer/wording/model';
import { benchBrowser } from './bench-browser';
import { benchContentScript } from './bench-content';
import { benchLearning } from './bench-learning';
import { LABELLED_FILE } from './own-messages';

const ROOT = resolve(import.meta.dirname, '..');

/** The corpora to time: the project's own labelled examples, and the shared development corpus when present. */
function corpora(): { name: string; texts: string[] }[] {
  const files = [
    { name: 'own labelled examples', file: LABELLED_FILE },
    { name: 'shared dev corpus', file: resolve(ROOT, '../shared/corpus/dev.jsonl') },
  ];
  return files
    .filter(({ file }) => existsSync(file))
    .map(({ name, file }) => ({
      name,
      texts: parseJsonl(readFileSync(file, 'utf8')).messages.map((m) => m.text),
    }));
}

/**
 * Messages a second over several short trials: the fastest says what the code costs (a shared machine only ever
 * adds time: the same code ranges over ±30% from run to run here), the median how it ran this time.
 */
function throughput(texts: string[]): { fastest: number; median: number } {
  const rounds = Math.max(1, Math.ceil(10_000 / texts.length));
  const rates: number[] = [];
  for (let trial = 0; trial < 9; trial++) {
    const start = performance.now();
    for (let round = 0; round < rounds; round++)
      for (const text of texts) analyze(text, { kind: 'first-message' });
    rates.push((rounds * texts.length) / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  return { fastest: rates.at(-1) ?? 0, median: rates[Math.floor(rates.length / 2)] ?? 0 };
}

const rate = (perSecond: number) => Math.round(perSecond).toLocaleString('en');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function timeOnce(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function benchWordingModel(texts: readonly string[]): void {
  const file = readFileSync(resolve(ROOT, 'src/analyzer/wording/model.generated.ts'));
  const decodeMs = timeOnce(() => shippedWording());
  console.log(
    `wording model: decoded in ${decodeMs.toFixed(1)} ms on first use (target under 50 ms); ` +
      `file ${(file.length / 1024).toFixed(0)} KB, ${(gzipSync(file).length / 1024).toFixed(0)} KB gzipped (targets 1,500 KB and 500 KB)`,
  );
  const folded = texts.map((text) => foldText(text).folded);
  for (const text of folded) readWording(text);
  const rounds = Math.max(1, Math.ceil(40_000 / folded.length));
  const ms = timeOnce(() => {
    for (let round = 0; round < rounds; round++) for (const text of folded) readWording(text);
  });
  console.log(
    `wording model alone: ${Math.round((rounds * folded.length) / (ms / 1000)).toLocaleString('en')} messages/s (features, score and explanation)`,
  );
}

function benchAnalyzer(): void {
  const sets = corpora();
  const texts = sets.flatMap((set) => set.texts);
  benchWordingModel(texts);
  for (const text of texts) analyze(text); // warm up the JIT and the fold cache
  // Throughput: a plain loop, no timer per message (timers would cost more than a short message).
  for (const set of sets) {
    const meanLength = Math.round(set.texts.reduce((sum, text) => sum + text.length, 0) / set.texts.length);
    const rates = throughput(set.texts);
    console.log(
      `analyzer throughput: ${rate(rates.fastest)} messages/s on one core, fastest of 9 trials (median ${rate(rates.median)}; ` +
        `${set.name}: ${set.texts.length} messages, mean ${meanLength} chars; rules and wording model; target 15,000)`,
    );
  }
  const perMessage: number[] = [];
  for (const text of texts) {
    for (let repeat = 0; repeat < 20; repeat++) {
      const t0 = performance.now();
      analyze(text, { kind: 'first-message' });
      perMessage.push(performance.now() - t0);
    }
  }
  perMessage.sort((a, b) => a - b);
  console.log(
    `analyzer per message: p50 ${(percentile(perMessage, 50) * 1000).toFixed(1)} µs, p99 ${(percentile(perMessage, 99) * 1000).toFixed(1)} µs`,
  );

  // Linearity: adversarial input built from the rules' own trigger words, at 10 KB and 100 KB.
  const unit = 'quick call 15 minuten {{naam}} !!! I we our AMAZING are you currently is a b c something ';
  const make = (bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
  const small = make(10_000);
  const large = make(100_000);
  const best = (text: string) => Math.min(...Array.from({ length: 5 }, () => timeOnce(() => analyze(text))));
  const smallMs = best(small);
  const largeMs = best(large);
  console.log(
    `adversarial input: 10 KB ${smallMs.toFixed(2)} ms, 100 KB ${largeMs.toFixed(2)} ms (ratio ${(largeMs / smallMs).toFixed(1)}; linear is about 10 or less; up to 100 KB is read whole)`,
  );
  const huge = 'x'.repeat(1_000_000);
  console.log(`1 MB of one letter: ${best(huge).toFixed(2)} ms`);
  // Padding cannot hide a pitch: the readers keep 100 KB of a message, and the analyzer reads that much whole.
  const padding = 'The weather was mild and the trains ran on time. '.repeat(900);
  const padded = `${padding}We help SaaS companies book more demos. Do you have 15 minutes? ${padding}`;
  const paddedVerdict = analyze(padded, { kind: 'first-message' });
  console.log(
    `a pitch in the middle of ${Math.round(padded.length / 1000)} KB of padding: ${paddedVerdict.verdict} (score ${paddedVerdict.score}) in ${best(padded).toFixed(2)} ms`,
  );
}

console.log('== Selge benchmarks');
benchAnalyzer();
console.log('== Learning from the user (issue 23)');
benchLearning(ROOT);
await benchContentScript(ROOT);
await benchBrowser(ROOT);
