// The score card: total out of 1000, the tier with its badge (shape + rank, never colour alone) and the breakdown per indicator.
import { INDICATORS, type GameState, type ScoreBreakdown } from '../../sim';
import type { Translate } from '../../services/i18n';
import { h } from '../dom';
import { dataTable, scrollBox } from './data-table';
import type { Formats } from './format';
import { TIERS, tierOf, type Tier, type TierShape } from './score-tier';
import { s } from './svg';

const SHAPES: Record<TierShape, string> = {
  star: 'M32 4l7.6 17.2 18.7 1.9-14 12.5 4 18.4L32 44.6 15.7 54l4-18.4-14-12.5 18.7-1.9z',
  diamond: 'M32 4l26 28-26 28L6 32z',
  hexagon: 'M32 4l24 14v28L32 60 8 46V18z',
  triangle: 'M32 6l27 50H5z',
  circle: 'M32 6a26 26 0 1 0 0.01 0z',
};

/** A decorative badge: the text next to it says the same thing. */
function badge(tier: Tier): SVGSVGElement {
  return s(
    'svg',
    {
      viewBox: '0 0 64 64',
      class: `tier-badge tier-${tier.id}`,
      'aria-hidden': 'true',
      focusable: 'false',
    },
    s('path', { d: SHAPES[tier.shape], class: 'tier-shape' }),
    s(
      'text',
      {
        x: 32,
        y: tier.shape === 'triangle' ? 47 : 40,
        'text-anchor': 'middle',
        class: 'tier-rank',
      },
      String(tier.rank),
    ),
  );
}

function breakdown(
  state: GameState,
  score: ScoreBreakdown,
  t: Translate,
  f: Formats,
): HTMLTableElement {
  // Waste is shown as a cost; a zero is plain 0, never "-0".
  const signed = (n: number) => (n > 0 ? `+${f.fixed(n)}` : n < 0 ? f.fixed(n) : f.integer(0));
  const rows = INDICATORS.map((id) => [
    t(id === 'capability' ? 'results:score.gapRow' : `results:indicators.${id}`),
    id === 'capability'
      ? t('results:score.gapValue', {
          capability: f.decimal(state.indicators.capability),
          frontier: f.decimal(state.frontier),
        })
      : f.fixed(state.indicators[id]),
    signed(score[id]),
  ]);
  rows.push([t('results:score.totalRow'), '', f.fixed(score.total)]);
  return dataTable(
    // The last year's event came after its year screen: say these are the values after it.
    t('results:score.breakdownCaption', { year: state.history.at(-1)?.year ?? state.lastYear }),
    [t('results:score.colIndicator'), t('results:score.colFinal'), t('results:score.colPoints')],
    rows,
  );
}

export function scoreSection(state: GameState, t: Translate, f: Formats): HTMLElement {
  const score = state.score ?? {
    capability: 0,
    chipAutonomy: 0,
    ecosystem: 0,
    talent: 0,
    influence: 0,
    waste: 0,
    total: 0,
  };
  const tier = tierOf(score.total, state);
  const name = t(`results:tiers.${tier.id}.name`);
  return h(
    'section',
    { class: 'results-card results-score', 'aria-labelledby': 'results-score-heading' },
    h('h2', { id: 'results-score-heading' }, document.createTextNode(t('results:score.heading'))),
    h(
      'div',
      { class: 'score-head' },
      badge(tier),
      h(
        'div',
        {},
        h(
          'p',
          { class: 'score-total' },
          document.createTextNode(
            t('results:score.total', { score: f.decimal(score.total), max: f.integer(1000) }),
          ),
        ),
        h(
          'p',
          { class: 'score-tier', 'data-tier': tier.id },
          document.createTextNode(
            t('results:score.tier', { rank: tier.rank, count: TIERS.length, name }),
          ),
        ),
        h(
          'p',
          { class: 'score-tier-text' },
          document.createTextNode(t(`results:tiers.${tier.id}.text`)),
        ),
      ),
    ),
    h('p', { class: 'results-note' }, document.createTextNode(t('results:score.tierNote'))),
    scrollBox(breakdown(state, score, t, f)),
  );
}

/** The tier's name, for the announcement. */
export function tierName(state: GameState, t: Translate): string {
  const tier = tierOf(state.score?.total ?? 0, state);
  return t(`results:tiers.${tier.id}.name`);
}
