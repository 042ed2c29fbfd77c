// How many minutes a game of each length takes a second-language reader, as `npx tsx scripts/reading-time.ts` measures it.
import type { GameLength } from '../../sim';

/**
 * Whole minutes, fast reader (200 words a minute) in the shorter language to slow reader (150) in
 * the longer one, 5 s per decision. Update from the script's `setupMinutes` when texts change;
 * `tests/unit/reading-time.test.ts` fails when this drifts by more than a minute.
 */
export const READING_MINUTES: Readonly<Record<GameLength, { min: number; max: number }>> = {
  short: { min: 21, max: 31 },
  standard: { min: 34, max: 48 },
};
