// A reload lands on the same screen in the same state at every phase of a game (a finished game: on the title), and replays none of its sounds or announcements.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { startShortGame } from './support/kill';
import { openSession, type Session } from './support/browser';
import { answerAnything, screenKind as kind, type ScreenKind } from './support/screens';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** What identifies the screen and its state, as the player sees it. */
const screenState = (page: Page) =>
  page.evaluate(() => ({
    heading: document.querySelector<HTMLElement>('.game-main h2, .game-main h1')?.innerText ?? '',
    // The HUD's facts, without the sound-cue badge that sits in its row for a moment.
    hud: [...(document.querySelector('.hud-status')?.children ?? [])]
      .filter((el) => !el.classList.contains('sound-cue'))
      .map((el) => (el as HTMLElement).innerText)
      .join('\n'),
    sliders: [...document.querySelectorAll<HTMLInputElement>('.plan input[type=range]')].map(
      (i) => i.value,
    ),
    verdict: document.querySelector('.quiz-feedback')?.getAttribute('data-verdict') ?? null,
  }));

/** Records every sound cue and live-region message from the first frame of each page load. */
const LISTEN = `(() => {
  window.__heard = [];
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver(() => {
      const region = document.getElementById('announcer');
      const text = region ? region.textContent : '';
      if (text) window.__heard.push('say:' + text);
      const cue = document.querySelector('.sound-cue.visible');
      if (cue) window.__heard.push('cue:' + cue.getAttribute('data-sound'));
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class'] });
  });
})()`;

const heard = (page: Page) =>
  page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);

type Target = Exclude<ScreenKind, 'none'> | 'feedback';

/** Plays a short game (seed 2) with plain clicks until the target screen shows. */
async function playTo(page: Page, target: Target): Promise<void> {
  for (let step = 0; step < 120; step += 1) {
    const k = await kind(page);
    const feedback = k === 'quiz' && (await page.$('.quiz-next')) !== null;
    if (target === 'feedback' ? feedback : k === target && !feedback) return;
    if (k === 'plan') await page.click('.plan button[type=submit]');
    else if (k === 'year') await page.click('.year .button.primary');
    else if (k === 'event') await page.click('.option-button');
    else if (k === 'event-outcome') await page.click('.event-outcome .button.primary');
    else if (k === 'checkpoint-intro') await page.click('.checkpoint-intro .button.primary');
    else if (k === 'checkpoint-summary') await page.click('.checkpoint-summary .button.primary');
    else if (k === 'quiz') await (feedback ? page.click('.quiz-next') : answerAnything(page));
    await page.waitForTimeout(30);
  }
  throw new Error(`never reached ${target}`);
}

const TARGETS: readonly Target[] = [
  'plan',
  'year',
  'event',
  'checkpoint-intro',
  'quiz',
  'feedback',
  'checkpoint-summary',
];

// The results case plays a whole game first (about 20 s here): each case gets three times its need.
// The longest case plays a whole short game first: about 25–35 s here, so the limit leaves three times that.
describe('a reload', { timeout: 120_000 }, () => {
  it.each([...TARGETS, 'results' as const])(
    'on the %s screen lands on the same screen and state (results: on the title), silently',
    async (target) => {
      // Reduced motion: the year animations (covered by city.e2e.ts) would only cost CPU here.
      session = await openSession({ locale: 'en-US', reducedMotion: 'reduce' });
      const { page } = session;
      await page.addInitScript(LISTEN);
      await startShortGame(page, `${session.baseUrl}?seed=2`);
      if (target === 'plan') {
        await page.focus('#plan-talent');
        await page.keyboard.press('ArrowLeft');
        await page.focus('#plan-chips');
        await page.keyboard.press('ArrowRight');
      }
      await playTo(page, target);
      if (target === 'results') {
        // A shared classroom computer: the next student reloads and sees the title, not the
        // previous results and not their end cue; "Continue" still opens them.
        await page.waitForTimeout(500);
        await page.reload();
        await page.locator('#menu-newGame').waitFor();
        await page.waitForTimeout(2_000);
        expect(await kind(page)).toBe('none');
        expect(await heard(page)).toEqual([]);
        await page.click('#menu-continue');
        await expect.poll(() => kind(page), { timeout: 15_000 }).toBe('results');
        expect(session.problems).toEqual([]);
        return;
      }
      // Drafts are written at most 300 ms after the last slider move; committed steps at once.
      await page.waitForTimeout(500);
      // The listener hears the game as it is played (its start at least): silence after the reload means something.
      expect((await heard(page)).length).toBeGreaterThan(0);
      const before = await screenState(page);
      await page.reload();
      await expect.poll(() => kind(page), { timeout: 15_000 }).not.toBe('none');
      await expect.poll(() => screenState(page), { timeout: 5_000 }).toEqual(before);
      // The keyboard starts on the screen's heading, not on <body>.
      expect(
        await page.evaluate(() => {
          const at = document.activeElement;
          return !!at?.matches('h1, h2') && !!at.closest('.game-main');
        }),
      ).toBe(true);
      // Longer than the announcer's delay and a cue's display time: anything replayed would show.
      await page.waitForTimeout(2_000);
      expect(await heard(page)).toEqual([]);
      expect(session.problems).toEqual([]);
    },
  );

  it('in the middle of a quiz answer keeps what was entered, as the budget sliders are kept', async () => {
    session = await openSession({ locale: 'en-US', reducedMotion: 'reduce' });
    const { page } = session;
    await startShortGame(page, `${session.baseUrl}?seed=2`);
    await playTo(page, 'quiz');
    // Whatever the question's type: tick the second choice, type a number, pick the first match.
    const entered = await page.evaluate(() => {
      const form = document.querySelector('.quiz-form');
      const radio = form?.querySelectorAll<HTMLInputElement>('input[type=radio]')[1];
      radio?.click();
      const number = form?.querySelector<HTMLInputElement>('input[type=number], input[inputmode]');
      if (number) {
        number.value = '7';
        number.dispatchEvent(new Event('input', { bubbles: true }));
      }
      const select = form?.querySelector<HTMLSelectElement>('select');
      if (select) {
        select.selectedIndex = 1;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
      const down = form?.querySelector<HTMLButtonElement>('[data-direction="down"]');
      down?.click();
      return form?.querySelector('.quiz-ordering') ? 'ordering' : 'inputs';
    });
    const state = () =>
      page.evaluate(() => {
        const form = document.querySelector('.quiz-form');
        return {
          checked: [...(form?.querySelectorAll<HTMLInputElement>('input:checked') ?? [])].map(
            (i) => i.id,
          ),
          values: [
            ...(form?.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
              'input:not([type=radio]), select',
            ) ?? []),
          ].map((i) => i.value),
          order: [...(form?.querySelectorAll<HTMLElement>('.quiz-ordering [data-item]') ?? [])].map(
            (r) => r.dataset.item,
          ),
        };
      });
    const before = await state();
    expect(
      entered === 'ordering' || before.checked.length + before.values.filter(Boolean).length > 0,
    ).toBe(true);
    await page.reload();
    await page.locator('.quiz-form').waitFor({ timeout: 15_000 });
    await expect.poll(state, { timeout: 5_000 }).toEqual(before);
    expect(session.problems).toEqual([]);
  });

  // The outcome is a view of the choice, sent on Continue: a reload there shows the card again, undecided.
  it('on an event outcome lands on the same event card, with nothing chosen yet', async () => {
    session = await openSession({ locale: 'en-US' });
    const { page } = session;
    await startShortGame(page, `${session.baseUrl}?seed=2`);
    await playTo(page, 'event');
    const title = await page.locator('.event h2').innerText();
    await page.click('.option-button');
    expect(await kind(page)).toBe('event-outcome');
    await page.reload();
    await expect.poll(() => kind(page), { timeout: 15_000 }).toBe('event');
    expect(await page.locator('.event h2').innerText()).toBe(title);
    expect(await page.locator('.option-button:not([disabled])').count()).toBeGreaterThan(1);
    expect(session.problems).toEqual([]);
  });
});
