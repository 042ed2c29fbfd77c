// Turns a resolved year into plain sentences for the screen and for screen readers: what moved, and mainly why.
import {
  HELD_POINTS,
  INDICATORS,
  shownDifference,
  shownValues,
  yearMood,
  type Contribution,
  type GameState,
  type IndicatorId,
  type Indicators,
} from '../sim';
import type { Translate } from '../services/i18n';

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
  beforeRaw: Indicators,
  t: Translate,
  formatSigned: (n: number) => string,
): string {
  // The values the year table shows (to 0.1), so the sentence and the table never disagree.
  const before = shownValues(beforeRaw);
  const after = shownValues(game.indicators);
  const change = (id: IndicatorId) => shownDifference(after[id], before[id]);
  const from = before.capability;
  const to = after.capability;
  const key =
    to - from > HELD_POINTS
      ? 'capabilityUp'
      : from - to > HELD_POINTS
        ? 'capabilityDown'
        : 'capabilityFlat';
  const frontier = shownDifference(game.frontier, 0);
  const sentences = [t(`game:describe.${key}`, { from, to, frontier })];
  const biggest = INDICATORS.reduce<IndicatorId>(
    (best, id) => (Math.abs(change(id)) > Math.abs(change(best)) ? id : best),
    'capability',
  );
  const cause = game.lastTrace?.[biggest][0];
  if (cause && Math.abs(change(biggest)) > HELD_POINTS) {
    sentences.push(
      t('game:describe.biggest', {
        indicator: t(`model:indicators.${biggest}.name`),
        change: change(biggest),
        cause: describeCause(cause, t, formatSigned),
      }),
    );
  }
  sentences.push(t(`game:describe.${yearMood(before, after)}`));
  return sentences.join(' ');
}
