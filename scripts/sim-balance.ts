// Balance measurements: in each of the 6 settings, the best fixed strategy against the adaptive policy on fresh seeds, and the issue-12 criteria.
import { apply } from '../src/sim/apply';
import { newGame } from '../src/sim/new-game';
import { rawScore } from '../src/sim/score';
import { DIFFICULTIES, INDICATORS, LENGTHS } from '../src/sim/types';
import type { Action, GameState } from '../src/sim/types';
import { nextAction, playOut, type Policy } from '../src/sim/headless/play';
import {
  adaptivePolicy,
  fixedPolicy,
  randomPolicy,
  sheetPolicy,
  type AnswerSheet,
} from '../src/sim/headless/policies';
import {
  ACCURACY,
  bestFixed,
  bestSheet,
  content,
  mean,
  play,
  quizOf,
  type Setting,
} from './balance-search';

export interface Criterion {
  /** The goal of issue 12 it measures (1–6) and a short id. */
  id: string;
  name: string;
  value: number;
  threshold: number | [number, number];
  /** 'min': value ≥ threshold; 'max': value ≤ threshold; 'range': inside. */
  kind: 'min' | 'max' | 'range';
  pass: boolean;
  /** Standard error of the value, where the criterion needs one. */
  se?: number;
  detail?: string;
}

export interface SettingReport {
  difficulty: Setting['difficulty'];
  length: Setting['length'];
  criteria: Criterion[];
  /** Mean final scores on the validation seeds. */
  means: Record<string, number>;
  /** The best fixed strategy found: split in percent (chips/incubators/talent/open source), answers. */
  fixed: { split: number[]; sheet: AnswerSheet };
  /** Per card/option: share of the card's draws in sensible play where that option wins. */
  options: Record<string, { draws: number; share: number }>;
}

export interface BalanceReport {
  seeds: { validation: number; search: number; options: number };
  settings: SettingReport[];
  pass: boolean;
}

const sd = (xs: readonly number[]): number => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / Math.max(1, xs.length - 1));
};
const total = (s: GameState): number => s.score?.total ?? 0;

function check(c: Omit<Criterion, 'pass'>): Criterion {
  const t = c.threshold;
  const pass =
    c.kind === 'min'
      ? c.value >= (t as number)
      : c.kind === 'max'
        ? c.value <= (t as number)
        : c.value >= (t as [number, number])[0] && c.value <= (t as [number, number])[1];
  return { ...c, pass };
}

/** Every split in 10% steps giving each pillar at least 10%: the fixed players called sensible. */
function sensibleSplits(): number[][] {
  const out: number[][] = [];
  for (let a = 1; a <= 7; a++)
    for (let b = 1; a + b <= 8; b++)
      for (let c = 1; a + b + c <= 9; c++) out.push([a, b, c, 10 - a - b - c]);
  return out;
}

/**
 * Paired option replays: in games of each sensible policy, at every card drawn, each option is
 * played out from that same state with the same policy and the same seed; the option with the best
 * final score wins that draw.
 */
function optionWins(
  setting: Setting,
  seeds: readonly number[],
  policies: readonly Policy[],
): Map<string, { draws: number; wins: number[] }> {
  const table = new Map<string, { draws: number; wins: number[] }>();
  for (const policy of policies) {
    for (const seed of seeds) {
      const quiz = quizOf(seed, ACCURACY);
      let s = newGame({ seed, ...setting }, content);
      for (let a = nextAction(s, policy, quiz); a; a = nextAction(s, policy, quiz)) {
        if (s.phase === 'event' && s.event) {
          const values = s.event.options.map((optionId) => {
            const r = apply(s, { type: 'event/choose', optionId }, content);
            if (!r.ok) return -Infinity;
            const end = playOut(r.state, content, policy, quiz);
            return rawScore(end.indicators, end.frontier);
          });
          const best = Math.max(...values);
          const row = table.get(s.event.id) ?? { draws: 0, wins: values.map(() => 0) };
          row.draws++;
          if (values.filter((v) => v === best).length === 1)
            row.wins[values.indexOf(best)] = (row.wins[values.indexOf(best)] ?? 0) + 1;
          table.set(s.event.id, row);
        }
        const r = apply(s, a, content);
        if (!r.ok) throw new Error(r.error.code);
        s = r.state;
      }
    }
  }
  return table;
}

/** Share of year records (and the frontier) at a bound, worst indicator of each policy. */
function saturation(games: Record<string, GameState[]>): { value: number; detail: string } {
  let worst = { value: 0, detail: 'none' };
  for (const [name, ends] of Object.entries(games)) {
    const hits = new Map<string, number>();
    let years = 0;
    for (const end of ends) {
      for (const r of end.history) {
        years++;
        INDICATORS.forEach((id, i) => {
          const v = r.indicators[i] ?? 0;
          if (v <= 0 || v >= 100) hits.set(id, (hits.get(id) ?? 0) + 1);
        });
        if (r.frontier >= 100) hits.set('frontier', (hits.get('frontier') ?? 0) + 1);
      }
    }
    for (const [id, n] of hits) {
      const share = n / Math.max(1, years);
      if (share > worst.value) worst = { value: share, detail: `${id} under ${name}` };
    }
  }
  return worst;
}

/** Replays an adaptive game's action log from its seed: the state must come out identical. */
function deterministic(setting: Setting, seed: number): boolean {
  const log: Action[] = [];
  const policy = adaptivePolicy(content);
  const start = newGame({ seed, ...setting }, content);
  const end = playOut(start, content, policy, quizOf(seed, ACCURACY), log);
  let s = newGame({ seed, ...setting }, content);
  for (const a of log) {
    const r = apply(s, a, content);
    if (!r.ok) return false;
    s = r.state;
  }
  return JSON.stringify(s) === JSON.stringify(end);
}

const range = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => from + i);

export function measureSetting(
  setting: Setting,
  validation: number,
  search: number,
  optionSeeds: number,
): SettingReport {
  const searchSeeds = range(1, search);
  const seeds = range(100_001, validation);
  const fixed = bestFixed(setting, searchSeeds);
  const evenSheet = bestSheet(setting, searchSeeds, [5, 5, 5, 5]).sheet;
  const worstSplit = sensibleSplits()
    .map((w) => ({ w, m: mean(searchSeeds.map((x) => total(play(setting, x, fixedPolicy(w))))) }))
    .sort((a, b) => a.m - b.m)[0]?.w ?? [1, 1, 1, 1];

  const adaptive = adaptivePolicy(content);
  const players: Record<string, (seed: number) => Policy> = {
    adaptive: () => adaptive,
    'best fixed': () => sheetPolicy(fixed.split, fixed.sheet),
    'even, first options': () => fixedPolicy([1, 1, 1, 1]),
    'even, best sheet': () => sheetPolicy([1, 1, 1, 1], evenSheet),
    [`worst sensible ${worstSplit.map((x) => x * 10).join('/')}`]: () => fixedPolicy(worstSplit),
    'all chips': () => fixedPolicy([1, 0, 0, 0]),
    'all incubators': () => fixedPolicy([0, 1, 0, 0]),
    'all talent': () => fixedPolicy([0, 0, 1, 0]),
    'all open source': () => fixedPolicy([0, 0, 0, 1]),
    random: (seed) => randomPolicy(seed),
  };
  const games: Record<string, GameState[]> = {};
  const scores: Record<string, number[]> = {};
  const means: Record<string, number> = {};
  for (const [name, make] of Object.entries(players)) {
    games[name] = seeds.map((seed) => play(setting, seed, make(seed)));
    scores[name] = (games[name] ?? []).map(total);
    means[name] = mean(scores[name] ?? []);
  }
  const A = scores.adaptive ?? [];
  const F = scores['best fixed'] ?? [];
  const E = scores['even, best sheet'] ?? [];
  const E0 = scores['even, first options'] ?? [];
  const criteria: Criterion[] = [];

  // 1. Adapting pays.
  const diff = A.map((a, i) => a - (F[i] ?? 0));
  const gain = mean(diff) / (mean(F) || 1);
  const se = sd(diff) / Math.sqrt(diff.length) / (mean(F) || 1);
  criteria.push(
    check({
      id: '1-adapt',
      name: 'adaptive beats the best fixed split + answer sheet (relative mean gain)',
      value: gain,
      threshold: 0.05,
      kind: 'min',
      se,
    }),
    check({
      id: '1-adapt-se',
      name: 'that gain in standard errors',
      value: se > 0 ? gain / se : 0,
      threshold: 3,
      kind: 'min',
    }),
  );

  // 2. Skill beats luck.
  const beats = A.filter((a, i) => a > (E[i] ?? 0)).length / Math.max(1, A.length);
  const worstName = Object.keys(players).find((k) => k.startsWith('worst sensible')) ?? '';
  const spread = mean(A) - (means[worstName] ?? 0);
  const luck = sd(A);
  criteria.push(
    check({
      id: '2-beats-even',
      name: 'adaptive beats the even split (best sheet) in paired games (share)',
      value: beats,
      threshold: 0.75,
      kind: 'min',
      se: Math.sqrt((beats * (1 - beats)) / Math.max(1, A.length)),
    }),
    check({
      id: '2-skill-spread',
      name: 'best minus worst sensible policy, in seed-to-seed standard deviations',
      value: luck > 0 ? spread / luck : 0,
      threshold: 3,
      kind: 'min',
      detail: `spread ${spread.toFixed(1)}, seed sd ${luck.toFixed(1)}`,
    }),
  );

  // 3. No dominated option.
  const optSeeds = seeds.slice(0, optionSeeds);
  const wins = optionWins(setting, optSeeds, [
    adaptive,
    sheetPolicy(fixed.split, fixed.sheet),
    sheetPolicy([1, 1, 1, 1], evenSheet),
  ]);
  const options: SettingReport['options'] = {};
  let worstOption = { share: 0, key: '' };
  for (const card of content.events) {
    const row = wins.get(card.id);
    if (!row) continue;
    card.options.forEach((o, i) => {
      const share = (row.wins[i] ?? 0) / row.draws;
      options[`${card.id}/${o.id}`] = { draws: row.draws, share: Math.round(share * 1000) / 1000 };
      if (share > worstOption.share) worstOption = { share, key: `${card.id}/${o.id}` };
    });
  }
  const never = content.events.filter((c) => !wins.has(c.id)).map((c) => c.id);
  criteria.push(
    check({
      id: '3-no-dominated',
      name: 'largest share of draws one option wins (paired replays in sensible play)',
      value: worstOption.share,
      threshold: 0.8,
      kind: 'max',
      detail: `${worstOption.key}${never.length ? `; never drawn: ${never.join(', ')}` : ''}`,
    }),
  );

  // 4. No saturation.
  const sat = saturation(games);
  criteria.push(
    check({
      id: '4-no-saturation',
      name: 'largest share of years an indicator or the frontier sits at 0 or 100 (any policy)',
      value: sat.value,
      threshold: 0.1,
      kind: 'max',
      detail: sat.detail,
    }),
  );

  // 5. Every pillar matters; the quiz matters but does not decide.
  const spent = [0, 0, 0, 0];
  for (const end of games.adaptive ?? [])
    for (const r of end.history) r.allocation.forEach((x, i) => (spent[i] = (spent[i] ?? 0) + x));
  const all = spent.reduce((a, b) => a + b, 0) || 1;
  const shares = spent.map((x) => x / all);
  criteria.push(
    check({
      id: '5-pillar-share',
      name: "smallest pillar share of the adaptive policy's budget",
      value: Math.min(...shares),
      threshold: 0.1,
      kind: 'min',
      detail: shares.map((x) => `${(x * 100).toFixed(1)}%`).join(' / '),
    }),
  );
  const quizSeeds = seeds.slice(0, Math.max(20, Math.round(seeds.length / 2)));
  const right = mean(quizSeeds.map((x) => total(play(setting, x, adaptive, 1))));
  const wrong = mean(quizSeeds.map((x) => total(play(setting, x, adaptive, 0))));
  means['adaptive, all quiz answers right'] = right;
  means['adaptive, all quiz answers wrong'] = wrong;
  criteria.push(
    check({
      id: '5-quiz',
      name: 'quiz weight: all right vs all wrong, adaptive policy (relative)',
      value: right / (wrong || 1) - 1,
      threshold: [0.1, 0.25],
      kind: 'range',
    }),
  );

  // 6. What holds today.
  const allIn = ['all chips', 'all incubators', 'all talent', 'all open source'].map((k) => {
    const xs = scores[k] ?? [];
    return xs.filter((x, i) => x < (E0[i] ?? 0)).length / Math.max(1, xs.length);
  });
  criteria.push(
    check({
      id: '6-all-in',
      name: 'all-in strategies score below the even split (share of seeds, worst all-in)',
      value: Math.min(...allIn),
      threshold: 0.95,
      kind: 'min',
    }),
    check({
      id: '6-deterministic',
      name: 'an adaptive game replays exactly from its seed and log (1 = yes)',
      value: deterministic(setting, 4242) ? 1 : 0,
      threshold: 1,
      kind: 'min',
    }),
  );
  const pct = (u: readonly number[]): number[] => {
    const sum = u.reduce((a, b) => a + b, 0) || 1;
    return u.map((x) => Math.round((x / sum) * 100));
  };
  means[`best fixed ${pct(fixed.split).join('/')}, on search seeds`] = fixed.searchMean;
  return {
    ...setting,
    criteria,
    means,
    fixed: { split: pct(fixed.split), sheet: fixed.sheet },
    options,
  };
}

export interface BalanceOptions {
  /** Validation seeds per setting (fresh: never used by the search). */
  validation: number;
  search?: number;
  options?: number;
  /** Only these settings (default: all six). */
  only?: readonly Setting[];
  onSetting?: (r: SettingReport) => void;
}

export function balance(o: BalanceOptions): BalanceReport {
  const search = o.search ?? Math.max(10, Math.round(o.validation / 4));
  const optionSeeds = o.options ?? Math.max(5, Math.round(o.validation / 8));
  const settings: SettingReport[] = [];
  const wanted =
    o.only ?? LENGTHS.flatMap((length) => DIFFICULTIES.map((d) => ({ difficulty: d, length })));
  for (const setting of wanted) {
    const r = measureSetting(setting, o.validation, search, optionSeeds);
    settings.push(r);
    o.onSetting?.(r);
  }
  // 6. Easy > normal > hard, per length, on the adaptive policy's validation means.
  for (const length of LENGTHS) {
    const of = (d: string) =>
      settings.find((r) => r.length === length && r.difficulty === d)?.means.adaptive;
    const [e, n, h] = [of('easy'), of('normal'), of('hard')];
    if (e === undefined || n === undefined || h === undefined) continue;
    const step = Math.min(e - n, n - h);
    for (const r of settings.filter((x) => x.length === length))
      r.criteria.push(
        check({
          id: '6-difficulty',
          name: 'adaptive means order easy > normal > hard (smallest step, points)',
          value: step,
          threshold: 0.001,
          kind: 'min',
          detail: `${e.toFixed(1)} > ${n.toFixed(1)} > ${h.toFixed(1)}`,
        }),
      );
  }
  return {
    seeds: { validation: o.validation, search, options: optionSeeds },
    settings,
    pass: settings.every((r) => r.criteria.every((c) => c.pass)),
  };
}
