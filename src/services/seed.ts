// Where a new game's seed comes from: `?seed=` in the address (a shared scenario), else the browser's random source.

const MAX_SEED = 0xffffffff;

/** A whole number from 0 to 2³²−1, or null for anything else (so a bad link just gives a fresh game). */
export function parseSeed(raw: string | null): number | null {
  if (raw === null || !/^\d{1,10}$/.test(raw.trim())) return null;
  const value = Number(raw.trim());
  return value <= MAX_SEED ? value : null;
}

/** The seed is the one place randomness enters the game: everything after it replays exactly. */
export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}
