// One scenario per causal claim of docs/model.md added by issue 12: timing, intensity, limits, the frontier, last-year costs, capital, and adapting paying.
import { describe, expect, it } from 'vitest';
import { apply, forecast, scriptedFrontier, type GameState } from '../../../src/sim';
import { splitBudget } from '../../../src/sim/budget';
import { applyEffects, drawIntensity } from '../../../src/sim/events';
import { earnCapital } from '../../../src/sim/checkpoint';
import { efficiency } from '../../../src/sim/model';
import { PARAMS } from '../../../src/sim/params';
import { openRng, seedRng } from '../../../src/sim/rng';
import { optionValue } from '../../../src/sim/headless/adaptive';
import { adaptivePolicy, fixedPolicy } from '../../../src/sim/headless/policies';
import { play } from '../../../scripts/balance-search';
import { content, fresh, step } from './helpers';

/** A state in the middle of a standard game (a fixed split, first options), in its plan phase. */
function midGame(years: number, seed = 11, weights: readonly number[] = [1, 1, 1, 1]): GameState {
  let s = fresh(seed);
  const policy = fixedPolicy(weights);
  while (s.year < 2018 + years) {
    if (s.phase === 'plan') s = step(s, { type: 'plan/commit', allocation: policy.allocate(s) });
    else if (s.phase === 'resolve') s = step(s, { type: 'resolve/continue' });
    else if (s.phase === 'event') s = step(s, { type: 'event/choose', optionId: policy.choose(s) });
    else {
      const results = Array.from({ length: s.checkpoint?.questionCount ?? 0 }, (_, i) => ({
        questionId: `q${i}`,
        pillar: 'talent' as const,
        credit: 0,
      }));
      s = step(s, { type: 'checkpoint/answer', results });
    }
  }
  return s;
}

/** The same state with a card on the table at a given intensity. */
const withCard = (s: GameState, id: string, intensity: number): GameState => {
  const card = content.events.find((c) => c.id === id);
  return {
    ...s,
    phase: 'event',
    event: { id, options: card?.options.map((o) => o.id) ?? [], intensity },
  };
};

describe('the model behind the game (issue 12)', () => {
  it('a card’s intensity is drawn between 0.3 and 1.7, in tenths', () => {
    const g = openRng(seedRng(5));
    for (let i = 0; i < 500; i++) {
      const x = drawIntensity(g);
      expect(x).toBeGreaterThanOrEqual(0.3);
      expect(x).toBeLessThanOrEqual(1.7);
      expect(Math.round(x * 10)).toBeCloseTo(x * 10, 9);
    }
  });

  it('bold gains grow with the intensity, careful gains shrink, money costs stay', () => {
    const s = midGame(4);
    const card = content.events.find((c) => c.id === 'startup-wave');
    const [bold, careful] = [card?.options[0], card?.options[1]];
    const at = (i: number, effects: typeof bold) =>
      applyEffects(withCard(s, 'startup-wave', i), effects?.effects ?? []);
    expect(at(1.7, bold).shifts.ecosystem ?? 0).toBeGreaterThan(
      at(0.3, bold).shifts.ecosystem ?? 0,
    );
    expect(at(0.3, careful).shifts.ecosystem ?? 0).toBeGreaterThan(
      at(1.7, careful).shifts.ecosystem ?? 0,
    );
    expect(at(1.7, bold).patch.budgetAdjust).toBe(at(0.3, bold).patch.budgetAdjust);
  });

  it('every card has a state where each of its options is the better one', () => {
    // Early and late, after an even, a chip-heavy or a talent-heavy plan (kept afterwards).
    const states = [1, 8].flatMap((years) =>
      [
        [1, 1, 1, 1],
        [3, 1, 1, 1],
        [1, 1, 3, 1],
      ].map((w) => midGame(years, 11, w)),
    );
    for (const card of content.events) {
      const winners = new Set<string>();
      for (const base of states) {
        for (const intensity of [0.3, 1, 1.7]) {
          const s = withCard(base, card.id, intensity);
          const values = card.options.map((o) => optionValue(s, o.id, content));
          winners.add(card.options[values.indexOf(Math.max(...values))]?.id ?? '');
        }
      }
      expect([card.id, winners.size]).toEqual([card.id, card.options.length]);
    }
    // Hundreds of look-aheads: a generous limit for a busy shared machine, not a speed check.
  }, 120_000);

  it('an event shift slows near the ends of the scale and never reaches 0 or 100', () => {
    const s = { ...fresh(), indicators: { ...fresh().indicators, ecosystem: 95, influence: 3 } };
    const out = applyEffects(s, [
      { kind: 'shift', indicator: 'ecosystem', amount: 30, fixed: true },
      { kind: 'shift', indicator: 'influence', amount: -30, fixed: true },
    ]);
    expect(out.patch.indicators.ecosystem).toBeGreaterThan(95);
    expect(out.patch.indicators.ecosystem).toBeLessThan(100);
    expect(out.patch.indicators.influence).toBeGreaterThan(0);
    expect(out.patch.indicators.influence).toBeLessThan(3);
  });

  it('a card’s cost in the last year is paid as waste, since there is no next budget', () => {
    const s = { ...fresh(), year: 2030 };
    const out = applyEffects(s, [{ kind: 'budget', amount: -2 }]);
    expect(out.patch.budgetAdjust).toBe(0);
    expect(out.shifts.waste ?? 0).toBeGreaterThan(0);
    const before = applyEffects({ ...s, year: 2029 }, [{ kind: 'budget', amount: -2 }]);
    expect(before.patch.budgetAdjust).toBe(-2);
  });

  it('the US frontier rises fast, then slowly, and never reaches 100 however much rivals gain', () => {
    const gain = (y: number) => scriptedFrontier(y + 1, 'normal') - scriptedFrontier(y, 'normal');
    expect(gain(2018)).toBeGreaterThan(gain(2029));
    expect(scriptedFrontier(2030, 'hard', 40)).toBeLessThan(100);
    // Open code still helps rivals late in the game: a boost always widens the gap.
    expect(scriptedFrontier(2030, 'hard', 6)).toBeGreaterThan(scriptedFrontier(2030, 'hard', 5));
  });

  it('some waste always arises from spending, so waste does not fall to 0', () => {
    let s = { ...fresh(), indicators: { ...fresh().indicators, waste: 0 } };
    s = step(s, { type: 'plan/commit', allocation: splitBudget(s.budget, [1, 1, 1, 1]) });
    expect(s.indicators.waste).toBeGreaterThan(0);
  });

  it('talent and chip money pay off partly later, incubator money at once', () => {
    const s = midGame(3);
    const f = (w: number[]) => forecast(s, splitBudget(s.budget, w));
    const [allTalent, allChips, allIncubators] = [
      f([0, 0, 1, 0]),
      f([1, 0, 0, 0]),
      f([0, 1, 0, 0]),
    ];
    // This year's effect of putting the whole budget in one pillar rather than another.
    const talentNow = allTalent.talent.expected - allIncubators.talent.expected;
    const chipsNow = allChips.chipAutonomy.expected - allIncubators.chipAutonomy.expected;
    const incubatorsNow = allIncubators.ecosystem.expected - allTalent.ecosystem.expected;
    expect(talentNow).toBeLessThan(incubatorsNow);
    expect(chipsNow).toBeLessThan(incubatorsNow);
  });

  it('a right answer makes its pillar’s money go 260% further', () => {
    const capital = earnCapital({ chips: 0, incubators: 0, talent: 0, openSource: 0 }, [
      { questionId: 'q', pillar: 'talent', credit: 1 },
    ]);
    const s = { ...fresh(), capital };
    expect(PARAMS.capitalPerCredit).toBe(260);
    expect(efficiency(s, 'talent') / efficiency(s, 'chips')).toBeCloseTo(3.6, 6);
  });

  it('reading the situation pays: the adaptive player beats an even split on the same seeds', () => {
    const setting = { difficulty: 'normal', length: 'short' } as const;
    const seeds = [1, 2, 3, 4, 5, 6];
    const adaptive = adaptivePolicy(content);
    const wins = seeds.filter(
      (seed) =>
        (play(setting, seed, adaptive).score?.total ?? 0) >
        (play(setting, seed, fixedPolicy([1, 1, 1, 1])).score?.total ?? 0),
    );
    expect(wins.length).toBeGreaterThanOrEqual(5);
  }, 60_000);

  it('replaying a move from a JSON copy of a drawn card gives the same numbers', () => {
    let s = midGame(2);
    s = step(s, { type: 'plan/commit', allocation: splitBudget(s.budget, [1, 1, 1, 1]) });
    s = step(s, { type: 'resolve/continue' });
    if (s.phase !== 'event') return;
    const copy = JSON.parse(JSON.stringify(s)) as GameState;
    const option = s.event?.options[0] ?? '';
    const a = apply(s, { type: 'event/choose', optionId: option }, content);
    const b = apply(copy, { type: 'event/choose', optionId: option }, content);
    expect(a).toEqual(b);
    expect(s.event?.intensity).toBeGreaterThanOrEqual(0.3);
  });
});
