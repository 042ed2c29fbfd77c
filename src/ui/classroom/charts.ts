// The dashboard's SVG charts: mean allocations by pillar as stacked bars with a pattern and a label per pillar, and score bands as labelled bars (nothing told by colour alone; a data table sits beside each).
import { PILLARS } from '../../sim';
import { h } from '../dom';
import { s } from '../results/svg';
import type { YearAllocation } from '../../services/classroom/aggregate';

/** One pattern per pillar, so the stacks read in black and white and for colour-blind viewers. */
function patterns(): SVGElement {
  const pattern = (id: string, ...marks: SVGElement[]) =>
    s(
      'pattern',
      { id: `pattern-${id}`, width: 8, height: 8, patternUnits: 'userSpaceOnUse' },
      s('rect', { width: 8, height: 8, fill: '#fff' }),
      ...marks,
    );
  const stroke = { stroke: '#1d1a2e', 'stroke-width': 1.6 };
  return s(
    'defs',
    {},
    pattern('chips', s('path', { d: 'M0 8L8 0M-2 2L2 -2M6 10L10 6', ...stroke })),
    pattern('incubators', s('circle', { cx: 4, cy: 4, r: 1.8, fill: '#1d1a2e' })),
    pattern('talent', s('path', { d: 'M0 2H8M0 6H8', ...stroke })),
    pattern('openSource', s('path', { d: 'M0 0L8 8M8 0L0 8', ...stroke })),
  );
}

/** A legend swatch with the pillar's pattern. */
function swatch(pillar: string): SVGSVGElement {
  return s(
    'svg',
    { viewBox: '0 0 16 11', 'aria-hidden': 'true', focusable: 'false' },
    s('rect', { width: 16, height: 11, class: `bar-${pillar}`, stroke: '#1d1a2e' }),
  );
}

export function allocationChart(
  label: string,
  years: readonly YearAllocation[],
  pillarNames: readonly string[],
  format: (n: number) => string,
): HTMLElement {
  const width = 760;
  const height = 320;
  const left = 44;
  const bottom = 28;
  const top = 12;
  const max = Math.max(1, ...years.map((y) => y.mean.reduce((a, b) => a + b, 0)));
  const slot = (width - left - 8) / Math.max(1, years.length);
  const barWidth = Math.min(56, slot * 0.7);
  const scale = (height - top - bottom) / max;
  const svg = s(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label },
    s('title', {}, label),
    s('line', { x1: left, y1: height - bottom, x2: width - 4, y2: height - bottom, class: 'axis' }),
    s('line', { x1: left, y1: top, x2: left, y2: height - bottom, class: 'axis' }),
    s('text', { x: left - 6, y: height - bottom, 'text-anchor': 'end' }, '0'),
    s('text', { x: left - 6, y: top + 10, 'text-anchor': 'end' }, format(max)),
  );
  years.forEach((year, i) => {
    const x = left + i * slot + (slot - barWidth) / 2;
    let y = height - bottom;
    PILLARS.forEach((pillar, p) => {
      const value = year.mean[p] ?? 0;
      const bar = value * scale;
      y -= bar;
      svg.append(
        s(
          'rect',
          {
            x,
            y,
            width: barWidth,
            height: Math.max(0, bar),
            class: `bar-${pillar}`,
            stroke: '#1d1a2e',
            'stroke-width': 1,
          },
          s('title', {}, `${year.year} · ${pillarNames[p] ?? pillar}: ${format(value)}`),
        ),
      );
      // The pillar's initial inside a tall enough segment, so the stack reads without the legend too.
      if (bar > 16)
        svg.append(
          s(
            'text',
            {
              x: x + barWidth / 2,
              y: y + bar / 2 + 4,
              'text-anchor': 'middle',
              class: 'bar-label',
              'aria-hidden': 'true',
            },
            (pillarNames[p] ?? pillar).slice(0, 1),
          ),
        );
    });
    svg.append(
      s(
        'text',
        { x: x + barWidth / 2, y: height - 10, 'text-anchor': 'middle' },
        String(year.year),
      ),
    );
  });
  const legend = h(
    'ul',
    { class: 'chart-legend' },
    ...PILLARS.map((pillar, p) =>
      h('li', {}, swatch(pillar), document.createTextNode(pillarNames[p] ?? pillar)),
    ),
  );
  // The legend's swatches need the patterns too: one hidden copy of the definitions.
  const defs = s(
    'svg',
    { width: 0, height: 0, 'aria-hidden': 'true', focusable: 'false', class: 'class-chart-defs' },
    patterns(),
  );
  return h('figure', { class: 'class-chart' }, svg, defs, legend);
}

export function bandChart(
  label: string,
  bands: readonly { label: string; count: number }[],
): HTMLElement {
  const width = 760;
  const row = 26;
  const left = 90;
  const height = bands.length * row + 8;
  const max = Math.max(1, ...bands.map((b) => b.count));
  const scale = (width - left - 60) / max;
  const svg = s(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label },
    s('title', {}, label),
  );
  bands.forEach((band, i) => {
    const y = 4 + i * row;
    svg.append(
      s('text', { x: left - 8, y: y + 16, 'text-anchor': 'end' }, band.label),
      s('rect', {
        x: left,
        y: y + 3,
        width: band.count * scale,
        height: row - 8,
        class: 'bar-plain',
      }),
      // The count is written at the end of each bar: the length is never the only signal.
      s('text', { x: left + band.count * scale + 6, y: y + 16 }, String(band.count)),
    );
  });
  return h('figure', { class: 'class-chart' }, svg);
}
