// The title screen in a real Chromium: both languages, keyboard only, accessibility, and usable before Phaser loads.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { openSession, SCREENSHOT_DIR, waitForEngine, type Session } from './support/browser';

const MENU = ['newGame', 'continue', 'players', 'join', 'teacher', 'source', 'settings'];
let session: Session | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** What the focused element is, in words a test can compare. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    return el.id || el.dataset.language || el.className || el.tagName;
  });
}

describe.each([
  {
    locale: 'fr-FR',
    lang: 'fr',
    heading: 'Le Pari de Pékin',
    newGame: 'Nouvelle partie',
    titleWord: 'Pari',
  },
  { locale: 'en-US', lang: 'en', heading: "Beijing's Bet", newGame: 'New game', titleWord: 'Bet' },
])('title screen for a $locale browser', ({ locale, lang, heading, newGame, titleWord }) => {
  it('opens in the browser language, passes axe, and starts the scene only for a game', async () => {
    session = await openSession({ locale });
    const { page } = session;
    await page.goto(session.baseUrl);
    await expect.poll(() => page.locator('h1 .title-main').textContent()).toBe(heading);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.title()).toContain(titleWord);
    expect(await page.locator('#menu-newGame .menu-label').textContent()).toBe(newGame);
    // The idle title downloads the engine but neither evaluates nor draws it.
    expect(await waitForEngine(page)).toBe('standby');
    expect(await page.locator('#stage canvas').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/title-${lang}.png` });
    expect(await axeViolations(page)).toEqual([]);
    // Heading for a game starts it, with the progress bar on the setup screen.
    await page.click('#menu-newGame');
    await page.locator('#setup-title').waitFor();
    expect(await page.locator('main.setup-screen .engine-progress').count()).toBe(1);
    expect(await waitForEngine(page)).toBe('ready');
    expect(await page.locator('#stage canvas').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});

describe('title screen', () => {
  it('falls back to English for a browser in another language, and keeps a remembered choice', async () => {
    session = await openSession({ locale: 'de-DE' });
    const { page } = session;
    await page.goto(session.baseUrl);
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await page.click('button[data-language="fr"]');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('fr');
    await page.reload();
    await expect.poll(() => page.locator('h1 .title-main').textContent()).toBe('Le Pari de Pékin');
    expect(session.problems).toEqual([]);
  });

  it('reaches every control with Tab, in order, with a visible focus ring', async () => {
    session = await openSession({ locale: 'en-US' });
    const { page } = session;
    await page.goto(session.baseUrl);
    await page.locator('#menu-settings').waitFor();
    const order: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
      const outline = await page.evaluate(
        () => getComputedStyle(document.activeElement as Element).outlineStyle,
      );
      expect(outline, `focus ring on ${order.at(-1)}`).not.toBe('none');
    }
    expect(order).toEqual(['skip-link', 'fr', 'en', ...MENU.map((entry) => `menu-${entry}`)]);
  });

  it('switches language with the keyboard, in place, and tells the screen reader', async () => {
    session = await openSession({ locale: 'en-US' });
    const { page } = session;
    await page.goto(session.baseUrl);
    await page.locator('#menu-newGame').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // the "Français" button
    expect(await focused(page)).toBe('fr');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.title()).toContain('Le Pari de Pékin');
    expect(await page.locator('#menu-newGame .menu-label').textContent()).toBe('Nouvelle partie');
    expect(await page.getAttribute('button[data-language="fr"]', 'aria-pressed')).toBe('true');
    expect(await focused(page)).toBe('fr'); // re-rendered in place: focus did not move
    await expect
      .poll(() => page.locator('#announcer').textContent())
      .toBe('Langue\u00a0: français');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // "English"
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(session.problems).toEqual([]);
  });

  it('opens a panel for every menu entry, never a dead button, and returns focus on Escape', async () => {
    session = await openSession({ locale: 'en-US' });
    const { page } = session;
    await page.goto(session.baseUrl);
    // With no saved game, "Continue" is marked unavailable and says why, before anything is pressed.
    await expect
      .poll(() => page.getAttribute('#menu-continue', 'aria-disabled'), { timeout: 10_000 })
      .toBe('true');
    expect(await page.locator('#menu-continue-hint').innerText()).toBe('No saved game yet');
    // "New game" opens the setup screen; with no game in progress, "Continue" says so in a panel.
    for (const entry of MENU.filter((e) => e !== 'newGame')) {
      await page.focus(`#menu-${entry}`);
      await page.keyboard.press('Enter');
      const dialog = page.locator(`#panel-${entry}`);
      // "Continue" first loads the game's runtime chunk, which a busy machine may take a while to do.
      await expect
        .poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open), { timeout: 10_000 })
        .toBe(true);
      const title = await dialog.locator('h2').textContent();
      expect(title?.length, `${entry} panel has a heading`).toBeGreaterThan(2);
      expect(await dialog.locator('.panel-body').textContent()).not.toBe('');
      if (['settings', 'source', 'players'].includes(entry))
        expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      expect(await focused(page)).toBe(`menu-${entry}`);
    }
    expect(session.problems).toEqual([]);
  });

  it('skips to the main content on the title, the setup and the game screens', async () => {
    session = await openSession({ locale: 'en-US' });
    const { page } = session;
    await page.goto(session.baseUrl);
    await page.locator('#menu-newGame').waitFor();
    const link = page.locator('.skip-link');
    expect(await link.innerText()).toBe('Skip to main content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('menu-newGame');
    /** Exactly one visible <main id="main">, and axe's skip-link and region rules pass. */
    const check = async (screen: string) => {
      const target = page.locator('main#main');
      expect(await target.count(), screen).toBe(1);
      expect(await target.isVisible(), screen).toBe(true);
      const result = await new AxeBuilder({ page }).withRules(['skip-link', 'region']).analyze();
      expect(
        result.violations.map((v) => v.id),
        screen,
      ).toEqual([]);
    };
    await check('title');
    await page.click('#menu-newGame');
    await page.locator('#setup-title').waitFor();
    await check('setup');
    await page.getByRole('button', { name: 'Start the game' }).click();
    await page.locator('.game-main h2, .game-main h1').first().waitFor({ timeout: 20_000 });
    await check('game');
    expect(session.problems).toEqual([]);
  }, 60_000);

  it('is usable while the Phaser chunk is still downloading, then starts the scene', async () => {
    session = await openSession({ locale: 'en-US' });
    const { page, context } = session;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let engineRequests = 0;
    await context.route(/\/assets\/phaser-[^/]+\.js$/, async (route) => {
      engineRequests += 1;
      await gate;
      await route.continue();
    });
    await page.goto(session.baseUrl);
    await page.locator('#menu-settings').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.engine)).toBe('loading');
    await expect
      .poll(() => page.locator('.engine-progress [role="progressbar"]').isVisible())
      .toBe(true);
    // Use the menu and the language switch meanwhile.
    await page.focus('#menu-settings');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#panel-settings').evaluate((d) => (d as HTMLDialogElement).open))
      .toBe(true);
    await page.locator('#panel-settings input[value="fr"]').check();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('fr');
    await page.keyboard.press('Escape');
    expect(await page.locator('#menu-settings .menu-label').textContent()).toBe('Réglages');
    expect(await page.evaluate(() => document.documentElement.dataset.engine)).toBe('loading');
    expect(await page.locator('#stage canvas').count()).toBe(0);
    release();
    expect(await waitForEngine(page)).toBe('standby');
    expect(await page.locator('#stage canvas').count()).toBe(0);
    await page.click('#menu-newGame');
    await page.locator('#setup-title').waitFor();
    expect(await waitForEngine(page)).toBe('ready');
    expect(await page.locator('#stage canvas').count()).toBe(1);
    expect(await page.getAttribute('.engine-progress [role="progressbar"]', 'aria-valuenow')).toBe(
      '100',
    );
    // The prefetch, the import (served from the HTTP cache, but routed requests are counted) and the
    // service worker's precache of the first visit; never one per progress step.
    expect(engineRequests, 'the engine is downloaded once').toBeLessThanOrEqual(3);
    expect(session.problems).toEqual([]);
  });

  it('honours prefers-reduced-motion and fits a phone screen', async () => {
    session = await openSession({
      locale: 'fr-FR',
      viewport: { width: 390, height: 844 },
      reducedMotion: 'reduce',
    });
    const { page } = session;
    await page.goto(session.baseUrl);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.motion))
      .toBe('reduce');
    expect(await waitForEngine(page)).toBe('standby');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/title-fr-phone.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
