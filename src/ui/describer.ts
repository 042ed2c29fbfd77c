// Turns a resolved year into plain sentences for the screen and for screen readers: what moved, and mainly why.
import {
  INDICATORS,
  type Contribution,
  type GameState,
  type IndicatorId,
  type Indicators,
} from '../sim';
import type { Translate } from '../services/i18n';

/** Changes smaller than this (points) count as "held". */
const FLAT = 0.5;

/** The indicators before this year: last year's record, or the scenario's start values. */
export function previousIndicators(game: GameState, start: Readonly<Indicators>): Indicators {
  const last = game.history.at(-1);
  if (!last) return { ...start };
  const out = {} as Indicators;
  INDICATORS.forEach((id, i) => (out[id] = last.indicators[i] ?? start[id]));
  return out;
}

/** A year's overall direction: waste counts against, everything else for. */
export function yearMood(before: Indicators, after: Indicators): 'good' | 'bad' | 'mixed' {
  const net = INDICATORS.reduce(
    (sum, id) => sum + (id === 'waste' ? -1 : 1) * (after[id] - before[id]),
    0,
  );
  if (net > 2) return 'good';
  if (net < -1) return 'bad';
  return 'mixed';
}

/** One cause in plain words, e.g. "Last year's chip funding reaching the fabs: +4.1". */
export function describeCause(
  cause: Contribution,
  t: Translate,
  formatSigned: (n: number) => string,
): string {
  const value = formatSigned(cause.amount);
  if (cause.source.startsWith('event.')) {
    const title = t(`events:${cause.source.slice(6)}.title`);
    return t('model:trace.event', { title, value });
  }
  return t(`model:trace.${cause.source}`, { value });
}

export function describeYear(
  game: GameState,
  before: Indicators,
  t: Translate,
  formatSigned: (n: number) => string,
): string {
  const from = before.capability;
  const to = game.indicators.capability;
  const key =
    to - from > FLAT ? 'capabilityUp' : from - to > FLAT ? 'capabilityDown' : 'capabilityFlat';
  const sentences = [t(`game:describe.${key}`, { from, to, frontier: game.frontier })];
  const biggest = INDICATORS.reduce<IndicatorId>(
    (best, id) =>
      Math.abs(game.indicators[id] - before[id]) > Math.abs(game.indicators[best] - before[best])
        ? id
        : best,
    'capability',
  );
  const cause = game.lastTrace?.[biggest][0];
  if (cause && Math.abs(game.indicators[biggest] - before[biggest]) > FLAT) {
    sentences.push(
      t('game:describe.biggest', {
        indicator: t(`model:indicators.${biggest}.name`),
        change: game.indicators[biggest] - before[biggest],
        cause: describeCause(cause, t, formatSigned),
      }),
    );
  }
  sentences.push(t(`game:describe.${yearMood(before, game.indicators)}`));
  return sentences.join(' ');
}
