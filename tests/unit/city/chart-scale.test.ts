// The capability chart spans the whole game on x, 0–100 on y, and grows its newest segment smoothly.
import { describe, expect, it } from 'vitest';
import { chartScale, growingEnd } from '../../../src/scenes/chart-scale';

const RECT = { x: 0, y: 0, width: 500, height: 300 };
const HISTORY = [
  { year: 2018, capability: 30, frontier: 55 },
  { year: 2019, capability: 34, frontier: 58.4 },
];

describe('chartScale', () => {
  it('maps the first and last year to the plot edges and 0–100 to bottom–top', () => {
    const s = chartScale(RECT, HISTORY, 2018, 2029);
    expect(s.x(2018)).toBe(s.plot.x);
    expect(s.x(2029)).toBeCloseTo(s.plot.x + s.plot.width);
    expect(s.y(0)).toBe(s.plot.y + s.plot.height);
    expect(s.y(100)).toBe(s.plot.y);
    expect(s.y(140)).toBe(s.plot.y);
    expect(s.plot.x).toBeGreaterThan(RECT.x);
  });

  it('widens the axis for a starting point before the first year, and survives an empty history', () => {
    expect(
      chartScale(RECT, [{ year: 2017, capability: 1, frontier: 2 }], 2018, 2029).firstYear,
    ).toBe(2017);
    const empty = chartScale(RECT, [], 2018, 2018);
    expect(empty.lastYear).toBe(2019);
    expect(Number.isFinite(empty.x(2018))).toBe(true);
  });

  it('moves the growing end from the last point to the new one', () => {
    const out = { x: 0, y: 0 };
    expect(growingEnd({ x: 0, y: 10 }, { x: 10, y: 30 }, 0.5, out)).toEqual({ x: 5, y: 20 });
  });
});
