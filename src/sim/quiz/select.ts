// Picks a checkpoint's questions with the game's seed: missed ones come back, due reviews next, then new ones, balanced across sections and types.
import type { LeitnerBoxes } from './leitner';
import { isDue } from './leitner';
import { prepareQuestion } from './prepare';
import { quizRng, shuffle, unit } from './rng';
import type { PreparedQuestion, QuizQuestion } from './types';

export interface CheckpointRequest {
  readonly seed: number;
  readonly checkpointIndex: number;
  readonly count: number;
  readonly bank: readonly QuizQuestion[];
  /** Every question already asked in this game (never asked again unless missed). */
  readonly askedThisGame: readonly string[];
  /** Asked this game and not yet answered fully right: they come back first. */
  readonly missedThisGame: readonly string[];
  readonly boxes: LeitnerBoxes;
}

export interface Checkpoint {
  readonly questions: readonly PreparedQuestion[];
}

// Priority tiers, far apart so that a tier always wins over balance; balance orders within a tier.
const TIER_WEIGHT = 1000;
const TIER = { missed: 0, due: 1, fresh: 2, seen: 3, extraMissed: 4 } as const;
// Balance penalties: another question from a section or type already picked in this checkpoint,
// and (more gently) from a section already asked earlier in this game.
const SAME_SECTION = 20;
const SAME_TYPE = 10;
const SECTION_ASKED_IN_GAME = 2;

/** At most half a checkpoint replays misses, so each checkpoint still brings new material. */
function missedCap(count: number): number {
  return Math.ceil(count / 2);
}

function tierOf(
  q: QuizQuestion,
  req: CheckpointRequest,
  missed: Set<string>,
  missedPicked: number,
): number {
  if (missed.has(q.id)) return missedPicked < missedCap(req.count) ? TIER.missed : TIER.extraMissed;
  if (isDue(req.boxes, q.id)) return TIER.due;
  return req.boxes.entries[q.id] === undefined ? TIER.fresh : TIER.seen;
}

function countBy<K>(values: readonly K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Deterministic for the same request: the seed and checkpoint index drive every tie-break. */
export function selectCheckpoint(req: CheckpointRequest): Checkpoint {
  const rng = quizRng(req.seed, req.checkpointIndex, 'select');
  const missed = new Set(req.missedThisGame);
  const asked = new Set(req.askedThisGame);
  const byId = new Map(req.bank.map((q) => [q.id, q]));
  const gameSections = countBy(
    req.askedThisGame.flatMap((id) => {
      const q = byId.get(id);
      return q === undefined ? [] : [q.section];
    }),
  );
  // One jitter per question, drawn in bank order, so ties break the same way on every screen.
  const pool = req.bank
    .filter((q) => !asked.has(q.id) || missed.has(q.id))
    .map((q) => ({ q, jitter: unit(rng) }));

  const picked: QuizQuestion[] = [];
  while (picked.length < req.count && pool.length > 0) {
    const sections = countBy(picked.map((q) => q.section));
    const types = countBy(picked.map((q) => q.type));
    const missedPicked = picked.filter((q) => missed.has(q.id)).length;
    let best = 0;
    let bestScore = Number.POSITIVE_INFINITY;
    pool.forEach(({ q, jitter }, index) => {
      const score =
        tierOf(q, req, missed, missedPicked) * TIER_WEIGHT +
        (sections.get(q.section) ?? 0) * SAME_SECTION +
        (types.get(q.type) ?? 0) * SAME_TYPE +
        (gameSections.get(q.section) ?? 0) * SECTION_ASKED_IN_GAME +
        jitter;
      if (score < bestScore) {
        bestScore = score;
        best = index;
      }
    });
    const [chosen] = pool.splice(best, 1);
    if (chosen !== undefined) picked.push(chosen.q);
  }
  // Shown in a seeded order, so replayed misses are not always first.
  const questions = shuffle(rng, picked).map((q) =>
    prepareQuestion(q, req.seed, req.checkpointIndex),
  );
  return { questions };
}
