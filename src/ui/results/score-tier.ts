// Score tiers: five named bands with a badge shape each, their thresholds tuned on headless games of every strategy.
import type { Difficulty, GameState } from '../../sim';

/** Best first. The shape is drawn on the badge so the tier never depends on colour. */
export const TIERS = [
  { id: 'frontier', shape: 'star' },
  { id: 'rival', shape: 'diamond' },
  { id: 'builder', shape: 'hexagon' },
  { id: 'uneven', shape: 'triangle' },
  { id: 'stalled', shape: 'circle' },
] as const;
export type TierId = (typeof TIERS)[number]['id'];
export type TierShape = (typeof TIERS)[number]['shape'];

/**
 * Lower bounds (points out of 1000) for a standard game on normal difficulty, best tier first.
 * Measured on the issue 12 model with the headless runner (seeds 1–30, quiz 70%; the adaptive player
 * seeds 1–12, quiz 90%), min–median–max: single-pillar strategies 74–333, random splits 536–612–698,
 * an even split 586–666–739, the adaptive player 716–749–780. The top tier is for reading the
 * situation, an even split lands in the second or third.
 */
const BASE_BOUNDS = [710, 660, 590, 450] as const;

/**
 * Shifts by game settings, in points, from the same runs' medians of the even split and the adaptive
 * player: easy +29/+24, hard −38/−28, a 7-turn short game (rules 1) −150/−175. The 5-turn short game
 * (rules 2, December 2026, `npm run balance -- --seeds 1000`): even split 419 and adaptive 475
 * against 645 and 715 in a standard game, −226/−240.
 */
const DIFFICULTY_SHIFT: Record<Difficulty, number> = { easy: 27, normal: 0, hard: -33 };
/** By the number of turns, so an old save's 7-turn short game keeps the bands it was played for. */
const TURNS_SHIFT: Readonly<Record<number, number>> = { 13: 0, 7: -160, 5: -240 };

/** What a tier depends on: the difficulty and the game's calendar. */
export type TierGame = Pick<GameState, 'difficulty' | 'firstYear' | 'lastYear'>;

export interface Tier {
  readonly id: TierId;
  readonly shape: TierShape;
  /** 1 = best. */
  readonly rank: number;
}

/** The four lower bounds for this game's settings, best tier first. */
export function tierBounds(game: TierGame): number[] {
  const turns = game.lastYear - game.firstYear + 1;
  const shift = DIFFICULTY_SHIFT[game.difficulty] + (TURNS_SHIFT[turns] ?? 0);
  return BASE_BOUNDS.map((bound) => bound + shift);
}

export function tierOf(score: number, game: TierGame): Tier {
  const bounds = tierBounds(game);
  let index = bounds.findIndex((bound) => score >= bound);
  if (index < 0) index = TIERS.length - 1;
  const tier = TIERS[index] ?? TIERS[4];
  return { id: tier.id, shape: tier.shape, rank: index + 1 };
}
