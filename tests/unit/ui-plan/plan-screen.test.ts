// @vitest-environment happy-dom
// The plan screen: where you stand beside the forecast (EN and FR), a raise on a full budget, one short message per slider move, the pillar notes folded after the first year.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultContent } from '../../../src/content';
import { INDICATORS, PILLARS, newGame, type Allocation, type GameState } from '../../../src/sim';
import { remaining } from '../../../src/sim/budget';
import { translateTree } from '../../../src/ui/dom';
import { mountPlanScreen } from '../../../src/ui/screens/plan-screen';
import type { Screen, UiContext } from '../../../src/ui/screen-context';
import { gameContext, makeGameI18n } from '../ui-game/helpers';

const locale = (lang: string, ns: string) =>
  JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8')) as {
    indicators: Record<string, { name: string }>;
  };

const makeContext = async (language: string): Promise<UiContext> =>
  gameContext(await makeGameI18n(language));

let screen: Screen | null = null;
afterEach(() => {
  screen?.destroy();
  screen = null;
});

const opening = (): GameState =>
  newGame({ seed: 1, difficulty: 'normal', length: 'standard' }, defaultContent);

async function mount(language = 'en', game = opening(), draft: Allocation | null = null) {
  const ctx = await makeContext(language);
  const onDraft = vi.fn<(a: Allocation) => void>();
  screen = mountPlanScreen(document.body, ctx, game, draft, { onDraft, onCommit: () => null });
  const root = screen.element;
  const slider = (pillar: string) => {
    const input = root.querySelector<HTMLInputElement>(`#plan-${pillar}`);
    if (!input) throw new Error(`no slider ${pillar}`);
    return input;
  };
  /** What a key press does to a range input: a new value, then an input event. */
  const move = (pillar: string, value: number) => {
    slider(pillar).value = String(value);
    slider(pillar).dispatchEvent(new Event('input', { bubbles: true }));
  };
  return { root, game, ctx, onDraft, slider, move };
}

/**
 * New text in live regions (aria-live, status, alert): what a screen reader speaks. A removal alone is
 * silent (and happy-dom reports a textContent write as a removal plus an addition).
 */
function watchLiveRegions(root: HTMLElement) {
  const observer = new MutationObserver(() => undefined);
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  const live = (node: Node | null): boolean => {
    const element = node instanceof Element ? node : node?.parentElement;
    return !!element?.closest('[aria-live], [role="status"], [role="alert"], [role="log"]');
  };
  return {
    take: () =>
      observer
        .takeRecords()
        .filter(
          (record) =>
            live(record.target) &&
            (record.type === 'characterData' || record.addedNodes.length > 0),
        ),
    stop: () => observer.disconnect(),
  };
}

describe('the plan screen', () => {
  it.each([
    ['en', 'Gap to the US frontier (', '): '],
    ['fr', 'Écart avec la frontière américaine (', ')\u00a0: '],
  ])(
    'shows where you stand in %s: each level by name, and the gap to the US',
    async (lang, us, gapText) => {
      const { root, game } = await mount(lang);
      const names = locale(lang, 'model').indicators;
      const rows = [...root.querySelectorAll('.stand-table tbody tr')];
      expect(rows).toHaveLength(INDICATORS.length);
      INDICATORS.forEach((id, i) => {
        const row = rows[i];
        if (!row) throw new Error(`no row for ${id}`);
        // The row's header is the indicator's name, as everywhere else in the game.
        expect(row.querySelector('th[scope="row"]')?.textContent).toContain(
          names[id]?.name ?? `missing ${id}`,
        );
        expect(row.querySelector('td.level')?.textContent).toBe(
          String(Math.round(game.indicators[id])),
        );
        expect(row.querySelector('td.change')?.textContent).toMatch(/[+−-]?\d/);
      });
      const heads = [...root.querySelectorAll('.stand-table thead th')].map((th) => th.textContent);
      expect(heads).toHaveLength(3);
      const gap = Math.round(game.frontier) - Math.round(game.indicators.capability);
      expect(gap).toBeGreaterThan(0);
      const line = root.querySelector('.frontier-line')?.textContent ?? '';
      expect(line).toContain(`${us}${Math.round(game.frontier)}${gapText}${gap} points`);
      // Text, not only the canvas: nothing here is hidden from screen readers.
      expect(root.querySelector('.forecast')?.closest('[aria-hidden="true"]')).toBeNull();
    },
  );

  it('takes a raise on a full budget evenly from the other pillars, and keeps the draft', async () => {
    const { slider, move, onDraft, game } = await mount();
    const before = Object.fromEntries(PILLARS.map((p) => [p, Number(slider(p).value)]));
    expect(PILLARS.reduce((sum, p) => sum + (before[p] ?? 0), 0)).toBeCloseTo(game.budget, 9);
    move('chips', (before.chips ?? 0) + 0.3);
    const draft = onDraft.mock.lastCall?.[0];
    if (!draft) throw new Error('no draft');
    expect(draft.chips).toBeCloseTo((before.chips ?? 0) + 0.3, 9);
    for (const p of PILLARS.filter((q) => q !== 'chips')) {
      expect(draft[p]).toBeCloseTo((before[p] ?? 0) - 0.1, 9);
      expect(Number(slider(p).value)).toBeCloseTo(draft[p], 9);
    }
    expect(remaining(draft, game.budget)).toBe(0);
  });

  it('adds at most one short live message per slider move, and none that repeats', async () => {
    const { root, slider, move } = await mount();
    const live = watchLiveRegions(document.body);
    expect(root.querySelector('.meter-left')?.hasAttribute('aria-live')).toBe(false);
    const start = Number(slider('talent').value);
    move('talent', start + 0.1);
    const first = live.take();
    expect(first).toHaveLength(1);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Taken evenly from the other pillars.',
    );
    // The same news again would only talk over the slider's own value text.
    move('talent', start + 0.2);
    expect(live.take()).toHaveLength(0);
    move('chips', Number(slider('chips').value) - 0.5);
    expect(live.take()).toHaveLength(1);
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/^Left to allocate: 0\.5/);
    move('chips', Number(slider('chips').value) - 0.1);
    expect(live.take()).toHaveLength(1);
    // A move the slider cannot make (already at 0) says nothing.
    move('openSource', 0);
    live.take();
    move('openSource', 0);
    expect(live.take()).toHaveLength(0);
    live.stop();
  });

  it('folds the pillar notes after the first year, and still describes each slider', async () => {
    const first = await mount();
    translateTree(document.body, first.ctx.t);
    const notes = first.root.querySelector('details.pillar-notes');
    expect(notes?.hasAttribute('open')).toBe(true);
    for (const p of PILLARS) {
      const id = first.slider(p).getAttribute('aria-describedby');
      expect(first.root.querySelector(`#${id}`)?.textContent).toMatch(/\w{4,}/);
    }
    screen?.destroy();
    const later = { ...opening(), year: opening().year + 1 };
    const next = await mount('en', later);
    expect(next.root.querySelector('details.pillar-notes')?.hasAttribute('open')).toBe(false);
  });
});
