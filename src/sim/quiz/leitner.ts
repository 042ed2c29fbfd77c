// Leitner boxes kept per player across games (plain, versioned JSON the save layer stores) and the per-game record of asked and missed questions.
import type { QuestionResult } from '../pillars';
import { FULL_CREDIT } from './grade';

/** Box 1 holds questions to review next game; box 5 the well-known ones. */
export const LEITNER_MAX_BOX = 5;
/** Games to wait before a question in box n (index n-1) is due again. */
export const LEITNER_INTERVALS: readonly number[] = [1, 2, 3, 5, 8];

export interface LeitnerEntry {
  /** 1..LEITNER_MAX_BOX */
  readonly box: number;
  /** The `game` counter when it was last answered. */
  readonly lastGame: number;
}

export interface LeitnerBoxes {
  readonly version: 1;
  /** Games started by this player; bumped by `startGame`. */
  readonly game: number;
  readonly entries: Readonly<Record<string, LeitnerEntry>>;
}

export function emptyBoxes(): LeitnerBoxes {
  return { version: 1, game: 0, entries: {} };
}

/** Call once when a new game begins, so earlier games' misses become due. */
export function startGame(boxes: LeitnerBoxes): LeitnerBoxes {
  return { ...boxes, game: boxes.game + 1 };
}

/**
 * Promotion on a fully right answer (one box up, capped), demotion to box 1 otherwise: a partly
 * right matching still comes back soon. New questions enter box 1 or 2 the same way.
 */
export function updateBoxes(boxes: LeitnerBoxes, results: readonly QuestionResult[]): LeitnerBoxes {
  const entries: Record<string, LeitnerEntry> = { ...boxes.entries };
  for (const result of results) {
    const before = entries[result.questionId]?.box ?? 1;
    const box = result.credit >= FULL_CREDIT ? Math.min(before + 1, LEITNER_MAX_BOX) : 1;
    entries[result.questionId] = { box, lastGame: boxes.game };
  }
  return { ...boxes, entries };
}

/** Seen in an earlier game and its box's interval has elapsed. */
export function isDue(boxes: LeitnerBoxes, questionId: string): boolean {
  const entry = boxes.entries[questionId];
  if (entry === undefined) return false;
  const interval =
    LEITNER_INTERVALS[entry.box - 1] ?? LEITNER_INTERVALS[LEITNER_INTERVALS.length - 1] ?? 1;
  return boxes.game - entry.lastGame >= interval;
}

/** What one game remembers: every question asked, and those whose latest answer was not fully right. */
export interface GameQuizRecord {
  readonly asked: readonly string[];
  readonly missed: readonly string[];
}

export function emptyGameRecord(): GameQuizRecord {
  return { asked: [], missed: [] };
}

/**
 * Adds a checkpoint's results: a miss is queued for a later checkpoint; a later right answer clears it.
 * With `returnOnce`, a question missed again when it came back is not queued a second time: it waits
 * for the next game (box 1), so one game never asks the same missed question at every checkpoint.
 */
export function recordCheckpoint(
  record: GameQuizRecord,
  results: readonly QuestionResult[],
  returnOnce = false,
): GameQuizRecord {
  const askedBefore = new Set(record.asked);
  const asked = new Set(record.asked);
  const missed = new Set(record.missed);
  for (const result of results) {
    asked.add(result.questionId);
    const again = returnOnce && askedBefore.has(result.questionId);
    if (result.credit >= FULL_CREDIT || again) missed.delete(result.questionId);
    else missed.add(result.questionId);
  }
  return { asked: [...asked], missed: [...missed] };
}
