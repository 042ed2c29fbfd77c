// Sound-making primitives for the audio generator: seeded noise, envelopes, additive voices, a one-pole filter and level tools.

/** Samples per second of every generated sound (Hz). */
export const SAMPLE_RATE = 44100;

/** A silent mono buffer lasting `seconds`. */
export function silence(seconds: number): Float32Array {
  return new Float32Array(Math.round(seconds * SAMPLE_RATE));
}

/** Deterministic noise in [-1, 1) (mulberry32), so reruns write identical files. */
export function seededNoise(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2147483648 - 1;
  };
}

/** Frequency (Hz) of a MIDI note number; 69 is A4 = 440 Hz. */
export function midiToHz(note: number): number {
  return 440 * 2 ** ((note - 69) / 12);
}

/** One partial of a voice: a multiple of the note's frequency, its level and how fast it dies (1/s). */
export interface Partial {
  ratio: number;
  gain: number;
  decay: number;
}

/** A timbre: its partials plus attack and release times (s); partial decays shape the rest. */
export interface Voice {
  partials: readonly Partial[];
  attack: number;
  release: number;
}

export interface Note {
  /** Start (s) from the beginning of the buffer. */
  at: number;
  /** Length (s) before the release starts. */
  length: number;
  midi: number;
  gain: number;
  /** Slight detune (cents) so layered pads shimmer instead of beating hard. */
  cents?: number;
}

/** Envelope level at time t (s) after the note start: linear attack, then release after `length`. */
export function envelope(voice: Voice, length: number, t: number): number {
  if (t < 0) return 0;
  const attack = t < voice.attack ? t / voice.attack : 1;
  if (t <= length) return attack;
  const r = (t - length) / voice.release;
  return r >= 1 ? 0 : attack * (1 - r) * (1 - r);
}

/**
 * Adds a note into `out`. With `wrap` true, samples past the end continue at the start, which makes a
 * loop seamless by construction: the buffer is one period of a periodic signal.
 */
export function addNote(out: Float32Array, voice: Voice, note: Note, wrap = false): void {
  const hz = midiToHz(note.midi) * 2 ** ((note.cents ?? 0) / 1200);
  const start = Math.round(note.at * SAMPLE_RATE);
  let count = Math.ceil((note.length + voice.release) * SAMPLE_RATE);
  if (!wrap) count = Math.min(count, out.length - start);
  const level = new Float32Array(Math.max(0, count));
  for (let i = 0; i < level.length; i++) {
    level[i] = envelope(voice, note.length, i / SAMPLE_RATE) * note.gain;
  }
  for (const p of voice.partials) {
    const freq = hz * p.ratio;
    // Partials above ~16 kHz only add encoder cost and harshness.
    if (freq > 16000) continue;
    // A rotating phasor and a per-sample decay factor: the same sine and exponential as
    // sin(2πft)·e^(-decay·t), without calling Math.sin and Math.exp for every sample.
    const step = (2 * Math.PI * freq) / SAMPLE_RATE;
    const cos = Math.cos(step);
    const sin = Math.sin(step);
    const fall = Math.exp(-p.decay / SAMPLE_RATE);
    let x = 0;
    let y = 1;
    let amp = p.gain;
    for (let i = 0; i < level.length; i++) {
      const index = (start + i) % out.length;
      out[index] = (out[index] ?? 0) + x * amp * (level[i] ?? 0);
      const nx = x * cos + y * sin;
      y = y * cos - x * sin;
      x = nx;
      amp *= fall;
    }
  }
}

/**
 * One-pole low-pass at `cutoff` Hz, in place. With `circular` the filter first runs once to reach the
 * state it has at the end, then again from it, so a loop's end flows into its start.
 */
export function lowPass(buffer: Float32Array, cutoff: number, circular = false): void {
  const a = Math.exp((-2 * Math.PI * cutoff) / SAMPLE_RATE);
  let y = 0;
  if (circular) for (const x of buffer) y = (1 - a) * x + a * y;
  for (let i = 0; i < buffer.length; i++) {
    y = (1 - a) * (buffer[i] ?? 0) + a * y;
    buffer[i] = y;
  }
}

/** Linear fades in and out (s), so a sound never starts or stops on a click. */
export function fade(buffer: Float32Array, inSeconds: number, outSeconds: number): void {
  const fadeIn = Math.round(inSeconds * SAMPLE_RATE);
  const fadeOut = Math.round(outSeconds * SAMPLE_RATE);
  for (let i = 0; i < fadeIn && i < buffer.length; i++) buffer[i] = (buffer[i] ?? 0) * (i / fadeIn);
  for (let i = 0; i < fadeOut && i < buffer.length; i++) {
    const index = buffer.length - 1 - i;
    buffer[index] = (buffer[index] ?? 0) * (i / fadeOut);
  }
}

/** Largest absolute sample value. */
export function peak(buffer: Float32Array): number {
  let max = 0;
  for (const x of buffer) max = Math.max(max, Math.abs(x));
  return max;
}

/** Scales the buffer in place so its peak sits at `db` dBFS (default -3 dBFS ≈ 0.708). */
export function normalise(buffer: Float32Array, db = -3): void {
  const max = peak(buffer);
  if (max === 0) return;
  const gain = 10 ** (db / 20) / max;
  for (let i = 0; i < buffer.length; i++) buffer[i] = (buffer[i] ?? 0) * gain;
}
