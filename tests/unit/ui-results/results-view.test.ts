// @vitest-environment happy-dom
// The results screen mounted on real finished games: tier, charts' tables, gap, mastery, debrief, buttons, language switch.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INDICATORS, eventShifts } from '../../../src/sim';
import { translateTree } from '../../../src/ui/dom';
import {
  mountResults,
  resultsAnnouncement,
  type ResultsData,
} from '../../../src/ui/results/results-view';
import type { Screen } from '../../../src/ui/screen-context';
import { finishedGame, makeContext, makeI18n } from './helpers';

const quiz: ResultsData['quiz'] = [
  { questionId: 'q1', section: 'dream-town', credit: 1 },
  { questionId: 'q2', section: 'dream-town', credit: 0 },
  { questionId: 'q3', section: 'dream-town', credit: 1 },
  { questionId: 'q4', section: 'players', credit: 0 },
  { questionId: 'q5', section: 'intro', credit: 1 },
];

let screen: Screen | null = null;
afterEach(() => {
  screen?.destroy();
  screen = null;
});

async function mount(state = finishedGame('adaptive', 1, 'easy'), answers = quiz) {
  const i18n = await makeI18n('en');
  const ctx = makeContext(i18n);
  const handlers = { onPlayAgainSameSeed: vi.fn(), onNewGame: vi.fn() };
  screen = mountResults(document.body, ctx, { state, quiz: answers }, handlers);
  const root = screen.element;
  const textOf = (selector: string) => root.querySelector(selector)?.textContent ?? '';
  return { i18n, ctx, handlers, root, textOf, state };
}

describe('the results screen', () => {
  it('gives a high score a top tier and an all-in game the lowest, with a badge and words', async () => {
    const high = await mount();
    // The adaptive player with a good quiz on easy: one of the top two tiers, whatever the exact score.
    expect(high.textOf('.score-tier')).toMatch(
      /^Tier [12] of 5: (Frontier challenger|Close rival)$/,
    );
    expect(high.root.querySelector('.tier-badge')?.getAttribute('aria-hidden')).toBe('true');
    screen?.destroy();
    const low = await mount(finishedGame('all-chips'));
    expect(low.textOf('.score-tier')).toBe('Tier 5 of 5: Stalled bet');
    // Mounting is silent (a reload must not replay the end); game-effects sends the fanfare and this line once.
    expect(low.ctx.cues).toEqual([]);
    expect(low.ctx.announced).toEqual([]);
    expect(resultsAnnouncement(finishedGame('all-chips'), low.ctx)).toMatch(
      /^Game over: [\d.,]+ points out of 1,000, tier “Stalled bet”\.$/,
    );
  });

  it('ends the capability table on the values after the last event, the ones the score uses', async () => {
    const state = Array.from({ length: 40 }, (_, i) => i + 1)
      .map((seed) => finishedGame('balanced', seed))
      .find((game) => {
        const last = game.history.at(-1);
        return last ? eventShifts(last).capability !== 0 : false;
      });
    if (!state) throw new Error('no game whose last event moved capability');
    const { root } = await mount(state);
    const rows = [
      ...(root.querySelector('.results-charts details table')?.querySelectorAll('tbody tr') ?? []),
    ];
    expect(rows).toHaveLength(state.history.length + 1);
    const cells = [...(rows.at(-1)?.children ?? [])].map((c) => c.textContent);
    expect(cells).toEqual([
      `End of game (after the ${state.lastYear} event)`,
      state.indicators.capability.toFixed(1),
      state.frontier.toFixed(1),
      (
        (Math.round(state.frontier * 10) - Math.round(state.indicators.capability * 10)) /
        10
      ).toFixed(1),
    ]);
  });

  it('has a data table with one row per year and the values its year screen showed', async () => {
    const { root, state } = await mount(finishedGame('balanced'));
    const fixed = (n: number) => n.toFixed(1);
    const table = root.querySelector('.results-charts details table');
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])];
    expect(rows).toHaveLength(state.history.length);
    state.history.forEach((record, i) => {
      const cells = [...(rows[i]?.children ?? [])].map((c) => c.textContent);
      // Before the year's event: the table must not show values no year screen showed.
      const capability = record.shown?.[INDICATORS.indexOf('capability')] ?? NaN;
      expect(cells.slice(0, 3)).toEqual([
        String(record.year),
        fixed(capability),
        fixed(record.shownFrontier ?? NaN),
      ]);
    });
    const svg = root.querySelector('svg[role="img"]');
    const ids = svg?.getAttribute('aria-labelledby')?.split(' ') ?? [];
    expect(ids.map((id) => document.getElementById(id)?.textContent)).toEqual([
      expect.stringContaining('AI capability against the US frontier, 2018–2030'),
      expect.stringMatching(/^AI capability went from/),
    ]);
    expect(root.querySelectorAll('.small-multiples svg[role="img"]')).toHaveLength(5);
  });

  it('says the final gap and the closest year in words', async () => {
    const { textOf, state } = await mount(finishedGame('balanced'));
    const gaps = state.history.map((r) => ({
      year: r.year,
      gap: Math.round((r.frontier - (r.indicators[0] ?? 0)) * 10) / 10,
    }));
    const final = gaps[gaps.length - 1];
    const closest = [...gaps].sort((a, b) => a.gap - b.gap || a.year - b.year)[0];
    expect(final?.gap).toBeGreaterThan(0);
    const en = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
    expect(textOf('.results-gap')).toContain(
      `In ${final?.year}, AI capability ended ${en.format(final?.gap ?? 0)} points behind the US frontier.`,
    );
    expect(textOf('.results-gap')).toContain(
      `The closest it came was ${en.format(closest?.gap ?? 0)} points behind, in ${closest?.year}.`,
    );
  });

  it('shows mastery per section, sections never asked, and points to the weakest section', async () => {
    const { root, textOf } = await mount();
    const row = (id: string) =>
      root.querySelector(`[data-section="${id}"] .mastery-text`)?.textContent;
    expect(row('dream-town')).toBe('Hangzhou’s Dream Town: 2 of 3 right (67%)');
    expect(row('challenges')).toBe(
      'The challenges and the road to 2025: no question asked in this game',
    );
    expect(textOf('.mastery-hint')).toContain('The major players');
    expect(textOf('.mastery-hint')).toContain('Read the source');
  });

  it('picks the white-elephant prompt when waste was high, not when it was low', async () => {
    const low = await mount(finishedGame('balanced'));
    expect(low.root.querySelector('[data-prompt="whiteElephant"]')).toBeNull();
    expect(low.root.querySelector('.debrief-list li:last-child')?.getAttribute('data-prompt')).toBe(
      'modelLimits',
    );
    screen?.destroy();
    const high = await mount(finishedGame('all-chips'));
    expect(high.textOf('[data-prompt="whiteElephant"]')).toMatch(/white elephants/);
    expect(high.root.querySelectorAll('.debrief-list li').length).toBeGreaterThanOrEqual(3);
  });

  it('calls the handlers from real buttons and shows the settings to repeat the game', async () => {
    const { root, handlers, textOf, state } = await mount();
    root.querySelector<HTMLButtonElement>('#results-again')?.click();
    root.querySelector<HTMLButtonElement>('#results-new')?.click();
    expect(handlers.onPlayAgainSameSeed).toHaveBeenCalledOnce();
    expect(handlers.onNewGame).toHaveBeenCalledOnce();
    expect(textOf('.replay-settings')).toBe(
      `Seed ${state.seed} · difficulty: easy · length: standard`,
    );
  });

  it('re-renders in French after a language switch, keeping open tables', async () => {
    const { i18n, root, textOf } = await mount(finishedGame('balanced'));
    const details = root.querySelector('details');
    if (details) details.open = true;
    await i18n.changeLanguage('fr');
    // One repaint of the page: bound keys and paint jobs alike, no screen-specific code.
    translateTree(root, (key, options) => i18n.t(key, options));
    expect(textOf('.results-title')).toBe('Résultats\u00a0: le bilan du pari de Pékin');
    expect(textOf('.results-gap')).toMatch(
      /En 2030, la capacité en IA termine à \d+(,\d)? points derrière la frontière américaine\./,
    );
    expect(textOf('#results-again')).toBe('Rejouer avec la même graine');
    expect(root.querySelector('details')?.open).toBe(true);
  });
});
