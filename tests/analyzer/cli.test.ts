import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonl } from '../../src/analyzer/cli/jsonl';
import { massCheck } from '../../src/analyzer/cli/masscheck';

const ROOT = resolve(import.meta.dirname, '../..');
const tsx = (script: string, args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });

describe('npm run analyze', () => {
  it('prints a readable report from standard input', () => {
    const result = tsx(
      'analyze.ts',
      ['-'],
      'Thanks for connecting! Do you have 15 minutes for a quick call?',
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('verdict: PITCH');
    expect(result.stdout).toContain('ASK_QUICK_CALL');
    expect(result.stdout).toContain('why:');
  });

  it('prints the verdict as JSON with --json', () => {
    const result = tsx('analyze.ts', ['-', '--json'], 'Hoi, zullen we vrijblijvend kennismaken?');
    const verdict = JSON.parse(result.stdout);
    expect(verdict.lang).toBe('nl');
    expect(verdict.findings.some((f: { rule: string }) => f.rule === 'ASK_KENNISMAKEN')).toBe(true);
  });

  it('says clearly when the input is empty', () => {
    const result = tsx('analyze.ts', ['-'], '   ');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('empty');
  });

  it('analyses every valid JSONL line and names each bad line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'selge-cli-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', text: 'Quick call this week?', kind: 'first message' }),
        '{not json',
        JSON.stringify({ id: 'b' }),
        JSON.stringify({ id: 'c', text: 'Thanks, see you Friday!' }),
      ].join('\n'),
    );
    const result = tsx('analyze.ts', ['--jsonl', file]);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', 'c']);
    expect(lines[0]).toMatchObject({ id: 'a', verdict: expect.any(String), lang: 'en' });
    expect(lines[0].findings[0]).toEqual({
      rule: expect.any(String),
      start: expect.any(Number),
      end: expect.any(Number),
      weight: expect.any(Number),
    });
    expect(result.stderr).toContain(':2: invalid JSON');
    expect(result.stderr).toContain(':3: missing "text"');
    expect(result.status).toBe(1);
  });
});

describe('the mass-check', () => {
  it('reports precision, recall and the false-pitch rate per language, and per-rule hits', () => {
    const { messages } = parseJsonl(
      [
        { id: '1', text: 'We help SaaS companies book demos. Quick call?', label: 'pitch', lang: 'en' },
        { id: '2', text: 'Loved your talk. How did you get started?', label: 'genuine', lang: 'en' },
        {
          id: '3',
          text: 'Zullen we vrijblijvend kennismaken? Ik help bedrijven met leads.',
          label: 'pitch',
          lang: 'nl',
        },
        { id: '4', text: 'Dank je, tot vrijdag!', label: 'genuine', lang: 'nl' },
      ]
        .map((row) => JSON.stringify(row))
        .join('\n'),
    );
    const report = massCheck(messages);
    expect(report.overall).toMatchObject({
      pitch: 2,
      genuine: 2,
      precision: 1,
      recall: 1,
      f1: 1,
      falsePitchRate: 0,
    });
    expect(Object.keys(report.byLang)).toEqual(['en', 'nl']);
    expect(report.rules.find((rule) => rule.rule === 'ASK_QUICK_CALL')).toMatchObject({
      pitchHits: 1,
      genuineHits: 0,
    });
  });

  it('meets the targets on the project’s own labelled examples (F1 >= 0.92, false-pitch <= 3%)', () => {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/masscheck.ts'), '--json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(output);
    expect(report.overall.f1).toBeGreaterThanOrEqual(0.92);
    expect(report.overall.falsePitchRate).toBeLessThanOrEqual(0.03);
    for (const lang of ['en', 'nl']) expect(report.byLang[lang].f1).toBeGreaterThanOrEqual(0.9);
  });

  // The development corpus lives beside the repository (../shared); measure it when it is there.
  const DEV_CORPUS = resolve(ROOT, '../shared/corpus/dev.jsonl');
  it.skipIf(!existsSync(DEV_CORPUS))('meets the targets on the shared development corpus', () => {
    const report = massCheck(parseJsonl(readFileSync(DEV_CORPUS, 'utf8')).messages);
    expect(report.overall.f1).toBeGreaterThanOrEqual(0.92);
    expect(report.overall.falsePitchRate).toBeLessThanOrEqual(0.03);
  });
});
