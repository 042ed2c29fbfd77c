// A whole short game with the keyboard alone, in French then English: every screen checked, pictured and audited.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { openSession, SCREENSHOT_DIR, waitForEngine, type Session } from './support/browser';
import { activate, pressTimes, tabTo } from './support/keyboard';
import { answerWithKeyboard, questionOnScreen } from './support/quiz-keyboard';
import { screenKind } from './support/screens';

type Tree = { [key: string]: string | Tree };
const locale = (lang: string, ns: string) =>
  JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8')) as Tree;
const lookup = (tree: Tree, path: string) =>
  path
    .split('.')
    .reduce<string | Tree | undefined>(
      (node, k) => (typeof node === 'object' ? node[k] : undefined),
      tree,
    );

let session: Session;
const audited = new Set<string>();
const pictured = new Set<string>();

async function audit(page: Page, name: string): Promise<void> {
  if (!pictured.has(name)) {
    pictured.add(name);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/game-${name}.png` });
  }
  if (audited.has(name)) return;
  audited.add(name);
  expect(await axeViolations(page, name)).toEqual([]);
}

const heading = (page: Page) => page.locator('.game-main h2, .game-main h1').first().innerText();

describe('a whole short game with the keyboard alone', () => {
  beforeAll(async () => {
    session = await openSession({ locale: 'fr-FR' });
    // Seed 22 puts all five question types in the short game’s two checkpoints (with this test’s
    // two-right-one-wrong answers; tests/unit/app/e2e-seed.test.ts re-checks it when questions change).
    await session.page.goto(`${session.baseUrl}?seed=22`);
    await waitForEngine(session.page);
  });
  afterAll(async () => {
    await session.close();
  });

  it('starts from the title in French and sets up a short game', async () => {
    const { page } = session;
    await activate(page, '#menu-newGame');
    await expect.poll(() => page.locator('#setup-title').innerText()).toBe('Nouvelle partie');
    await audit(page, 'setup');
    await tabTo(page, 'input[name="length"]');
    await page.keyboard.press('ArrowDown'); // Standard → Courte
    expect(await page.locator('input[value="short"]').isChecked()).toBe(true);
    await tabTo(page, '#setup-nickname');
    await page.keyboard.type('<img src=x onerror=alert(1)>Mei');
    await activate(page, '.setup button[type=submit]');
    await expect.poll(() => screenKind(page)).toBe('plan');
    expect(await page.locator('.hud-year').innerText()).toBe('Année 2022');
    expect(await page.locator('.hud-turn').innerText()).toBe('Tour 1 sur 5');
    // The nickname is shown as text, never as markup.
    expect(await page.locator('.hud-player').innerText()).toContain('<img src=x');
    expect(await page.locator('.hud img').count()).toBe(0);
  });

  it('refuses an incomplete budget, then commits one moved with the arrow keys', async () => {
    const { page } = session;
    await audit(page, 'plan');
    const forecastBefore = await page.locator('.forecast-list').innerText();
    await tabTo(page, '#plan-talent');
    await pressTimes(page, 'ArrowLeft', 5);
    expect(await page.locator('.meter-left').innerText()).toContain('Reste à allouer\u00a0: 0,5');
    expect(await page.locator('.forecast-list').innerText()).not.toBe(forecastBefore);
    await activate(page, '.plan button[type=submit]');
    expect(await page.locator('.form-error').innerText()).toContain(
      'Il reste 0,5\u00a0milliard à allouer',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-chips');
    await pressTimes(page, 'ArrowRight', 8); // 5 tenths from what is left, 3 taken from the others: still exactly full
    expect(await page.locator('.meter-left').innerText()).toContain('Tout le budget est alloué');
    await activate(page, '.plan button[type=submit]');
    await expect.poll(() => screenKind(page)).toBe('year');
  });

  it('plays every year, event and checkpoint to the results, switching to English mid-game', async () => {
    const { page } = session;
    const fr = { events: locale('fr', 'events'), game: locale('fr', 'game') };
    const en = { events: locale('en', 'events') };
    let lang = 'fr';
    let answered = 0;
    const verdicts: string[] = [];
    for (let step = 0; step < 120; step += 1) {
      const kind = await screenKind(page);
      if (kind === 'results') break;
      if (kind === 'year') {
        await audit(page, 'year');
        const year = await page.locator('.hud-year').innerText();
        expect(await heading(page)).toContain(year.replace(/\D/g, ''));
        const summary = await page.locator('.year-summary').innerText();
        expect(summary.length).toBeGreaterThan(10);
        // The screen reader hears the whole summary through the live region: the numbers, then the verdict.
        await expect.poll(() => page.locator('#announcer').innerText()).toMatch(/\d.*\d/);
        expect(await page.locator('#announcer').innerText()).toContain(summary);
        expect(await page.locator('.indicator-table tbody tr').count()).toBe(6);
        await activate(page, '.year .button.primary');
      } else if (kind === 'event') {
        await audit(page, 'event');
        const key =
          (await page.getAttribute('.event h2', 'data-i18n'))?.replace(/^events:/, '') ?? '';
        const expected = lookup(lang === 'fr' ? fr.events : en.events, key);
        expect(await heading(page)).toBe(expected);
        // Every decision lists its effects as numbers before the choice.
        expect(await page.locator('.option-effects').count()).toBe(
          await page.locator('.option-button').count(),
        );
        await activate(page, '.option-button');
      } else if (kind === 'event-outcome') {
        await audit(page, 'event-outcome');
        expect(await heading(page)).toMatch(/Ce qu’a fait votre décision|What your decision did/);
        expect(await page.locator('.total-effects li').count()).toBeGreaterThan(0);
        await activate(page, '.event-outcome .button.primary');
      } else if (kind === 'checkpoint-intro') {
        await audit(page, 'checkpoint-intro');
        await activate(page, '.checkpoint-intro .button.primary');
      } else if (kind === 'quiz') {
        const question = await questionOnScreen(page);
        await audit(page, `question-${question.type}`);
        const right = answered % 3 !== 1; // two right, one wrong, and so on
        await answerWithKeyboard(page, question, right);
        await activate(page, '.quiz-submit');
        const verdict = await page.locator('.quiz-feedback').getAttribute('data-verdict');
        verdicts.push(verdict ?? '');
        expect(verdict, `${question.id} answered ${right ? 'right' : 'wrong'}`).toBe(
          right ? 'correct' : verdict === 'partial' ? 'partial' : 'wrong',
        );
        expect(await page.locator('.quiz-quote-fr').innerText()).toBe(question.passage.quote);
        expect((await page.locator('.quiz-explanation').innerText()).length).toBeGreaterThan(20);
        await audit(page, `feedback-${question.type}`);
        answered += 1;
        expect(
          await page.evaluate(() => document.activeElement?.classList.contains('quiz-next')),
        ).toBe(true);
        await page.keyboard.press('Enter');
      } else if (kind === 'checkpoint-summary') {
        await audit(page, 'checkpoint-summary');
        expect(await heading(page)).toMatch(/Étape terminée|Checkpoint complete/);
        await activate(page, '.checkpoint-summary .button.primary');
        if (lang === 'fr') {
          // Mid-game: open Settings from the HUD, pick English, close with Escape.
          await activate(page, '.hud-button[data-i18n="game:hud.settings"]');
          await audit(page, 'settings');
          await tabTo(page, '#panel-settings input[name="language"]:checked');
          await page.keyboard.press('ArrowDown');
          await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
          await page.keyboard.press('Escape');
          lang = 'en';
          await expect.poll(() => page.locator('.hud-year').innerText()).toMatch(/^Year \d{4}$/);
          expect(await page.locator('.plan button[type=submit]').innerText()).toBe(
            'Commit the budget',
          );
        }
      } else if (kind === 'plan') {
        await activate(page, '.plan button[type=submit]');
      } else {
        throw new Error(`Unexpected screen: ${kind}`);
      }
      await page.waitForTimeout(50);
    }
    expect(await screenKind(page)).toBe('results');
    expect(answered).toBe(6);
    expect(verdicts).toContain('correct');
    expect(verdicts.some((v) => v !== 'correct')).toBe(true);
    expect([...audited].filter((name) => name.startsWith('question-')).sort()).toEqual(
      ['matching', 'multiple-choice', 'numeric', 'ordering', 'true-false'].map(
        (t) => `question-${t}`,
      ),
    );
    void fr.game;
    // A whole game with axe on every screen (event outcomes included): 35–50 s here on a clean clone, so its limit leaves over three times that.
  }, 180_000);

  it('ends on the results in English with the debrief and a way to play again', async () => {
    const { page } = session;
    await page.waitForTimeout(500);
    await audit(page, 'results');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/game-results-full.png`, fullPage: true });
    expect(await page.locator('.results h1').innerText()).toBe(
      "Results: how Beijing's bet played out",
    );
    expect(await page.getByRole('button', { name: 'Play again with the same seed' }).count()).toBe(
      1,
    );
    expect(await page.getByRole('button', { name: 'New game' }).count()).toBe(1);
    expect(session.problems).toEqual([]);
  });
});
