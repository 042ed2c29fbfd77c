// An accessible inline-SVG line chart: a heading and a text summary name it, series differ by colour, dash and marker.
import { h } from '../dom';
import { pathOf, pointsOf, tickYears, xScale, yScale, type Frame } from './chart-scale';
import { marker, s } from './svg';

export interface SeriesSpec {
  readonly label: string;
  readonly values: readonly number[];
  readonly dash: 'solid' | 'dashed';
  readonly marker: 'circle' | 'square';
  /** Sets the colour in results.css. */
  readonly className: string;
}

export interface ChartSpec {
  readonly id: string;
  readonly size: 'wide' | 'small';
  readonly heading: 'h3' | 'h4';
  readonly title: string;
  readonly summary: string;
  readonly years: readonly number[];
  readonly series: readonly SeriesSpec[];
  /** Axis titles; the small multiples share theirs in a note above the grid. */
  readonly axes?: { readonly x: string; readonly y: string };
  readonly format: (n: number) => string;
}

/** Room for tick labels and axis titles, in viewBox units; the SVG scales to its container. */
const FRAMES: Record<ChartSpec['size'], Frame> = {
  wide: { width: 360, height: 240, left: 50, right: 14, top: 12, bottom: 48 },
  small: { width: 220, height: 132, left: 32, right: 18, top: 10, bottom: 24 },
};
const Y_MAX = 100;

function axes(spec: ChartSpec, frame: Frame): SVGElement {
  const x = xScale(spec.years, frame);
  const y = yScale(Y_MAX, frame);
  const wide = spec.size === 'wide';
  const g = s('g', { class: 'axes', 'aria-hidden': 'true' });
  for (const value of wide ? [0, 25, 50, 75, 100] : [0, 50, 100]) {
    g.append(
      s('line', {
        class: 'grid',
        x1: frame.left,
        x2: frame.width - frame.right,
        y1: y(value),
        y2: y(value),
      }),
      s(
        'text',
        { class: 'tick', x: frame.left - 6, y: y(value) + 4, 'text-anchor': 'end' },
        spec.format(value),
      ),
    );
  }
  const bottom = frame.height - frame.bottom;
  for (const year of tickYears(spec.years, wide ? 7 : 3)) {
    g.append(
      s(
        'text',
        { class: 'tick', x: x(year), y: bottom + 17, 'text-anchor': 'middle' },
        String(year),
      ),
    );
  }
  g.append(
    s('line', {
      class: 'axis',
      x1: frame.left,
      x2: frame.width - frame.right,
      y1: bottom,
      y2: bottom,
    }),
  );
  if (spec.axes) {
    const midY = (frame.top + bottom) / 2;
    g.append(
      s(
        'text',
        {
          class: 'axis-title',
          x: (frame.left + frame.width - frame.right) / 2,
          y: frame.height - 6,
          'text-anchor': 'middle',
        },
        spec.axes.x,
      ),
      s(
        'text',
        {
          class: 'axis-title',
          x: 14,
          y: midY,
          'text-anchor': 'middle',
          transform: `rotate(-90 14 ${midY})`,
        },
        spec.axes.y,
      ),
    );
  }
  return g;
}

function series(spec: ChartSpec, frame: Frame, line: SeriesSpec): SVGElement {
  const points = pointsOf(spec.years, line.values, frame, Y_MAX);
  const size = spec.size === 'wide' ? 4.5 : 3.5;
  // Small multiples mark only the last year, where the eye looks for the outcome.
  const marked = spec.size === 'wide' ? points : points.slice(-1);
  return s(
    'g',
    { class: `series ${line.className} ${line.dash}` },
    s('path', { d: pathOf(points), class: 'line' }),
    ...marked.map((p) => marker(line.marker, p.x, p.y, size)),
  );
}

/** A legend entry draws the same dash and marker as its line, so it works in greyscale. */
function legend(spec: ChartSpec): HTMLElement {
  return h(
    'ul',
    { class: 'legend' },
    ...spec.series.map((line) =>
      h(
        'li',
        {},
        s(
          'svg',
          {
            viewBox: '0 0 40 14',
            width: 40,
            height: 14,
            'aria-hidden': 'true',
            focusable: 'false',
            class: `series ${line.className} ${line.dash}`,
          },
          s('path', { d: 'M2 7 L38 7', class: 'line' }),
          marker(line.marker, 20, 7, 4.5),
        ),
        document.createTextNode(line.label),
      ),
    ),
  );
}

export function lineChart(spec: ChartSpec): HTMLElement {
  const frame = FRAMES[spec.size];
  const titleId = `${spec.id}-title`;
  const summaryId = `${spec.id}-summary`;
  const svg = s(
    'svg',
    {
      viewBox: `0 0 ${frame.width} ${frame.height}`,
      role: 'img',
      'aria-labelledby': `${titleId} ${summaryId}`,
      class: `chart chart-${spec.size}`,
    },
    axes(spec, frame),
    ...spec.series.map((line) => series(spec, frame, line)),
  );
  return h(
    'figure',
    { class: `chart-figure chart-figure-${spec.size}` },
    h(spec.heading, { id: titleId, class: 'chart-title' }, document.createTextNode(spec.title)),
    // The chart says it to the eye; its sentence is for screen readers (and names the figure).
    h(
      'p',
      { id: summaryId, class: 'chart-summary visually-hidden' },
      document.createTextNode(spec.summary),
    ),
    spec.series.length > 1 ? legend(spec) : null,
    svg,
  );
}
