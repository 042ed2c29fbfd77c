// The title and game music: a calm 20 s D-major-pentatonic loop (pads, a plucked melody with an echo, a soft pulse).
import { addNote, lowPass, normalise, silence, type Note } from './synth';
import { PAD, PLUCK, addShaker, addThump } from './voices';

/** 96 beats per minute: one beat lasts 0.625 s, so 32 beats (8 bars of 4) make a 20 s loop. */
export const BEAT = 60 / 96;
export const LOOP_BEATS = 32;
export const MUSIC_SECONDS = BEAT * LOOP_BEATS;

/** One chord per two bars (8 beats), every note in the pentatonic D E F# A B; the last leads home. */
const CHORDS: readonly { notes: readonly number[]; bassHz: number }[] = [
  { notes: [50, 57, 64, 66], bassHz: 73.4 }, // D A E F#: D add9
  { notes: [47, 54, 62, 69], bassHz: 61.7 }, // B F# D A: B minor 7
  { notes: [52, 59, 66, 69], bassHz: 82.4 }, // E B F# A: E sus
  { notes: [45, 52, 59, 62], bassHz: 55.0 }, // A E B D: A sus4, back to D
];

/** The melody as [beat, MIDI note, length in beats]; D5 = 74. */
// prettier-ignore
const MELODY: readonly (readonly [number, number, number])[] = [
  [0, 74, 1.5], [1.5, 76, 0.5], [2, 78, 1], [3, 76, 1], [4, 81, 2], [6.5, 78, 0.5], [7, 76, 1],
  [8, 74, 1], [9, 71, 1], [10, 69, 1.5], [11.5, 71, 0.5], [12, 74, 2], [15, 71, 1],
  [16, 76, 1.5], [17.5, 78, 0.5], [18, 81, 1], [19, 83, 1], [20, 81, 1.5], [21.5, 78, 0.5], [22, 76, 2],
  [24, 74, 1], [25, 76, 0.5], [25.5, 74, 0.5], [26, 71, 1], [27, 69, 1], [28, 71, 2], [30, 69, 1], [31, 71, 1],
];

/** The echo comes three eighth notes later (0.94 s) and quieter, like a dusk street's reflections. */
const ECHO_BEATS = 1.5;
const ECHO_GAIN = 0.3;

function addPads(out: Float32Array): void {
  CHORDS.forEach((chord, index) => {
    const at = index * 8 * BEAT;
    for (const midi of chord.notes) {
      // Two layers 7 cents apart shimmer slowly; the release overlaps the next chord (a crossfade).
      for (const cents of [-7, 7]) {
        addNote(out, PAD, { at, length: 8 * BEAT - 0.4, midi, gain: 0.1, cents }, true);
      }
    }
  });
}

function addMelody(out: Float32Array): void {
  for (const [beat, midi, length] of MELODY) {
    const note: Note = { at: beat * BEAT, length: length * BEAT * 0.9, midi, gain: 0.3 };
    addNote(out, PLUCK, note, true);
    const echo = { ...note, at: (beat + ECHO_BEATS) * BEAT, gain: note.gain * ECHO_GAIN };
    addNote(out, PLUCK, echo, true);
  }
}

function addPulse(out: Float32Array): void {
  for (let beat = 0; beat < LOOP_BEATS; beat++) {
    const chord = CHORDS[Math.floor(beat / 8)];
    // A thump on beats 1 and 3 of each bar, a whisper of shaker on every off-beat.
    if (chord && beat % 2 === 0)
      addThump(out, beat * BEAT, 0.35, true, chord.bassHz * 1.6, chord.bassHz);
    addShaker(out, (beat + 0.5) * BEAT, 0.05, 1000 + beat, true);
  }
}

/** Renders the loop; every part wraps around, so the last sample flows into the first. */
export function renderMusic(): Float32Array {
  const out = silence(MUSIC_SECONDS);
  addPads(out);
  addMelody(out);
  addPulse(out);
  // A gentle 4.5 kHz roll-off keeps it soft at dusk and cheap to encode; circular so the loop holds.
  lowPass(out, 4500, true);
  normalise(out, -3);
  return out;
}
