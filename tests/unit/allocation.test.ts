// The plan's sliders can never break the budget, and the quick splits always add up exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evenSplit,
  movePillar,
  remaining,
  sameShares,
  setPillar,
  splitBudget,
  totalOf,
} from '../../src/sim/budget';
import { PILLARS } from '../../src/sim';

const budget = fc.integer({ min: 1, max: 400 }).map((tenths) => tenths / 10);
const pillar = fc.constantFrom(...PILLARS);

describe('allocation', () => {
  it('never lets the total exceed the budget, whatever the slider moves', () => {
    fc.assert(
      fc.property(
        budget,
        fc.array(fc.tuple(pillar, fc.double({ min: -5, max: 80, noNaN: true }))),
        (b, moves) => {
          let a = evenSplit(0);
          for (const [p, value] of moves) {
            a = setPillar(a, p, value, b);
            expect(totalOf(a)).toBeLessThanOrEqual(b + 1e-9);
            expect(a[p]).toBeGreaterThanOrEqual(0);
            expect(Math.round(a[p] * 10)).toBeCloseTo(a[p] * 10, 9);
          }
        },
      ),
    );
  });

  it('clamps a request to what is left', () => {
    const a = setPillar({ chips: 3, incubators: 2, talent: 0, openSource: 0 }, 'talent', 9, 8);
    expect(a.talent).toBe(3);
    expect(remaining(a, 8)).toBe(0);
  });

  it('splits evenly and by last year shares to the exact tenth', () => {
    fc.assert(
      fc.property(
        budget,
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 4, maxLength: 4 }),
        (b, parts) => {
          expect(remaining(evenSplit(b), b)).toBe(0);
          const previous = {
            chips: (parts[0] ?? 0) / 10,
            incubators: (parts[1] ?? 0) / 10,
            talent: (parts[2] ?? 0) / 10,
            openSource: (parts[3] ?? 0) / 10,
          };
          const same = sameShares(previous, b);
          expect(remaining(same, b)).toBe(0);
          for (const p of PILLARS) expect(same[p]).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  describe('moving a slider (movePillar)', () => {
    const tenthsOf = (x: number) => Math.round(x * 10);
    const weights = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 4, maxLength: 4 });
    // A starting plan within the budget: a split of all or part of it.
    const start = fc
      .tuple(budget, weights, fc.integer({ min: 0, max: 100 }))
      .map(([b, w, spent]) => ({
        b,
        a: splitBudget(Math.floor(b * spent) / 100, w),
      }));

    it('gives the pillar what was asked, takes only what the free money lacks, and never breaks the budget', () => {
      fc.assert(
        fc.property(
          start,
          pillar,
          fc.double({ min: -5, max: 80, noNaN: true }),
          ({ b, a }, p, want) => {
            const next = movePillar(a, p, want, b);
            const asked = Math.min(Math.max(0, tenthsOf(want)), tenthsOf(b));
            expect(tenthsOf(next[p])).toBe(asked);
            for (const q of PILLARS) {
              expect(next[q]).toBeGreaterThanOrEqual(0);
              expect(next[q] * 10).toBeCloseTo(tenthsOf(next[q]), 9);
              if (q !== p) expect(next[q]).toBeLessThanOrEqual(a[q]);
            }
            const before = tenthsOf(totalOf(a));
            const after = tenthsOf(totalOf(next));
            expect(after).toBeLessThanOrEqual(tenthsOf(b));
            // A raise keeps what was spent (a full plan stays exactly full); a lowering frees money.
            if (asked >= tenthsOf(a[p]))
              expect(after).toBe(
                Math.max(before, Math.min(tenthsOf(b), before - tenthsOf(a[p]) + asked)),
              );
            else {
              expect(after).toBe(before - (tenthsOf(a[p]) - asked));
              for (const q of PILLARS) if (q !== p) expect(next[q]).toBe(a[q]);
            }
          },
        ),
      );
    });

    it('takes a raise on a full plan evenly from the other pillars', () => {
      fc.assert(
        fc.property(budget, pillar, fc.integer({ min: 1, max: 400 }), (b, p, step) => {
          const a = evenSplit(b);
          const next = movePillar(a, p, a[p] + step / 10, b);
          expect(remaining(next, b)).toBe(0);
          const cuts = PILLARS.filter((q) => q !== p).map(
            (q) => tenthsOf(a[q]) - tenthsOf(next[q]),
          );
          // Evenly: no two cuts differ by more than a tenth unless a pillar ran out at 0.
          const drained = PILLARS.filter((q) => q !== p && next[q] === 0).length;
          if (drained === 0) expect(Math.max(...cuts) - Math.min(...cuts)).toBeLessThanOrEqual(1);
        }),
      );
    });

    it('lowers the others in turn, one tenth a key press, with exact numbers', () => {
      let a = { chips: 2, incubators: 2, talent: 2, openSource: 2 };
      a = movePillar(a, 'chips', 2.1, 8);
      expect(a).toEqual({ chips: 2.1, incubators: 1.9, talent: 2, openSource: 2 });
      a = movePillar(a, 'chips', 2.2, 8);
      expect(a).toEqual({ chips: 2.2, incubators: 1.9, talent: 1.9, openSource: 2 });
      a = movePillar(a, 'chips', 2.5, 8);
      expect(a).toEqual({ chips: 2.5, incubators: 1.8, talent: 1.8, openSource: 1.9 });
      expect(movePillar(a, 'talent', 8, 8)).toEqual({
        chips: 0,
        incubators: 0,
        talent: 8,
        openSource: 0,
      });
      // Free money is used first: nothing is taken while some is left.
      expect(
        movePillar({ chips: 1, incubators: 1, talent: 1, openSource: 1 }, 'talent', 3, 8),
      ).toEqual({
        chips: 1,
        incubators: 1,
        talent: 3,
        openSource: 1,
      });
      // A drained pillar gives nothing more; the rest comes from the others.
      expect(
        movePillar({ chips: 0, incubators: 4, talent: 3.9, openSource: 0.1 }, 'chips', 3, 8),
      ).toEqual({
        chips: 3,
        incubators: 2.5,
        talent: 2.5,
        openSource: 0,
      });
    });
  });
});
