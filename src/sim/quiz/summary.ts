// Small read-only summaries of graded results for the simulation's and the debrief's use; the capital formula itself belongs to the simulation.
import { PILLARS, type PillarId, type QuestionResult } from '../pillars';

/** Sum of credit earned per pillar (each answer is worth 0..1). */
export function creditByPillar(results: readonly QuestionResult[]): Record<PillarId, number> {
  const totals = Object.fromEntries(PILLARS.map((p) => [p, 0])) as Record<PillarId, number>;
  for (const result of results) totals[result.pillar] += result.credit;
  return totals;
}

/** Mean credit, 0..1 (0 for no answers): the "quiz mastery" shown at the end. */
export function mastery(results: readonly QuestionResult[]): number {
  if (results.length === 0) return 0;
  return results.reduce((sum, r) => sum + r.credit, 0) / results.length;
}
