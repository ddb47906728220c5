// `npm run analyze -- [FILE|-] [--json] [--kind KIND] [--lang en|nl]`: analyse one message.
// `npm run analyze -- --jsonl FILE`: one JSON object a line in, one verdict line out.
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analyzer/index';
import { contextOf, parseJsonl, toMessageKind } from '../src/analyzer/cli/jsonl';
import { formatVerdict } from '../src/analyzer/cli/report';

const USAGE = `usage: npm run analyze -- [FILE|-] [--json] [--kind note|first-message|follow-up|reply|own-draft] [--lang en|nl]
       npm run analyze -- --jsonl FILE`;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

function read(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    console.error(
      `analyze: cannot read ${path === '-' ? 'standard input' : path}: ${(error as Error).message}`,
    );
    process.exit(2);
  }
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}

const jsonlPath = option('--jsonl');
if (jsonlPath !== undefined) {
  const { messages, errors } = parseJsonl(read(jsonlPath));
  for (const error of errors) console.error(`${jsonlPath}:${error.line}: ${error.message}`);
  for (const message of messages) {
    // The line's own kind and earlier messages, or those its thread gives (thread, step, from).
    const verdict = analyze(message.text, contextOf(message));
    console.log(
      JSON.stringify({
        id: message.id,
        score: verdict.score,
        verdict: verdict.verdict,
        lang: verdict.lang,
        rulesScore: verdict.signals.rulesScore,
        ...(verdict.signals.wording === undefined
          ? {}
          : { wording: Number(verdict.signals.wording.toFixed(4)) }),
        findings: verdict.findings.map(({ rule, start, end, weight }) => ({ rule, start, end, weight })),
      }),
    );
  }
  process.exit(errors.length > 0 && messages.length === 0 ? 2 : errors.length > 0 ? 1 : 0);
}

const valued = new Set(['--kind', '--lang']);
const positional = args.filter((arg, index) => !arg.startsWith('--') && !valued.has(args[index - 1] ?? ''));
const source = positional[0] ?? '-';
if (source === '-' && process.stdin.isTTY) {
  console.error(`analyze: give a file, or pipe a message in.\n${USAGE}`);
  process.exit(2);
}
const text = read(source);
if (text.trim().length === 0) {
  console.error(`analyze: ${source === '-' ? 'standard input' : source} is empty: nothing to analyse.`);
  process.exit(2);
}
const kind = toMessageKind(option('--kind')?.replace('note', 'connection-note'));
const verdict = analyze(text, kind ? { kind } : {});
if (args.includes('--json')) console.log(JSON.stringify(verdict, null, 2));
else console.log(formatVerdict(text, verdict, option('--lang') === 'nl' ? 'nl' : 'en'));
