// @vitest-environment happy-dom
// The event card shows each decision's effects as numbers, and after a choice its outcome, which is sent only on Continue.
import { afterEach, describe, expect, it } from 'vitest';
import { eventForecast, type GameState } from '../../../src/sim';
import { formatNumber } from '../../../src/services/number-format';
import { mountEventScreen } from '../../../src/ui/screens/event-screen';
import type { Screen } from '../../../src/ui/screen-context';
import { env, playUntil } from '../../support/headless';
import { gameContext, makeGameI18n } from './helpers';

let screen: Screen | null = null;
afterEach(() => {
  screen?.destroy();
  screen = null;
});

/** The 2022 export-controls card of a short game. */
function exportControls(): GameState {
  const { session } = playUntil(
    { seed: 1, difficulty: 'normal', length: 'short' },
    (s) => s.session.game.phase === 'event',
  );
  if (session.game.event?.id !== 'export-controls') throw new Error('no export controls');
  return session.game;
}

async function mount(language: string) {
  const ctx = gameContext(await makeGameI18n(language));
  const game = exportControls();
  const chosen: string[] = [];
  screen = mountEventScreen(document.body, ctx, game, env.content, (id) => chosen.push(id));
  const options = game.event?.options ?? [];
  const numbers = (id: string) => {
    const n = eventForecast(game, env.content, 'export-controls', id);
    if (!n) throw new Error(`no forecast for ${id}`);
    return n;
  };
  return { chosen, options, numbers, card: () => screen?.element };
}

const lines = (root: Element | null | undefined, selector: string) =>
  [...(root?.querySelectorAll(`${selector} li .effect-text`) ?? [])].map((li) => li.textContent);

describe('the event card and its outcome', () => {
  it('shows the shock and each option as numbers per indicator (English)', async () => {
    const { card, options, numbers } = await mount('en');
    const shock = numbers(options[0] ?? '').shock;
    expect(shock.shifts.capability).toBeLessThan(0);
    expect(lines(card(), '.shock-effects')).toContain(
      `AI capability: ${formatNumber(shock.shifts.capability, 'signed', 'en')}`,
    );
    expect(lines(card(), '.shock-effects')).toContain(
      `Foreign advanced chips we can buy: ${formatNumber(Math.round(shock.access * 1000) / 10, 'signed', 'en')} percentage points`,
    );
    // Every option lists something: the student must never read "costly" without a number.
    for (const id of options) {
      const effects = card()?.querySelector(`#event-effects-${id} .option-effects`);
      expect(effects?.querySelectorAll('li').length).toBeGreaterThan(0);
    }
  });

  it('says good or bad with a mark and a word, not with colour alone', async () => {
    const { card } = await mount('en');
    const items = [...(card()?.querySelectorAll('.effects li') ?? [])];
    expect(items.length).toBeGreaterThan(2);
    for (const li of items) {
      const good = li.classList.contains('good');
      expect(li.querySelector('.effect-mark')?.textContent).toBe(good ? '✓' : '✗');
      expect(li.querySelector('.effect-mark')?.getAttribute('aria-hidden')).toBe('true');
      expect(li.querySelector('.visually-hidden')?.textContent?.trim()).toBe(
        good ? '(good for you)' : '(bad for you)',
      );
    }
    // The export controls cut capability: that line is marked bad.
    const capability = items.find((li) => li.textContent?.startsWith('✗AI capability'));
    expect(capability?.classList.contains('bad')).toBe(true);
  });

  it('turns into the outcome after a choice and sends the choice only on Continue', async () => {
    const { card, options, numbers, chosen } = await mount('en');
    const id = options[1] ?? '';
    card()?.querySelector<HTMLButtonElement>(`[aria-describedby="event-effects-${id}"]`)?.click();
    const outcome = card();
    expect(outcome?.classList.contains('event-outcome')).toBe(true);
    expect(outcome?.querySelector('h2')?.textContent).toBe('What your decision did');
    expect(document.activeElement).toBe(outcome?.querySelector('h2'));
    expect(chosen).toEqual([]);
    const total = numbers(id);
    expect(lines(outcome, '.total-effects')).toContain(
      `AI capability: ${formatNumber(total.shifts.capability, 'signed', 'en')}`,
    );
    outcome?.querySelector<HTMLButtonElement>('.button.primary')?.click();
    expect(chosen).toEqual([id]);
  });

  it('speaks French, with a no-break space before the colon', async () => {
    const { card, options, numbers } = await mount('fr');
    const id = options[0] ?? '';
    card()?.querySelector<HTMLButtonElement>(`[aria-describedby="event-effects-${id}"]`)?.click();
    const outcome = card();
    expect(outcome?.querySelector('h2')?.textContent).toBe('Ce qu’a fait votre décision');
    const capability = formatNumber(numbers(id).shifts.capability, 'signed', 'fr');
    expect(capability).toContain(',');
    expect(lines(outcome, '.total-effects')).toContain(`Capacité en IA\u00a0: ${capability}`);
    expect(outcome?.querySelector('.button.primary')?.textContent).toBe('Continuer');
  });

  it('says a boost lasting past the game runs "until the game ends", not until a year never played', async () => {
    const ctx = gameContext(await makeGameI18n('en'));
    const { session } = playUntil(
      { seed: 1, difficulty: 'normal', length: 'short' },
      (s) => s.session.game.phase === 'event' && s.session.game.event?.id === 'deepseek',
    );
    const game = session.game;
    screen = mountEventScreen(document.body, ctx, game, env.content, () => undefined);
    const open = lines(screen.element, '#event-effects-open-everything .option-effects');
    // DeepSeek (2025) boosts open source for 3 years; the short game ends in 2026.
    expect(open.some((l) => /until the game ends$/.test(l ?? ''))).toBe(true);
    expect(open.some((l) => /until 20\d\d/.test(l ?? ''))).toBe(false);
  });
});
