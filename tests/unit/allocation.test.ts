// The plan's sliders can never break the budget, and the quick splits always add up exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evenSplit, remaining, sameShares, setPillar, totalOf } from '../../src/sim/budget';
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
});
