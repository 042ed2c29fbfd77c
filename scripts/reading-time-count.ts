// The reading model: which words on a screen a player reads, and how they become minutes (used by the reading-time script and its browser test).

/** Reading speed in a second language, words per minute (slow and fast reader). */
export const WORDS_PER_MINUTE = { slow: 150, fast: 200 } as const;
/** Seconds per decision: one per slider of a plan, event option chosen or answer given. */
export const SECONDS_PER_DECISION = 5;
/** Games are averaged over these seeds, since events and questions differ between games. */
export const SEEDS = [1, 2, 3] as const;

/** Words in a text; a number counts as a word, as does a {{placeholder}} (a number or a name). */
export function countWords(text: string): number {
  return text
    .replace(/\{\{[^}]*\}\}/g, ' x ')
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** A number as a screen shows it: signs, decimal commas or points, thousands spaces, a percent sign. */
const NUMBER = /[+−-]?\d+(?:[.,\u00a0\u202f ]\d+)*\s?%?/g;

export interface Reader {
  /**
   * Reads one screen's visible text: lines still there from the screen before (the HUD) are not read
   * again; a line met earlier in the game with other numbers (a table row, a button) is recognised,
   * only its numbers are read; any other line is read word by word. Returns the words read.
   */
  read(text: string, kind: string): number;
  readonly words: number;
  readonly byKind: Readonly<Record<string, number>>;
}

export function createReader(): Reader {
  const familiar = new Set<string>();
  const byKind: Record<string, number> = {};
  let previous: string[] = [];
  let words = 0;
  return {
    read(text, kind) {
      const lines = text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      const left = [...previous];
      previous = lines;
      let n = 0;
      for (const line of lines) {
        const at = left.indexOf(line);
        if (at >= 0) {
          left.splice(at, 1);
          continue;
        }
        const template = line.replace(NUMBER, '#').toLowerCase();
        if (familiar.has(template)) n += line.match(NUMBER)?.length ?? 0;
        else {
          familiar.add(template);
          n += countWords(line);
        }
      }
      words += n;
      byKind[kind] = (byKind[kind] ?? 0) + n;
      return n;
    },
    get words() {
      return words;
    },
    byKind,
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Minutes for a slow (150 wpm) and a fast (200 wpm) reader, decisions included. */
export function minutesOf(words: number, decisions: number): { slow: number; fast: number } {
  const decide = (decisions * SECONDS_PER_DECISION) / 60;
  return {
    slow: round1(words / WORDS_PER_MINUTE.slow + decide),
    fast: round1(words / WORDS_PER_MINUTE.fast + decide),
  };
}

/** What the setup screen promises: whole minutes, fastest reading to slowest. */
export function setupRange(games: readonly { slow: number; fast: number }[]): {
  min: number;
  max: number;
} {
  return {
    min: Math.floor(Math.min(...games.map((g) => g.fast))),
    max: Math.ceil(Math.max(...games.map((g) => g.slow))),
  };
}
