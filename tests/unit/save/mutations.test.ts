// Property: any one edit of a valid exported profile is either refused with a reason, or imported as a game that replays to a legal state: never a throw, a NaN or a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeDocument } from '../../../src/services/save/document';
import { PROFILE_FORMAT } from '../../../src/services/save/profile-doc';
import { restoreGame } from '../../../src/services/save/replay';
import { parseImport } from '../../../src/services/save/transfer';
import { playUntil, rules } from '../../support/headless';
import { profileJson } from './support';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Profiles at three points of a game: planning, mid-checkpoint, and the last year. */
type Stop = NonNullable<Parameters<typeof playUntil>[1]>;
const STOPS: Stop[] = [
  (s) => s.session.game.phase === 'plan' && s.session.game.history.length === 2,
  (s) => s.session.game.phase === 'checkpoint' && (s.session.checkpoint?.current ?? 0) === 1,
  (s) => s.session.game.year === s.session.game.lastYear && s.session.game.phase === 'event',
];
const BASES: Json[] = STOPS.map((stop) => {
  const { session } = playUntil({ seed: 11, difficulty: 'hard', length: 'short' }, stop);
  return profileJson(session, 480) as Json;
});

/** Every path to a value in the document (objects and arrays included), as key lists. */
function paths(node: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(node)) node.forEach((item, i) => paths(item, [...prefix, i], out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) paths(v, [...prefix, k], out);
  return out;
}

const PATHS = BASES.map((base) => paths(base).filter((p) => p.length > 0));

/** Values an editor of a file might put anywhere: extremes, wrong types, structures. */
const hostileValue: fc.Arbitrary<Json | 'DELETE' | 'INFINITY'> = fc.oneof(
  fc.constantFrom<Json | 'DELETE' | 'INFINITY'>(
    'DELETE',
    'INFINITY',
    null,
    true,
    0,
    -1,
    -5,
    1e9,
    1e308,
    -1e308,
    2 ** 53,
    0.1,
    '',
    'NaN',
    '__proto__',
    [],
    {},
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.string({ maxLength: 30 }),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

/** The file text with one edit; INFINITY writes the number 1e999, which JSON reads as Infinity. */
function edited(base: Json, path: (string | number)[], value: Json | 'DELETE' | 'INFINITY') {
  const doc = structuredClone(base);
  let node = doc as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (value === 'DELETE') {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else Reflect.deleteProperty(node, last);
  } else node[last] = value === 'INFINITY' ? 987654321.123 : value;
  const text = writeDocument(doc, PROFILE_FORMAT);
  return value === 'INFINITY' ? text.replace('987654321.123', '1e999') : text;
}

/** Any number in the tree that is not finite, as a path. */
function nonFinite(node: unknown, at = ''): string | null {
  if (typeof node === 'number') return Number.isFinite(node) ? null : at;
  if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      const found = nonFinite(v, `${at}.${k}`);
      if (found) return found;
    }
  return null;
}

describe('any edit of a valid profile file', () => {
  it('is refused with a reason, or replays to a legal state (1,200 edits)', () => {
    const stats = { runs: 0, accepted: 0, recomputed: 0, refused: 0, slowestMs: 0 };
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: BASES.length - 1 })
          .chain((b) =>
            fc.tuple(
              fc.constant(b),
              fc.integer({ min: 0, max: (PATHS[b]?.length ?? 1) - 1 }),
              hostileValue,
            ),
          ),
        ([b, p, value]) => {
          const base = BASES[b] as Json;
          const path = PATHS[b]?.[p] ?? [];
          const text = edited(base, path, value);
          const started = performance.now();
          const parsed = parseImport(text, rules);
          const ms = performance.now() - started;
          stats.runs += 1;
          stats.slowestMs = Math.max(stats.slowestMs, ms);
          // Time-boxed: a case that takes this long is a hang in the making.
          expect(ms, `${path.join('.')} = ${JSON.stringify(value)}`).toBeLessThan(1000);
          if (!parsed.ok) {
            stats.refused += 1;
            expect(parsed.code).toMatch(/^import\//);
            if (parsed.code === 'import/invalid') expect(parsed.issues?.length).toBeGreaterThan(0);
            return;
          }
          stats.accepted += 1;
          if (parsed.recomputed) stats.recomputed += 1;
          const game = parsed.profile.game;
          expect(nonFinite(parsed.profile)).toBeNull();
          if (!game) return;
          const restored = restoreGame(game, rules.env);
          expect(restored.problem).toBeNull();
          const state = restored.session.game;
          expect(nonFinite(restored.session)).toBeNull();
          const calendar = rules.calendar[state.length];
          expect(state.year).toBeGreaterThanOrEqual(calendar.first);
          expect(state.year).toBeLessThanOrEqual(calendar.last);
          expect(state.budget).toBeGreaterThanOrEqual(0);
          expect(state.budget).toBeLessThanOrEqual(rules.budgetMax);
        },
      ),
      { numRuns: 1200, seed: 20261203 },
    );
    console.log(`save mutations: ${JSON.stringify(stats)}`);
    expect(stats.runs).toBe(1200);
    expect(stats.refused).toBeGreaterThan(0);
    expect(stats.accepted).toBeGreaterThan(0);
  }, 120_000);
});
