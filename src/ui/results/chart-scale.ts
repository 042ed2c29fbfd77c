// Pure chart geometry: linear scales, SVG paths and the year ticks that fit a narrow screen.

/** The plot area inside an SVG viewBox, in user units. */
export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Maps [d0, d1] onto [r0, r1]; a zero-width domain maps to the middle of the range. */
export function scaleLinear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

export function xScale(years: readonly number[], frame: Frame): (year: number) => number {
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  return scaleLinear(first, last, frame.left, frame.width - frame.right);
}

/** Values 0..yMax, drawn upwards. */
export function yScale(yMax: number, frame: Frame): (value: number) => number {
  return scaleLinear(0, yMax, frame.height - frame.bottom, frame.top);
}

/** Rounded to 0.1 user units: shorter paths, no visible difference. */
export function pointsOf(
  years: readonly number[],
  values: readonly number[],
  frame: Frame,
  yMax: number,
): Point[] {
  const x = xScale(years, frame);
  const y = yScale(yMax, frame);
  const r = (v: number) => Math.round(v * 10) / 10;
  return years.map((year, i) => ({
    x: r(x(year)),
    y: r(y(Math.min(yMax, Math.max(0, values[i] ?? 0)))),
  }));
}

export function pathOf(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
}

/** At most `max` years, always the first and the last, evenly stepped. */
export function tickYears(years: readonly number[], max: number): number[] {
  if (years.length <= max) return [...years];
  const step = Math.ceil((years.length - 1) / (max - 1));
  const ticks = years.filter((_, i) => i % step === 0);
  const last = years[years.length - 1];
  if (last !== undefined && ticks[ticks.length - 1] !== last) {
    // Drop a tick too close to the last one so labels never collide.
    if (
      ticks.length > 1 &&
      years.indexOf(last) - years.indexOf(ticks[ticks.length - 1] ?? last) < step / 2 + 1
    )
      ticks.pop();
    ticks.push(last);
  }
  return ticks;
}
