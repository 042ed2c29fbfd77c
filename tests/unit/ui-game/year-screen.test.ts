// @vitest-environment happy-dom
// The year report names last year's event in "Why it changed", with the points it moved, and folds the long cause list.
import { afterEach, describe, expect, it } from 'vitest';
import { eventShifts, previousIndicators } from '../../../src/sim';
import { formatNumber } from '../../../src/services/number-format';
import { mountYearScreen } from '../../../src/ui/screens/year-screen';
import type { Screen } from '../../../src/ui/screen-context';
import { env, playUntil } from '../../support/headless';
import { gameContext, makeGameI18n } from './helpers';

let screen: Screen | null = null;
afterEach(() => {
  screen?.destroy();
  screen = null;
});

/** The 2023 report of a short game: 2022 brought the US export controls. */
function report2023() {
  const { session } = playUntil(
    { seed: 1, difficulty: 'normal', length: 'short' },
    (s) => s.session.game.phase === 'resolve' && s.session.game.year === 2023,
  );
  const game = session.game;
  const record = game.history.at(-1);
  if (!record || record.eventId !== 'export-controls') throw new Error('no 2022 export controls');
  return { game, record };
}

async function mount(language: string) {
  const ctx = gameContext(await makeGameI18n(language));
  const { game, record } = report2023();
  const before = previousIndicators(game, env.content.scenarios.short.start);
  screen = mountYearScreen(document.body, ctx, game, before, () => undefined);
  return { root: screen.element, record };
}

describe('the year report after an event', () => {
  // The event's lines read like the outcome card's, so the student recognises the same numbers.
  const eventLines = (root: HTMLElement) =>
    [...root.querySelectorAll('.event-causes li')].map((li) => li.textContent ?? '');

  it('names last year\u2019s event, with its points, as already in "Before" (English)', async () => {
    const { root, record } = await mount('en');
    const shifts = eventShifts(record);
    expect(shifts.capability).toBeLessThan(0);
    expect(root.querySelector('.event-causes p')?.textContent).toBe(
      'The 2022 event, US export controls on Nvidia chips, already in “Before”:',
    );
    expect(eventLines(root)).toContain(
      `AI capability: ${formatNumber(shifts.capability, 'signed', 'en')}`,
    );
    // One line per indicator the event moved, none for the others.
    const moved = Object.values(shifts).filter((v) => v !== 0).length;
    expect(eventLines(root)).toHaveLength(moved);
  });

  it('says the same in French, with French typography', async () => {
    const { root, record } = await mount('fr');
    const value = formatNumber(eventShifts(record).capability, 'signed', 'fr');
    expect(value).toContain(',');
    expect(eventLines(root)).toContain(`Capacité en IA\u00a0: ${value}`);
    expect(root.querySelector('.event-causes p')?.textContent).toBe(
      'L’événement de 2022, Contrôles américains sur les puces Nvidia, déjà dans «\u00a0Avant\u00a0»\u00a0:',
    );
  });

  it('shows three causes and folds the rest in a "more" disclosure', async () => {
    const { root } = await mount('en');
    const why = root.querySelector('[aria-labelledby="why-title"]');
    expect(why?.querySelectorAll(':scope > ul.causes > li')).toHaveLength(3);
    const more = why?.querySelector('details.more-causes');
    expect(more?.querySelector('summary')?.textContent).toMatch(/^More causes \(\d+\)$/);
    expect(more?.querySelectorAll('li').length).toBeGreaterThan(0);
  });

  it('computes the shown change and gap from the shown values', async () => {
    const { root } = await mount('en');
    const row = root.querySelector('tbody tr');
    const [before, after, change] = [...(row?.querySelectorAll('td') ?? [])].map((td) =>
      Number(td.textContent?.replace(/[▲▼=\s]/g, '').replace('−', '-')),
    );
    expect(Math.round(((after ?? 0) - (before ?? 0)) * 10)).toBe(Math.round((change ?? NaN) * 10));
  });
});
