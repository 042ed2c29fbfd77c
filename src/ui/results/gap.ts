// The gap between our AI capability and the US frontier, year by year: where it ended and where it came closest.
import {
  recordIndicators,
  shownFrontier,
  shownGap,
  shownIndicators,
  type YearRecord,
} from '../../sim';

export interface GapPoint {
  readonly year: number;
  /** Frontier minus capability, in points; negative when we are ahead. */
  readonly gap: number;
}

export interface GapSummary {
  readonly final: GapPoint;
  readonly closest: GapPoint;
}

/** Each year's gap as its year screen showed it: from the shown values, both rounded to 0.1. */
export function gapSeries(history: readonly YearRecord[]): GapPoint[] {
  return history.map((record) => ({
    year: record.year,
    gap: shownGap(shownFrontier(record), shownIndicators(record).capability),
  }));
}

/**
 * The gap the game ended with: the last year's values after its event, which the event's outcome card
 * showed (its report's values plus the outcome's numbers). Null for a game with no recorded year.
 */
export function endGap(history: readonly YearRecord[]): GapPoint | null {
  const last = history.at(-1);
  if (!last) return null;
  return { year: last.year, gap: shownGap(last.frontier, recordIndicators(last).capability) };
}

/** Null for a game with no recorded year. Ties for the closest go to the earliest year. */
export function gapSummary(history: readonly YearRecord[]): GapSummary | null {
  const series = gapSeries(history);
  const final = endGap(history);
  if (!final) return null;
  let closest = final;
  for (const point of series)
    if (point.gap < closest.gap || (point.gap === closest.gap && point.year < closest.year))
      closest = point;
  return { final, closest };
}

/** Which sentence describes a gap: "behind", "ahead" or "level" (within 0.05 points). */
export function gapSide(gap: number): 'behind' | 'ahead' | 'level' {
  if (Math.abs(gap) < 0.05) return 'level';
  return gap > 0 ? 'behind' : 'ahead';
}
