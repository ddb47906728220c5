// The project's own messages, for the tools and tests that need real-looking text without ../shared.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseJsonl, type LabelledMessage } from '../src/analyzer/cli/jsonl';
import { BUILTIN_TEMPLATES } from '../src/replies/templates';
import { PAIRS } from '../src/ui/trainer/pairs';

/** The labelled examples (NL and EN, pitch and genuine): masscheck's default corpus. */
export const LABELLED_FILE = resolve(import.meta.dirname, '../tests/fixtures/analyzer/labelled.jsonl');

/** The shared labelled corpora beside the repository (absent on a machine without ../shared). */
export const SHARED_CORPORA = ['dev.jsonl', 'train-2.jsonl', 'train-3.jsonl'].map((name) =>
  resolve(import.meta.dirname, '../../shared/corpus', name),
);

/** Pitch and genuine messages the project ships: labelled examples, the trainer's pairs, the reply templates. */
export function ownMessages(): string[] {
  return [
    ...parseJsonl(readFileSync(LABELLED_FILE, 'utf8')).messages.map((message) => message.text),
    ...PAIRS.flatMap((pair) => [pair.bad, pair.good]),
    ...BUILTIN_TEMPLATES.map((template) => template.text),
  ];
}

/**
 * fresh-6 and fresh-7 (160 and 200 messages written by people who never saw the project, each scored once before it
 * was read, at aebe498 and 0010e4e; docs/analyzer.md): training data since the next set became the first-seen one.
 */
export const FRESH_FILES = ['fresh-6', 'fresh-7', 'fresh-8', 'fresh-9'].map((name) =>
  resolve(import.meta.dirname, `../tests/fixtures/analyzer/${name}.jsonl`),
);

/** The labelled files the fitting tools read by default: the shared corpora that are present, and the own sets. */
export function defaultCorpora(): string[] {
  return [...SHARED_CORPORA.filter((file) => existsSync(file)), LABELLED_FILE, ...FRESH_FILES];
}

/** Every good line of labelled JSONL files; bad lines are reported, an unreadable file stops the tool. */
export function readLabelledFiles(files: readonly string[], tool: string): LabelledMessage[] {
  return files.flatMap((file) => {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (error) {
      console.error(`${tool}: cannot read ${file}: ${(error as Error).message}`);
      process.exit(2);
    }
    const { messages, errors } = parseJsonl(content);
    for (const error of errors) console.error(`${file}:${error.line}: ${error.message}`);
    return messages;
  });
}
