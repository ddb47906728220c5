import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossValidate } from '../../src/analyzer/cli/crossval';
import { fitWeights, rawPoints, type Sample } from '../../src/analyzer/learn/fit';
import { OWN_GROUP, sourceGroup } from '../../src/analyzer/learn/groups';
import type { LabelledSample } from '../../src/analyzer/learn/samples';
import { PRIOR_WEIGHTS } from '../../src/analyzer/weights';

const ROOT = resolve(import.meta.dirname, '../..');

describe('source groups', () => {
  it.each([
    ['github:acme/outreach/templates/a.md@0123abc (3) follow-up', 'github:acme'],
    ['acme/tools/b.md@0123abc', 'github:acme'],
    [
      'github-index-file-id:52723036452 (GitHub file found via find_string)',
      'github-index-file-id:52723036452',
    ],
    ['https://www.example.com/blog/2020/linkedin-tips (quoted)', 'example.com'],
    ['https://github.com/acme/roadmaps/issues/4', 'github:acme'],
    ['selge:fresh-3/vlaams-kmo', 'selge:fresh-3'],
    ['', OWN_GROUP],
    [undefined, OWN_GROUP],
  ])('%s is held out as %s', (source, group) => {
    expect(sourceGroup(source)).toBe(group);
  });
});

function sample(rules: string[], label: 'pitch' | 'genuine', group: string, id: string): LabelledSample {
  return { rules, label, group, message: { id, text: rules.join(' '), label } };
}

describe('grouped cross-validation', () => {
  // SYNERGY marks pitches in group A only; the other groups teach DEMO and THANKS. Unweighted priors: the fit
  // decides the sign.
  const prior = { SYNERGY: 0, DEMO: 0, THANKS: 0 };
  const samples: LabelledSample[] = [
    ...['a1', 'a2', 'a3', 'a4'].map((id) => sample(['SYNERGY'], 'pitch', 'A', id)),
    ...['b1', 'b2', 'b3'].map((id) => sample(['DEMO'], 'pitch', 'B', id)),
    ...['c1', 'c2', 'c3'].map((id) => sample(['DEMO'], 'pitch', 'C', id)),
    ...['d1', 'd2', 'd3'].map((id) => sample(['THANKS'], 'genuine', 'D', id)),
    ...['e1', 'e2', 'e3'].map((id) => sample(['THANKS', 'DEMO'], 'genuine', 'E', id)),
  ];

  it('fits every fold without the group it scores', () => {
    const seen: string[] = [];
    const report = crossValidate(samples, { prior }, (group, weights) => {
      seen.push(group);
      // Without group A nothing says SYNERGY is a pitch: it keeps its prior.
      if (group === 'A') expect(weights.SYNERGY).toBe(0);
    });
    expect(seen).toEqual(['A', 'B', 'C', 'D', 'E']);
    // Fitted on everything, the same rule is learned: the fold really left it out.
    expect(fitWeights(samples, { prior }).SYNERGY).toBeGreaterThan(0);
    // So group A's pitches are missed when A is held out, and found when it is not.
    expect(report.groups.find((group) => group.group === 'A')?.missedPitches).toBe(4);
  });

  it('scores only the chosen messages, each with its group held out, while every group still trains', () => {
    const folds: string[] = [];
    const report = crossValidate(
      samples,
      { prior },
      (group, weights) => {
        folds.push(group);
        // Group B is not scored, yet it teaches DEMO in the folds that are.
        if (group === 'C') expect(weights.DEMO).toBeGreaterThan(0);
      },
      (s) => s.group === 'A' || s.group === 'C',
    );
    expect(folds).toEqual(['A', 'C']);
    expect(report.scores.map((score) => score.id).sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'c1', 'c2', 'c3']);
    expect(report.groups.find((group) => group.group === 'C')?.missedPitches).toBe(0);
  });

  it('reports per language, per kind and the worst groups', () => {
    const report = crossValidate(samples, { prior });
    expect(report.folds).toBe(5);
    expect(report.overall.total).toBe(samples.length);
    expect(report.scores.map((score) => score.id).sort()).toEqual(samples.map((s) => s.message.id).sort());
    expect(report.groups[0]?.group).toBe('A');
  });

  it('scores a sample with the same sum the engine adds up', () => {
    const s: Sample = {
      rules: ['OFFER_WE_HELP', 'OFFER_WE_HELP', 'ASK_MINUTES'],
      label: 'pitch',
      group: 'x',
    };
    expect(rawPoints(s, { OFFER_WE_HELP: 33, ASK_MINUTES: 4 })).toBe(37);
  });

  it('keeps the direction the author gave each rule', () => {
    const contrary: Sample[] = Array.from({ length: 6 }, (_, k) => ({
      rules: ['QUESTION_ABOUT_THEM'],
      label: 'pitch' as const,
      group: `g${k}`,
    }));
    expect(fitWeights(contrary, { prior: PRIOR_WEIGHTS }).QUESTION_ABOUT_THEM).toBeLessThanOrEqual(0);
  });
});

// The shared corpora live beside the repository (../shared); measure them when they are there.
const SHARED = resolve(ROOT, '../shared/corpus/dev.jsonl');
describe.skipIf(!existsSync(SHARED))(
  'npm run masscheck -- --by-source on the files the rules were written from (dev, train-2, the own set)',
  () => {
    it(
      'keeps the rules alone at F1 >= 0.85, false-pitch <= 3%, and the combined verdict at F1 >= 0.85, false-pitch <= 5% in each language',
      { timeout: 900_000 },
      () => {
        const files = ['dev.jsonl', 'train-2.jsonl'].map((name) => resolve(ROOT, '../shared/corpus', name));
        const result = spawnSync(
          process.execPath,
          [
            '--import',
            'tsx',
            join(ROOT, 'scripts/masscheck.ts'),
            '--by-source',
            '--json',
            ...files,
            join(ROOT, 'tests/fixtures/analyzer/labelled.jsonl'),
          ],
          { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
        );
        expect(result.status, result.stderr).toBe(0);
        const { crossValidated } = JSON.parse(result.stdout);
        for (const lang of ['en', 'nl']) {
          expect(crossValidated.byLang[lang].f1, lang).toBeGreaterThanOrEqual(0.85);
          expect(crossValidated.byLang[lang].falsePitchRate, lang).toBeLessThanOrEqual(0.03);
          // The wording model is trained without the held-out group in every fold.
          const combined = crossValidated.systems.combined.byLang[lang];
          expect(combined.f1, lang).toBeGreaterThanOrEqual(0.85);
          expect(combined.falsePitchRate, lang).toBeLessThanOrEqual(0.05);
        }
      },
    );
  },
);
