// How many minutes a game of each length takes a second-language reader, as `npx tsx scripts/reading-time.ts` measures it in the browser.
import type { GameLength } from '../../sim';

/**
 * Whole minutes, fast reader (200 words a minute) in the shorter language to slow reader (150) in
 * the longer one, 5 s per decision, over three seeds. Update from the script's `setupMinutes` when
 * texts change; `tests/e2e/reading-time.e2e.ts` fails when a short game falls outside by over a minute.
 */
export const READING_MINUTES: Readonly<Record<GameLength, { min: number; max: number }>> = {
  short: { min: 11, max: 15 },
  standard: { min: 21, max: 29 },
};
