// The gap between our AI capability and the US frontier, year by year: where it ended and where it came closest.
import { recordIndicators, type YearRecord } from '../../sim';

export interface GapPoint {
  readonly year: number;
  /** Frontier minus capability, in points; negative when we are ahead. */
  readonly gap: number;
}

export interface GapSummary {
  readonly final: GapPoint;
  readonly closest: GapPoint;
}

export function gapSeries(history: readonly YearRecord[]): GapPoint[] {
  return history.map((record) => ({
    year: record.year,
    gap: Math.round((record.frontier - recordIndicators(record).capability) * 10) / 10,
  }));
}

/** Null for a game with no recorded year. Ties for the closest go to the earliest year. */
export function gapSummary(history: readonly YearRecord[]): GapSummary | null {
  const series = gapSeries(history);
  const final = series[series.length - 1];
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
