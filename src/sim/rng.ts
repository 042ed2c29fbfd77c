// The seeded PRNG: pure-rand's xoroshiro128+, whose four-integer state is stored inside GameState.
import { fmix32 } from './hash';
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

export type RngState = readonly number[];
export type Rng = RandomGenerator;

/** A fresh generator state for a seed; one jump mixes the weak low-entropy seeding. */
export function seedRng(seed: number): RngState {
  const g = xoroshiro128plus(seed | 0);
  g.jump();
  return g.getState();
}

/** A mutable generator that continues from a stored state (used inside one reducer call). */
export function openRng(state: RngState): Rng {
  return xoroshiro128plusFromState(state);
}

/** A uniform float in [0, 1), 53 bits of randomness. */
export function nextFloat(g: Rng): number {
  return uniformFloat64(g);
}

/** The generator's state as plain JSON numbers, to store back into the game state. */
export function saveRng(g: Rng): RngState {
  return g.getState().slice();
}

/** Derives an independent stream from a seed and a salt (e.g. the quiz runner, rollouts). */
export function deriveSeed(seed: number, salt: number): number {
  return fmix32(seed ^ Math.imul(salt + 0x9e3779b9, 0x85ebca6b));
}
