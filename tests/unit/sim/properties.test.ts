// Property-based checks over random action sequences: invariants hold and invalid moves change nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply, INDICATORS, PILLARS, type Action, type GameState } from '../../../src/sim';
import { content, fresh } from './helpers';

const pillar = fc.constantFrom(...PILLARS);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.tuple(fc.nat(200), fc.nat(200), fc.nat(200), fc.nat(200)).map(([a, b, c, d]) => ({
    type: 'plan/commit' as const,
    allocation: { chips: a / 10, incubators: b / 10, talent: c / 10, openSource: d / 10 },
  })),
  fc.record({
    type: fc.constant('plan/commit' as const),
    allocation: fc.record({
      chips: fc.double(),
      incubators: fc.double(),
      talent: fc.double(),
      openSource: fc.double(),
    }),
  }),
  fc.constant({ type: 'resolve/continue' as const }),
  fc.record({ type: fc.constant('event/choose' as const), optionId: fc.string() }),
  fc.record({
    type: fc.constant('checkpoint/answer' as const),
    results: fc.array(
      fc.record({ questionId: fc.string(), pillar, credit: fc.double({ min: -1, max: 2 }) }),
      { maxLength: 5 },
    ),
  }),
);

/** Turns an arbitrary action into a valid one where possible, so games actually progress. */
function steer(s: GameState, a: Action, pick: number): Action {
  if (s.phase === 'plan' && a.type === 'plan/commit' && pick % 2 === 0) {
    const q = Math.round(s.budget * 10);
    return {
      type: 'plan/commit',
      allocation: { chips: q / 10, incubators: 0, talent: 0, openSource: 0 },
    };
  }
  if (s.phase === 'event' && a.type === 'event/choose' && pick % 2 === 0) {
    return { type: 'event/choose', optionId: s.event?.options[pick % 4 === 0 ? 0 : 1] ?? '' };
  }
  return a;
}

describe('random action sequences', () => {
  it('keep indicators in bounds, numbers finite, budget spent exactly, and reject without change', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.tuple(action, fc.nat()), { maxLength: 80 }),
        (seed, moves) => {
          let s = fresh(seed);
          for (const [raw, pick] of moves) {
            const a = steer(s, raw, pick);
            const before = JSON.stringify(s);
            const r = apply(s, a, content);
            if (!r.ok) {
              expect(typeof r.error.code).toBe('string');
              expect(JSON.stringify(s)).toBe(before);
              continue;
            }
            const next = r.state;
            if (a.type === 'plan/commit') {
              const spent = PILLARS.reduce((t, p) => t + Math.round(a.allocation[p] * 10), 0);
              expect(spent).toBe(Math.round(s.budget * 10));
            }
            for (const id of INDICATORS) {
              const v = next.indicators[id];
              expect(Number.isFinite(v)).toBe(true);
              expect(v).toBeGreaterThanOrEqual(0);
              expect(v).toBeLessThanOrEqual(100);
            }
            expect(next.budget).toBeGreaterThan(0);
            s = next;
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
