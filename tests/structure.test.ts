import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house order (STYLE.md, "Data flows one way"): which folder of src/ may import which, and no import
 * cycle anywhere. A type that two folders need lives in the lower one, so the arrows never turn back.
 */
const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

/** Each folder of src/ with the folders it may import from (itself always). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  analyzer: [],
  shared: ['analyzer'],
  replies: ['analyzer', 'shared'],
  linkedin: ['shared'],
  content: ['analyzer', 'shared', 'linkedin', 'replies'],
  background: ['analyzer', 'shared', 'replies'],
  ui: ['analyzer', 'shared', 'replies'],
};
/** Packages a pure folder may not use: the analyzer and the replies run anywhere, the CLI included. */
const NO_BROWSER_OR_VIEW = ['analyzer', 'replies'];
const BROWSER_OR_VIEW = /^(?:webextension-polyfill|preact)(?:\/|$)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The module specifiers of a file's imports and re-exports (`from '…'`), side-effect and dynamic imports. */
function specifiers(text: string): string[] {
  return [...text.matchAll(/\b(?:from|import\(?) ?'([^'\n]+)'/g)].map((match) => match[1]!);
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (path) => existsSync(path) && statSync(path).isFile(),
  );
}

const folderOf = (path: string): string => relative(SRC, path).split('/')[0]!;
const name = (path: string): string => relative(ROOT, path);

interface Graph {
  edges: Map<string, string[]>;
  packages: Map<string, string[]>;
}

export function importGraph(files: readonly string[]): Graph {
  const edges = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  for (const file of files) {
    const local: string[] = [];
    const external: string[] = [];
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = resolveLocal(file, specifier);
        if (target?.startsWith(SRC)) local.push(target);
      } else external.push(specifier);
    }
    edges.set(file, local);
    packages.set(file, external);
  }
  return { edges, packages };
}

/** Every import cycle, each as the chain of files that closes it (Tarjan's strongly connected components). */
export function importCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (edges.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

describe('house order', () => {
  const files = sourceFiles(SRC);
  const { edges, packages } = importGraph(files);

  it('reads the imports it checks', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(edges.get(join(SRC, 'replies/render.ts'))).toContain(join(SRC, 'replies/offers.ts'));
  });

  it('has no import cycle', () => {
    const cycles = importCycles(edges).map((cycle) => cycle.map(name).join(' <-> '));
    expect(cycles).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const a = join(SRC, 'a.ts');
    const b = join(SRC, 'b.ts');
    expect(
      importCycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toHaveLength(1);
    expect(
      importCycles(
        new Map([
          [a, [b]],
          [b, []],
        ]),
      ),
    ).toEqual([]);
  });

  it('lets data flow one way: each folder imports only from the folders below it', () => {
    const wrong: string[] = [];
    for (const [file, targets] of edges) {
      const from = folderOf(file);
      const allowed = MAY_IMPORT[from];
      if (!allowed) continue; // a file directly in src/ (env.d.ts)
      for (const target of targets) {
        const to = folderOf(target);
        if (to !== from && !allowed.includes(to)) wrong.push(`${name(file)} imports ${name(target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('knows every folder of src/', () => {
    const folders = readdirSync(SRC).filter((entry) => statSync(join(SRC, entry)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(MAY_IMPORT).sort());
  });

  it('keeps the analyzer and the replies free of browser and view code', () => {
    const wrong: string[] = [];
    for (const [file, used] of packages) {
      if (!NO_BROWSER_OR_VIEW.includes(folderOf(file))) continue;
      for (const specifier of used)
        if (BROWSER_OR_VIEW.test(specifier)) wrong.push(`${name(file)} uses ${specifier}`);
    }
    expect(wrong).toEqual([]);
  });
});
