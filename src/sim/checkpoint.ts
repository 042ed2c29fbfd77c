// Quiz checkpoints: when they fall, and how graded answers become political capital.
import type { Scenario } from './content-types';
import { PARAMS } from './params';
import { isPillarId, type PillarId, type QuestionResult } from './pillars';
import type { GameState, SimError } from './types';

/** The checkpoint due after this year of the game, if any. */
export function checkpointDue(s: GameState, scenario: Scenario): GameState['checkpoint'] {
  const offset = s.year - s.firstYear;
  const index = scenario.checkpointAfter.indexOf(offset);
  return index < 0 ? null : { index, questionCount: scenario.questionsPerCheckpoint };
}

/** Null if the answers fit the checkpoint, else a typed error naming the first problem. */
export function checkResults(results: unknown, questionCount: number): SimError | null {
  if (!Array.isArray(results)) return { code: 'checkpoint/invalid-result', reason: 'not-an-array' };
  if (results.length !== questionCount) {
    return { code: 'checkpoint/wrong-count', expected: questionCount, received: results.length };
  }
  for (let i = 0; i < results.length; i++) {
    const r: unknown = results[i];
    if (typeof r !== 'object' || r === null) {
      return { code: 'checkpoint/invalid-result', index: i, reason: 'not-an-object' };
    }
    const { questionId, pillar, credit } = r as Record<string, unknown>;
    if (typeof questionId !== 'string') {
      return { code: 'checkpoint/invalid-result', index: i, reason: 'question-id' };
    }
    if (!isPillarId(pillar))
      return { code: 'checkpoint/invalid-result', index: i, reason: 'pillar' };
    if (typeof credit !== 'number' || !(credit >= 0 && credit <= 1)) {
      return { code: 'checkpoint/invalid-result', index: i, reason: 'credit' };
    }
  }
  return null;
}

/** A scenario's capital per unit of quiz credit (percent): its own, else PARAMS's. */
export function capitalPerCredit(scenario: Scenario): number {
  return scenario.capitalPerCredit ?? PARAMS.capitalPerCredit;
}

/**
 * Each answer feeds the political capital of the pillar its question is about: credit × 85 points
 * (a fully right answer makes that pillar's money go 85% further next year and lets its projects
 * absorb 85% more before they turn into white elephants; capital fades by 20% a year).
 */
export function earnCapital(
  capital: Record<PillarId, number>,
  results: readonly QuestionResult[],
  perCredit: number = PARAMS.capitalPerCredit,
): Record<PillarId, number> {
  const out = { ...capital };
  for (const r of results) out[r.pillar] += r.credit * perCredit;
  return out;
}
