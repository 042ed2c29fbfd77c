// The game's short sound effects (click, commit, good and bad year, event alert, correct, wrong, end fanfare).
import { addNote, fade, lowPass, normalise, silence, type Note, type Voice } from './synth';
import { BELL, PAD, PLUCK, SOFT, addThump } from './voices';

/** [start s, MIDI note, length s, gain] for one voice. */
type Line = readonly (readonly [number, number, number, number])[];

function play(out: Float32Array, voice: Voice, line: Line): void {
  for (const [at, midi, length, gain] of line) {
    const note: Note = { at, midi, length, gain };
    addNote(out, voice, note);
  }
}

/** Every effect ends the same way: a short fade-in against clicks, a fade-out, peak at -3 dBFS. */
function finish(out: Float32Array, fadeOut: number, cutoff = 9000): Float32Array {
  lowPass(out, cutoff);
  fade(out, 0.002, fadeOut);
  normalise(out, -3);
  return out;
}

/** A soft wooden tick for buttons: 0.1 s. */
export function renderClick(): Float32Array {
  const out = silence(0.1);
  play(out, SOFT, [[0, 84, 0.02, 1]]);
  play(out, PLUCK, [[0, 96, 0.01, 0.25]]);
  return finish(out, 0.05, 7000);
}

/** Committing the year's budget: a firm two-note rise over a thump, 0.5 s. */
export function renderCommit(): Float32Array {
  const out = silence(0.5);
  addThump(out, 0, 0.6, false, 160, 80);
  play(out, PLUCK, [
    [0, 69, 0.1, 0.5],
    [0.09, 76, 0.25, 0.6],
  ]);
  return finish(out, 0.12);
}

/** A good year: a bright rising pentatonic arpeggio on bells, 1.3 s. */
export function renderGoodYear(): Float32Array {
  const out = silence(1.3);
  play(out, BELL, [
    [0, 74, 0.1, 0.5],
    [0.1, 78, 0.1, 0.5],
    [0.2, 81, 0.1, 0.5],
    [0.3, 86, 0.6, 0.6],
  ]);
  play(out, PAD, [[0, 62, 0.6, 0.25]]);
  return finish(out, 0.4);
}

/** A bad year: a slow falling line in a low, rounded tone — sorry, not alarming, 1.3 s. */
export function renderBadYear(): Float32Array {
  const out = silence(1.3);
  play(out, SOFT, [
    [0, 71, 0.25, 0.5],
    [0.28, 69, 0.25, 0.5],
    [0.56, 66, 0.45, 0.55],
  ]);
  play(out, PAD, [[0, 47, 0.7, 0.25]]);
  return finish(out, 0.35, 4000);
}

/** An event card arrives: a two-tone chime struck twice, 1 s. */
export function renderEventAlert(): Float32Array {
  const out = silence(1);
  play(out, BELL, [
    [0, 76, 0.1, 0.5],
    [0, 83, 0.1, 0.3],
    [0.18, 76, 0.3, 0.45],
    [0.18, 83, 0.3, 0.28],
  ]);
  return finish(out, 0.3);
}

/** A correct answer: two quick rising bell notes, 0.7 s. */
export function renderCorrect(): Float32Array {
  const out = silence(0.7);
  play(out, BELL, [
    [0, 81, 0.08, 0.5],
    [0.09, 86, 0.35, 0.6],
  ]);
  return finish(out, 0.25);
}

/** A wrong answer: two low soft notes falling a third — gentle, never a buzzer, 0.6 s. */
export function renderWrong(): Float32Array {
  const out = silence(0.6);
  play(out, SOFT, [
    [0, 57, 0.12, 0.6],
    [0.14, 54, 0.25, 0.6],
  ]);
  return finish(out, 0.2, 3000);
}

/** The end of the game: a pentatonic run up to a held D major chord, 2.4 s. */
export function renderEndFanfare(): Float32Array {
  const out = silence(2.4);
  const run = [62, 64, 66, 69, 71, 74, 76, 78];
  play(
    out,
    PLUCK,
    run.map((midi, i) => [i * 0.08, midi, 0.1, 0.35] as const),
  );
  play(out, BELL, [
    [0.7, 81, 1, 0.45],
    [0.7, 86, 1, 0.3],
  ]);
  play(out, PAD, [
    [0.62, 50, 1.2, 0.3],
    [0.62, 57, 1.2, 0.25],
    [0.62, 66, 1.2, 0.2],
  ]);
  addThump(out, 0.7, 0.5);
  return finish(out, 0.6);
}
