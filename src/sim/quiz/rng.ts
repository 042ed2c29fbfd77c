// Seeded randomness for the quiz: its own generator derived from (game seed, checkpoint, salt), independent of the simulation's PRNG.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { fmix32, hashString } from '../hash';

export { hashString };

/** Combines two numbers into one well-mixed seed. */
function mix(a: number, b: number): number {
  return fmix32(Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b);
}

/**
 * A fresh generator for one purpose. The same (seed, checkpointIndex, salt) always gives the same
 * stream, so every student of a class session sees the same questions in the same order.
 */
export function quizRng(seed: number, checkpointIndex: number, salt = ''): RandomGenerator {
  return xoroshiro128plus(mix(mix(seed | 0, checkpointIndex | 0), hashString(salt)));
}

/** Fisher–Yates on a copy; the generator advances (it is local to the caller). */
export function shuffle<T>(rng: RandomGenerator, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = uniformInt(rng, 0, i);
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** A float in [0, 1) for tie-breaks. */
export function unit(rng: RandomGenerator): number {
  return uniformInt(rng, 0, 0xffffff) / 0x1000000;
}
