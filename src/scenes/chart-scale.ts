// Pure scaling for the capability chart: years to x and 0–100 values to y inside a rectangle (px).
import type { CapabilityPoint } from '../app/stage';
import type { Rect } from './city-layout';

export interface ChartScale {
  readonly firstYear: number;
  readonly lastYear: number;
  /** The plot area inside the panel (px), after padding. */
  readonly plot: Rect;
  x(year: number): number;
  y(value: number): number;
}

/**
 * The x axis always spans the whole game (so the line visibly grows towards the right edge), widened
 * if the history starts before firstYear (the starting point) or runs past lastYear.
 */
export function chartScale(
  rect: Rect,
  history: readonly CapabilityPoint[],
  firstYear: number,
  lastYear: number,
): ChartScale {
  const first = Math.min(firstYear, history[0]?.year ?? firstYear);
  const last = Math.max(lastYear, history.at(-1)?.year ?? lastYear, first + 1);
  // Padding (px) keeps markers and the icon column off the panel's rounded edges.
  const pad = Math.max(8, Math.round(Math.min(rect.width, rect.height) * 0.08));
  const plot: Rect = {
    x: rect.x + pad,
    y: rect.y + pad,
    width: rect.width - 2 * pad,
    height: rect.height - 2 * pad,
  };
  return {
    firstYear: first,
    lastYear: last,
    plot,
    x: (year) => plot.x + ((year - first) / (last - first)) * plot.width,
    y: (value) => plot.y + plot.height * (1 - Math.min(100, Math.max(0, value)) / 100),
  };
}

/** The point the growing end of a line has reached at animation time t (0–1), written into `out`. */
export function growingEnd(
  from: { x: number; y: number },
  to: { x: number; y: number },
  t: number,
  out: { x: number; y: number },
): { x: number; y: number } {
  out.x = from.x + (to.x - from.x) * t;
  out.y = from.y + (to.y - from.y) * t;
  return out;
}
