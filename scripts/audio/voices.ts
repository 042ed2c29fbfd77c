// The few timbres every generated sound is built from: pluck, bell, pad, soft tone, and a soft thump and shaker.
import { SAMPLE_RATE, seededNoise, type Voice } from './synth';

/** A light plucked string: bright at the start, mellow as the upper partials die. */
export const PLUCK: Voice = {
  partials: [
    { ratio: 1, gain: 1, decay: 2.5 },
    { ratio: 2, gain: 0.35, decay: 5 },
    { ratio: 3, gain: 0.15, decay: 9 },
    { ratio: 4, gain: 0.06, decay: 14 },
  ],
  attack: 0.004,
  release: 0.12,
};

/** A small bell or chime: slightly inharmonic partials, long ring. */
export const BELL: Voice = {
  partials: [
    { ratio: 1, gain: 1, decay: 2.2 },
    { ratio: 2.01, gain: 0.45, decay: 3.5 },
    { ratio: 3.0, gain: 0.2, decay: 5 },
    { ratio: 4.17, gain: 0.12, decay: 8 },
  ],
  attack: 0.003,
  release: 0.25,
};

/** A warm sustained pad: a few soft harmonics, slow to arrive and to leave. */
export const PAD: Voice = {
  partials: [
    { ratio: 1, gain: 0.7, decay: 0 },
    { ratio: 2, gain: 0.22, decay: 0 },
    { ratio: 3, gain: 0.08, decay: 0 },
  ],
  attack: 1.4,
  release: 1.6,
};

/** A round, slightly hollow tone (odd harmonics, like a filtered triangle) for soft warnings. */
export const SOFT: Voice = {
  partials: [
    { ratio: 1, gain: 1, decay: 1.5 },
    { ratio: 3, gain: 0.11, decay: 3 },
    { ratio: 5, gain: 0.04, decay: 5 },
  ],
  attack: 0.01,
  release: 0.18,
};

/**
 * A soft low thump (a sine gliding from `fromHz` down to `toHz`) at `at` s; `wrap` continues past the
 * end at the start, as for notes in a loop.
 */
export function addThump(
  out: Float32Array,
  at: number,
  gain: number,
  wrap = false,
  fromHz = 110,
  toHz = 55,
): void {
  const seconds = 0.35;
  const count = Math.round(seconds * SAMPLE_RATE);
  const start = Math.round(at * SAMPLE_RATE);
  let phase = 0;
  for (let i = 0; i < count; i++) {
    let index = start + i;
    if (index >= out.length) {
      if (!wrap) break;
      index %= out.length;
    }
    const t = i / SAMPLE_RATE;
    const hz = toHz + (fromHz - toHz) * Math.exp(-t * 30);
    phase += (2 * Math.PI * hz) / SAMPLE_RATE;
    // 3 ms attack avoids a click; the 12/s decay keeps it a pulse, not a boom.
    const level = Math.min(1, t / 0.003) * Math.exp(-t * 12) * gain;
    out[index] = (out[index] ?? 0) + Math.sin(phase) * level;
  }
}

/** A short, quiet noise tick (a shaker) at `at` s, from seeded noise so reruns match. */
export function addShaker(
  out: Float32Array,
  at: number,
  gain: number,
  seed: number,
  wrap = false,
): void {
  const noise = seededNoise(seed);
  const count = Math.round(0.08 * SAMPLE_RATE);
  const start = Math.round(at * SAMPLE_RATE);
  let previous = 0;
  for (let i = 0; i < count; i++) {
    let index = start + i;
    if (index >= out.length) {
      if (!wrap) break;
      index %= out.length;
    }
    const t = i / SAMPLE_RATE;
    // Differencing the noise tilts it towards the highs, like a shaker, without a filter state.
    const white = noise();
    const bright = (white - previous) / 2;
    previous = white;
    const level = Math.min(1, t / 0.004) * Math.exp(-t * 45) * gain;
    out[index] = (out[index] ?? 0) + bright * level;
  }
}
