// The Results / debrief screen: score and tier, the gap to the US, charts, quiz mastery, discussion prompts, replay buttons.
import type { GameState } from '../../sim';
import type { Translate } from '../../services/i18n';
import { h, paint } from '../dom';
import type { Screen, UiContext } from '../screen-context';
import { chartsSection } from './charts-section';
import { debriefSection } from './debrief';
import { formats, type Formats } from './format';
import { gapSide, gapSummary } from './gap';
import { masteryBySection, weakestSection, type GradedAnswer } from './mastery-data';
import { masterySection } from './mastery';
import { scoreSection, tierName } from './score-section';
import './results.css';
import './charts.css';

export interface ResultsData {
  /** A finished game: phase 'end', score set. */
  state: GameState;
  /** Every graded answer of this game. */
  quiz: readonly GradedAnswer[];
}

export interface ResultsHandlers {
  onPlayAgainSameSeed(): void;
  onNewGame(): void;
}

/** The gap in words: where it ended, and the closest it came. */
export function gapSentences(state: GameState, t: Translate, f: Formats): string[] {
  const summary = gapSummary(state.history);
  if (!summary) return [];
  const { final, closest } = summary;
  const abs = (n: number) => f.decimal(Math.abs(n));
  return [
    t(`results:gap.final.${gapSide(final.gap)}`, { year: final.year, gap: abs(final.gap) }),
    t(`results:gap.closest.${gapSide(closest.gap)}`, { year: closest.year, gap: abs(closest.gap) }),
  ];
}

function gapSection(state: GameState, t: Translate, f: Formats): HTMLElement {
  return h(
    'section',
    { class: 'results-card results-gap', 'aria-labelledby': 'results-gap-heading' },
    h('h2', { id: 'results-gap-heading' }, document.createTextNode(t('results:gap.heading'))),
    ...gapSentences(state, t, f).map((sentence) =>
      h('p', { class: 'gap-sentence' }, document.createTextNode(sentence)),
    ),
  );
}

function replaySection(state: GameState, t: Translate, handlers: ResultsHandlers): HTMLElement {
  const again = h(
    'button',
    { type: 'button', id: 'results-again', class: 'button' },
    document.createTextNode(t('results:replay.sameSeed')),
  );
  const fresh = h(
    'button',
    { type: 'button', id: 'results-new', class: 'button secondary' },
    document.createTextNode(t('results:replay.newGame')),
  );
  again.addEventListener('click', () => handlers.onPlayAgainSameSeed());
  fresh.addEventListener('click', () => handlers.onNewGame());
  const settings = t('results:replay.settings', {
    seed: state.seed,
    difficulty: t(`results:replay.difficulty.${state.difficulty}`),
    length: t(`results:replay.length.${state.length}`),
  });
  return h(
    'section',
    { class: 'results-card results-replay', 'aria-labelledby': 'results-replay-heading' },
    h('h2', { id: 'results-replay-heading' }, document.createTextNode(t('results:replay.heading'))),
    h('p', { class: 'replay-settings' }, document.createTextNode(settings)),
    h('div', { class: 'replay-buttons' }, again, fresh),
  );
}

function render(
  root: HTMLElement,
  ctx: UiContext,
  data: ResultsData,
  handlers: ResultsHandlers,
): void {
  const { t } = ctx;
  const f = formats(ctx.language());
  const weakest = weakestSection(masteryBySection(data.quiz));
  root.replaceChildren(
    h(
      'h1',
      { id: 'results-title', class: 'results-title' },
      document.createTextNode(t('results:title')),
    ),
    h('p', { class: 'results-framing' }, document.createTextNode(t('results:framing'))),
    scoreSection(data.state, t, f),
    gapSection(data.state, t, f),
    chartsSection(data.state, t, f),
    masterySection(data.quiz, t, f),
    debriefSection(data.state, weakest, t, f),
    replaySection(data.state, t, handlers),
  );
}

/** What the live region says when a game ends (sent once, by game-effects.ts, never on a reload). */
export function resultsAnnouncement(state: GameState, ctx: UiContext): string {
  const f = formats(ctx.language());
  return ctx.t('results:announce', {
    score: f.decimal(state.score?.total ?? 0),
    max: f.integer(1000),
    tier: tierName(state, ctx.t),
  });
}

export function mountResults(
  container: HTMLElement,
  ctx: UiContext,
  data: ResultsData,
  handlers: ResultsHandlers,
): Screen {
  const element = h('section', {
    class: 'results',
    id: 'results',
    tabindex: '-1',
    'aria-labelledby': 'results-title',
  });
  // Everything here is interpolated, so a repaint rebuilds it; open tables and focus survive.
  paint(element, () => {
    const open = [...element.querySelectorAll('details')].map((d) => d.open);
    const focused = document.activeElement?.id;
    render(element, ctx, data, handlers);
    element.querySelectorAll('details').forEach((d, i) => (d.open = open[i] ?? false));
    if (focused && element.querySelector(`#${focused}`)) document.getElementById(focused)?.focus();
  });
  container.append(element);
  return {
    element,
    destroy() {
      element.remove();
    },
  };
}
