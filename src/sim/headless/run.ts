// One complete headless game from options: what `npm run sim` and the balance report play.
import type { Content } from '../content-types';
import { newGame } from '../new-game';
import type { Difficulty, GameLength, GameState } from '../types';
import { playOut, quizPlayer, type Policy } from './play';
import { makePolicy, type StrategyId } from './policies';

export interface RunOptions {
  readonly seed: number;
  readonly difficulty: Difficulty;
  readonly length: GameLength;
  /** Probability (0–1) that each quiz answer is right. */
  readonly quizAccuracy: number;
}

export function runGame(
  options: RunOptions,
  strategy: StrategyId | Policy,
  content: Content,
): GameState {
  const policy =
    typeof strategy === 'string' ? makePolicy(strategy, options.seed, content) : strategy;
  const start = newGame(options, content);
  return playOut(start, content, policy, quizPlayer(options.seed, options.quizAccuracy));
}

/** The final score of a finished game (0 if somehow unfinished). */
export function finalScore(s: GameState): number {
  return s.score?.total ?? 0;
}
