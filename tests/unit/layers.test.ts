// The layer graph is enforced by a tool: ESLint rejects an import that points up or sideways, folder by folder, and the source tree has no import cycle.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restricted(code: string, filePath: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

/** For each folder: an import it must not make, and one it may. */
const CASES: readonly [folder: string, forbidden: string, allowed: string][] = [
  ['sim', '../content', './types'],
  ['sim', '../services/seed', './types'],
  ['content', '../services/seed', '../sim'],
  ['content', '../app/store', '../sim'],
  ['services', '../app/store', '../content'],
  ['services', '../ui/dom', '../sim'],
  ['services', '../scenes/game', '../sim'],
  ['app', '../ui/dom', '../services/seed'],
  ['app', '../scenes/game', '../content'],
  ['app', '../runtime', '../sim'],
  ['ui', '../scenes/game', '../app/store'],
  ['ui', '../main', '../services/seed'],
  ['scenes', '../ui/dom', '../app/stage'],
  ['scenes', '../runtime', '../sim'],
];

describe('layer lint', () => {
  it.each(CASES)('src/%s may not import %s but may import %s', async (folder, bad, good) => {
    const file = `src/${folder}/layer-probe.ts`;
    expect(await restricted(`import { x } from '${bad}';\nexport const y = x;`, file)).toBe(true);
    expect(await restricted(`import { x } from '${good}';\nexport const y = x;`, file)).toBe(false);
  });

  it('keeps engine and storage packages out of the rules and the app layer', async () => {
    const code = "import Phaser from 'phaser';\nexport const p = Phaser;";
    for (const folder of ['sim', 'content', 'app', 'ui'])
      expect(await restricted(code, `src/${folder}/layer-probe.ts`)).toBe(true);
    expect(await restricted(code, 'src/scenes/layer-probe.ts')).toBe(false);
  });
});

const SRC = resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import of a file (static, type-only, dynamic and `typeof import()`), resolved to a file. */
function importsOf(file: string, files: ReadonlySet<string>): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\(\s*)'(\.{1,2}\/[^']+)'/g)].flatMap((m) =>
    m[1] ? [m[1]] : [],
  );
  return specs.flatMap((spec) => {
    const base = resolve(dirname(file), spec);
    const found = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => files.has(p));
    return found ? [found] : [];
  });
}

function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('import graph of src/', () => {
  const files = sourceFiles(SRC);
  const set = new Set(files);
  const fileGraph = new Map(files.map((f) => [f, importsOf(f, set)]));
  const folderOf = (f: string) => (relative(SRC, f).split('/')[0] ?? '').replace(/\.ts$/, '');

  it('has no cycle between files', () => {
    const cycle = findCycle(fileGraph);
    expect(cycle ? cycle.map((f) => relative(SRC, f)) : null).toBeNull();
  });

  it('has no cycle between folders (main and runtime are the roots)', () => {
    const folders = new Map<string, Set<string>>();
    for (const [file, imports] of fileGraph) {
      const from = folderOf(file);
      const edges = folders.get(from) ?? new Set<string>();
      for (const target of imports) if (folderOf(target) !== from) edges.add(folderOf(target));
      folders.set(from, edges);
    }
    const graph = new Map([...folders].map(([k, v]) => [k, [...v]]));
    expect(findCycle(graph)).toBeNull();
    for (const root of ['main', 'runtime'])
      for (const [folder, edges] of graph)
        if (!['main', 'runtime'].includes(folder)) expect(edges).not.toContain(root);
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'a']);
  });
});
