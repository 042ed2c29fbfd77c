// Score tiers: five named bands with a badge shape each, their thresholds tuned on headless games of every strategy.
import type { Difficulty, GameLength } from '../../sim';

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
 * Measured with `npm run sim` on seeds 1–30: single-pillar strategies 83–224, random splits
 * 565–647, an even split 636–683, the adaptive player with a good quiz (90%) 672–688.
 */
const BASE_BOUNDS = [680, 640, 580, 450] as const;

/** Shifts by game settings, in points: measured medians of the even split (easy +45, hard −44, short −50). */
const DIFFICULTY_SHIFT: Record<Difficulty, number> = { easy: 45, normal: 0, hard: -45 };
const LENGTH_SHIFT: Record<GameLength, number> = { standard: 0, short: -50 };

export interface Tier {
  readonly id: TierId;
  readonly shape: TierShape;
  /** 1 = best. */
  readonly rank: number;
}

/** The four lower bounds for these settings, best tier first. */
export function tierBounds(difficulty: Difficulty, length: GameLength): number[] {
  const shift = DIFFICULTY_SHIFT[difficulty] + LENGTH_SHIFT[length];
  return BASE_BOUNDS.map((bound) => bound + shift);
}

export function tierOf(score: number, difficulty: Difficulty, length: GameLength): Tier {
  const bounds = tierBounds(difficulty, length);
  let index = bounds.findIndex((bound) => score >= bound);
  if (index < 0) index = TIERS.length - 1;
  const tier = TIERS[index] ?? TIERS[4];
  return { id: tier.id, shape: tier.shape, rank: index + 1 };
}
