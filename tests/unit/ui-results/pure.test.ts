// The pure parts of the results screen: tier thresholds, chart scaling, the gap and mastery per section.
import { describe, expect, it } from 'vitest';
import { pathOf, pointsOf, scaleLinear, tickYears } from '../../../src/ui/results/chart-scale';
import { gapSide, gapSummary } from '../../../src/ui/results/gap';
import { masteryBySection, weakestSection } from '../../../src/ui/results/mastery-data';
import { tierBounds, tierOf } from '../../../src/ui/results/score-tier';
import type { YearRecord } from '../../../src/sim';

const standard = (difficulty: 'easy' | 'normal' | 'hard') =>
  ({ difficulty, firstYear: 2018, lastYear: 2030 }) as const;
const short = (difficulty: 'easy' | 'normal' | 'hard') =>
  ({ difficulty, firstYear: 2022, lastYear: 2026 }) as const;
/** A short game saved under rules 1: 2022–2028. */
const shortRules1 = (difficulty: 'easy' | 'normal' | 'hard') =>
  ({ difficulty, firstYear: 2022, lastYear: 2028 }) as const;

describe('score tiers', () => {
  it('uses the measured bounds for a standard game on normal', () => {
    expect(tierBounds(standard('normal'))).toEqual([710, 660, 590, 450]);
    expect(tierOf(720, standard('normal'))).toMatchObject({ id: 'frontier', rank: 1 });
    expect(tierOf(710, standard('normal')).id).toBe('frontier');
    expect(tierOf(709.9, standard('normal')).id).toBe('rival');
    expect(tierOf(600, standard('normal')).id).toBe('builder');
    expect(tierOf(500, standard('normal')).id).toBe('uneven');
    expect(tierOf(150, standard('normal'))).toMatchObject({
      id: 'stalled',
      rank: 5,
      shape: 'circle',
    });
  });
  it('asks more on easy and less on hard or short games', () => {
    expect(tierBounds(standard('easy'))[0]).toBe(737);
    expect(tierBounds(short('hard'))[0]).toBe(437);
    expect(tierOf(720, standard('easy')).id).toBe('rival');
    expect(tierOf(450, short('hard')).id).toBe('frontier');
  });
  it('keeps the bands a 7-turn short game of rules 1 was played for', () => {
    expect(tierBounds(shortRules1('hard'))[0]).toBe(517);
    expect(tierOf(450, shortRules1('hard')).id).toBe('builder');
  });
});

describe('chart scaling', () => {
  const frame = { width: 200, height: 120, left: 20, right: 10, top: 10, bottom: 10 };
  it('maps linearly and survives an empty domain', () => {
    expect(scaleLinear(0, 100, 0, 50)(40)).toBe(20);
    expect(scaleLinear(5, 5, 0, 50)(5)).toBe(25);
  });
  it('puts the first year on the left, the last on the right, 100 at the top, and clamps', () => {
    const points = pointsOf([2018, 2019, 2020], [0, 50, 140], frame, 100);
    expect(points).toEqual([
      { x: 20, y: 110 },
      { x: 105, y: 60 },
      { x: 190, y: 10 },
    ]);
    expect(pathOf(points)).toBe('M20 110 L105 60 L190 10');
  });
  it('keeps the first and last year among at most max ticks', () => {
    const years = Array.from({ length: 13 }, (_, i) => 2018 + i);
    expect(tickYears(years, 7)).toEqual([2018, 2020, 2022, 2024, 2026, 2028, 2030]);
    const ticks = tickYears(years.slice(0, 11), 4);
    expect(ticks[0]).toBe(2018);
    expect(ticks[ticks.length - 1]).toBe(2028);
    expect(ticks.length).toBeLessThanOrEqual(4);
    expect(tickYears([2024, 2025], 3)).toEqual([2024, 2025]);
  });
});

const record = (year: number, capability: number, frontier: number): YearRecord => ({
  year,
  budget: 5,
  allocation: [1, 1, 1, 2],
  indicators: [capability, 20, 20, 20, 20, 5],
  frontier,
  eventId: null,
  optionId: null,
});

describe('the gap to the US frontier', () => {
  it('finds the final gap and the closest year (earliest on ties)', () => {
    const summary = gapSummary([
      record(2018, 50, 60),
      record(2019, 55, 58),
      record(2020, 60, 63),
      record(2021, 50, 70),
    ]);
    expect(summary?.final).toEqual({ year: 2021, gap: 20 });
    expect(summary?.closest).toEqual({ year: 2019, gap: 3 });
    expect(gapSummary([])).toBeNull();
  });
  it('knows behind from ahead', () => {
    expect(gapSide(4)).toBe('behind');
    expect(gapSide(-2)).toBe('ahead');
    expect(gapSide(0.01)).toBe('level');
  });
});

describe('mastery by section', () => {
  const answers = [
    { questionId: 'a', section: 'dream-town', credit: 1 },
    { questionId: 'b', section: 'dream-town', credit: 0 },
    { questionId: 'c', section: 'dream-town', credit: 1 },
    { questionId: 'd', section: 'players', credit: 0.5 },
  ] as const;
  it('counts credit per section in reading order, null share when nothing was asked', () => {
    const rows = masteryBySection(answers);
    expect(rows.map((r) => r.section)).toEqual([
      'intro',
      'offensive',
      'dream-town',
      'open-source',
      'players',
      'challenges',
    ]);
    expect(rows[2]).toEqual({ section: 'dream-town', asked: 3, right: 2, share: 2 / 3 });
    expect(rows[0]?.share).toBeNull();
    expect(weakestSection(rows)?.section).toBe('players');
    expect(weakestSection(masteryBySection([]))).toBeNull();
  });
});
