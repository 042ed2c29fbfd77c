// The built-in strategies of the headless runner, each a Policy built for one seed.
import { apply } from '../apply';
import type { Content } from '../content-types';
import { deriveSeed, nextFloat, openRng, saveRng, seedRng } from '../rng';
import { rawScore } from '../score';
import type { GameState } from '../types';
import { adaptiveAllocation, adaptiveOption } from './adaptive';
import { playOut, type Policy, type QuizPlayer } from './play';
import { splitBudget, weightsOf, type Weights } from '../budget';

export const STRATEGIES = [
  'balanced',
  'all-chips',
  'all-incubators',
  'all-talent',
  'all-open-source',
  'random',
  'adaptive',
] as const;
export type StrategyId = (typeof STRATEGIES)[number];

const FIXED: Record<string, Weights> = {
  balanced: [1, 1, 1, 1],
  'all-chips': [1, 0, 0, 0],
  'all-incubators': [0, 1, 0, 0],
  'all-talent': [0, 0, 1, 0],
  'all-open-source': [0, 0, 0, 1],
};

/** A fixed split every year; events get their first option (the status quo answer). */
export function fixedPolicy(weights: Weights): Policy {
  return {
    allocate: (s) => splitBudget(s.budget, weights),
    choose: (s) => s.event?.options[0] ?? '',
  };
}

/** A card → option answer sheet, read without looking at the state (unlisted cards: first option). */
export type AnswerSheet = Readonly<Record<string, string>>;

/** A fixed split every year and a fixed answer per card: the strongest player that never reads the state. */
export function sheetPolicy(weights: Weights, sheet: AnswerSheet): Policy {
  return {
    allocate: (s) => splitBudget(s.budget, weights),
    choose: (s) => {
      const options = s.event?.options ?? [];
      const pick = s.event ? sheet[s.event.id] : undefined;
      return pick !== undefined && options.includes(pick) ? pick : (options[0] ?? '');
    },
  };
}

/** Random weights each year and random options, from a stream separate from the game's. */
export function randomPolicy(seed: number): Policy {
  let rng = seedRng(deriveSeed(seed, 0x7a4d));
  const draw = (): number => {
    const g = openRng(rng);
    const x = nextFloat(g);
    rng = saveRng(g);
    return x;
  };
  return {
    allocate: (s) => splitBudget(s.budget, [draw(), draw(), draw(), draw()]),
    choose: (s) => {
      const options = s.event?.options ?? [];
      return options[Math.floor(draw() * options.length)] ?? '';
    },
  };
}

/** A quiz player for rollouts: half credit, since the policy cannot know future answers. */
const halfCredit: QuizPlayer = {
  answer: (s) =>
    Array.from({ length: s.checkpoint?.questionCount ?? 0 }, (_, i) => ({
      questionId: `rollout-${i}`,
      pillar: (['chips', 'incubators', 'talent', 'openSource'] as const)[i % 4] ?? 'chips',
      credit: 0.5,
    })),
};

/**
 * Plays the rest of the game after an option, keeping this year's split, with a freshly seeded
 * future so the policy never peeks at the real draws. Returns the final score.
 */
export function rolloutValue(s: GameState, optionId: string, content: Content): number {
  const r = apply(s, { type: 'event/choose', optionId }, content);
  if (!r.ok) return -Infinity;
  const hidden = { ...r.state, rng: seedRng(deriveSeed(s.seed, s.year * 31 + 7)) };
  const keep = s.lastAllocation ? weightsOf(s.lastAllocation) : [1, 1, 1, 1];
  const end = playOut(hidden, content, fixedPolicy(keep), halfCredit);
  return rawScore(end.indicators, end.frontier);
}

/** Re-plans each year with a look-ahead to the last year and picks the option whose outlook is best. */
export function adaptivePolicy(content: Content): Policy {
  return {
    allocate: (s) => adaptiveAllocation(s),
    choose: (s) => adaptiveOption(s, content),
  };
}

export function makePolicy(id: StrategyId, seed: number, content: Content): Policy {
  if (id === 'random') return randomPolicy(seed);
  if (id === 'adaptive') return adaptivePolicy(content);
  return fixedPolicy(FIXED[id] ?? [1, 1, 1, 1]);
}

export function isStrategyId(x: string): x is StrategyId {
  return (STRATEGIES as readonly string[]).includes(x);
}
