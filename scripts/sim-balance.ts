// Balance measurements: plays many seeded games per strategy and checks the six balance criteria.
import { defaultContent } from '../src/content';
import { newGame } from '../src/sim/new-game';
import { apply } from '../src/sim/apply';
import type { GameState, Difficulty } from '../src/sim/types';
import { nextAction, quizPlayer, type Policy } from '../src/sim/headless/play';
import {
  fixedPolicy,
  makePolicy,
  rolloutValue,
  STRATEGIES,
  type StrategyId,
} from '../src/sim/headless/policies';
import { runGame } from '../src/sim/headless/run';

const content = defaultContent;

export interface Criterion {
  name: string;
  value: number;
  threshold: number | [number, number];
  pass: boolean;
  detail?: string;
}
export interface BalanceReport {
  seeds: number;
  means: Record<string, number>;
  criteria: Criterion[];
  /** Share of reached decision states where each event option is the better one. */
  options: Record<string, number>;
}

type Maker = (seed: number) => Policy;
const named =
  (id: StrategyId): Maker =>
  (seed) =>
    makePolicy(id, seed, content);
const fixed =
  (w: readonly number[]): Maker =>
  () =>
    fixedPolicy(w);

export function scores(
  make: Maker,
  seeds: number,
  accuracy = 0.7,
  difficulty: Difficulty = 'normal',
): number[] {
  const out: number[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const s = runGame(
      { seed, difficulty, length: 'standard', quizAccuracy: accuracy },
      make(seed),
      content,
    );
    out.push(s.score?.total ?? 0);
  }
  return out;
}
const mean = (xs: readonly number[]): number =>
  xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** Every split of the budget in tenths (286 of them), as weights. */
function grid(): number[][] {
  const out: number[][] = [];
  for (let a = 0; a <= 10; a++)
    for (let b = 0; a + b <= 10; b++)
      for (let c = 0; a + b + c <= 10; c++) out.push([a, b, c, 10 - a - b - c]);
  return out;
}

/** Searches fixed splits on a few seeds, then re-measures the best few on all seeds. */
function bestSplit(
  filter: (w: number[]) => boolean,
  searchSeeds: number,
  seeds: number,
): { w: number[]; mean: number } {
  const ranked = grid()
    .filter(filter)
    .map((w) => ({ w, mean: mean(scores(fixed(w), searchSeeds)) }))
    .sort((a, b) => b.mean - a.mean)
    .slice(0, 3)
    .map(({ w }) => ({ w, mean: mean(scores(fixed(w), seeds)) }))
    .sort((a, b) => b.mean - a.mean);
  return ranked[0] ?? { w: [1, 1, 1, 1], mean: 0 };
}

/** For each event option, the share of reached decision states where it beats the others. */
export function optionWins(seeds: number): Map<string, { wins: number; seen: number }> {
  const table = new Map<string, { wins: number; seen: number }>();
  for (const id of ['random', 'balanced', 'adaptive'] as const) {
    for (let seed = 1; seed <= seeds; seed++) {
      const policy = makePolicy(id, seed, content);
      const quiz = quizPlayer(seed, 0.7);
      let s: GameState = newGame({ seed, difficulty: 'normal', length: 'standard' }, content);
      for (let a = nextAction(s, policy, quiz); a; a = nextAction(s, policy, quiz)) {
        if (s.phase === 'event' && s.event) record(table, s);
        const r = apply(s, a, content);
        if (!r.ok) throw new Error(r.error.code);
        s = r.state;
      }
    }
  }
  return table;
}

function record(table: Map<string, { wins: number; seen: number }>, s: GameState): void {
  const options = s.event?.options ?? [];
  const values = options.map((o) => rolloutValue(s, o, content));
  const best = Math.max(...values);
  options.forEach((o, i) => {
    const key = `${s.event?.id}/${o}`;
    const row = table.get(key) ?? { wins: 0, seen: 0 };
    row.seen++;
    if (values[i] === best && values.filter((v) => v === best).length === 1) row.wins++;
    table.set(key, row);
  });
}

export function balance(
  seeds: number,
  optionSeeds = Math.max(20, Math.round(seeds / 5)),
): BalanceReport {
  const searchSeeds = Math.max(20, Math.round(seeds / 10));
  const means: Record<string, number> = {};
  const per: Record<string, number[]> = {};
  for (const id of STRATEGIES) {
    per[id] = scores(named(id), seeds);
    means[id] = mean(per[id] ?? []);
  }
  const criteria: Criterion[] = [];
  const bal = per.balanced ?? [];
  const allIn = ['all-chips', 'all-incubators', 'all-talent', 'all-open-source'].map((id) => {
    const xs = per[id] ?? [];
    return xs.filter((x, i) => x < (bal[i] ?? 0)).length / Math.max(1, xs.length);
  });
  const worstAllIn = Math.min(...allIn);
  criteria.push({
    name: 'all-in strategies score below balanced (share of seeds, worst all-in)',
    value: worstAllIn,
    threshold: 0.95,
    pass: worstAllIn >= 0.95,
  });

  const best = bestSplit(() => true, searchSeeds, seeds);
  means[`best fixed split ${best.w.join('/')}`] = best.mean;
  const bestOverall = Math.max(best.mean, means.balanced ?? 0, means.adaptive ?? 0);
  const gaps = ['chips', 'incubators', 'talent', 'openSource'].map((p, i) => {
    const without = bestSplit((w) => w[i] === 0, searchSeeds, seeds);
    means[`best without ${p} ${without.w.join('/')}`] = without.mean;
    return 1 - without.mean / bestOverall;
  });
  const minGap = Math.min(...gaps);
  criteria.push({
    name: 'every pillar matters: best strategy never funding a pillar vs best overall (smallest shortfall)',
    value: minGap,
    threshold: 0.1,
    pass: minGap >= 0.1,
  });

  // The best fixed split is the best grid split or the even split, whichever scores higher.
  const bestFixed = Math.max(best.mean, means.balanced ?? 0);
  const adaptiveEdge = (means.adaptive ?? 0) / bestFixed - 1;
  criteria.push({
    name: 'adaptive beats the best fixed split (relative mean gain)',
    value: adaptiveEdge,
    threshold: 0,
    pass: adaptiveEdge > 0,
  });

  const right = mean(scores(named('balanced'), seeds, 1));
  const wrong = mean(scores(named('balanced'), seeds, 0));
  const quiz = right / wrong - 1;
  means['balanced, all quiz answers right'] = right;
  means['balanced, all quiz answers wrong'] = wrong;
  criteria.push({
    name: 'quiz matters but does not decide (all right vs all wrong, relative)',
    value: quiz,
    threshold: [0.1, 0.25],
    pass: quiz >= 0.1 && quiz <= 0.25,
  });

  const wins = optionWins(optionSeeds);
  let worst = { key: '', share: 1 };
  const options: Record<string, number> = {};
  for (const [key, row] of [...wins].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const share = row.wins / row.seen;
    options[key] = Math.round(share * 1000) / 1000;
    if (share < worst.share) worst = { key, share };
  }
  criteria.push({
    name: 'no dominated event option (smallest share of states where an option is best)',
    value: worst.share,
    threshold: 0.02,
    pass: worst.share >= 0.02 && wins.size > 0,
    detail: worst.key,
  });

  const easy = mean(scores(named('balanced'), seeds, 0.7, 'easy'));
  const hard = mean(scores(named('balanced'), seeds, 0.7, 'hard'));
  const normal = means.balanced ?? 0;
  means['balanced, easy'] = easy;
  means['balanced, hard'] = hard;
  const order = Math.min(easy - normal, normal - hard);
  criteria.push({
    name: 'difficulty orders mean scores easy > normal > hard (smallest step, points)',
    value: order,
    threshold: 0,
    pass: order > 0,
  });
  return { seeds, means, criteria, options };
}
