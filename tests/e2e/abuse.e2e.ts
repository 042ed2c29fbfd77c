// A hostile tester's sequences against the built game: a new game after quitting never shows the old game's screen, an edited export with a year of 1e9 is refused field by field without freezing the tab, and a deleted IndexedDB store comes back from the second copy.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, SCREENSHOT_DIR, type Session } from './support/browser';
import { storedKeys } from './support/idb';
import { screenKind } from './support/screens';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function newShortGame(page: Page, difficulty: 'easy' | 'normal' | 'hard'): Promise<void> {
  await page.click('#menu-newGame');
  await page.click(`label[for="setup-difficulty-${difficulty}"]`);
  await page.click('label[for="setup-length-short"]');
  await page.click('.setup button[type=submit]');
  await expect.poll(() => screenKind(page)).toBe('plan');
}

async function quitToTitle(page: Page): Promise<void> {
  await page.click('.hud-button[data-i18n="game:hud.quit"]');
  await page.click('#panel-quit .button.primary');
  await page.locator('#menu-newGame').waitFor();
}

/** The billions in "Budget: 6.3 billion $" (HUD) or "Allocated 8.9 of 8.9" (plan). */
const numbers = async (page: Page, selector: string) =>
  ((await page.locator(selector).innerText()).match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) =>
    Number(n.replace(',', '.')),
  );

describe('abuse', () => {
  it('a new game of another difficulty after quitting shows its own plan, and Commit works', async () => {
    session = await openSession({ locale: 'en-US' });
    const { page } = session;
    await page.goto(`${session.baseUrl}?seed=5`);
    await newShortGame(page, 'easy');
    const easy = await numbers(page, '.hud-budget');
    await page.keyboard.press('ArrowRight');
    await quitToTitle(page);
    await newShortGame(page, 'hard');
    const hard = await numbers(page, '.hud-budget');
    expect(hard[0]).toBeLessThan(easy[0] ?? 0);
    // The plan's own budget is the new game's, not the easy game's.
    expect((await numbers(page, '.plan .meter-text')).at(-1)).toBe(hard[0]);
    const max = Number(await page.locator('.plan input[type=range]').first().getAttribute('max'));
    expect(max).toBeLessThanOrEqual(hard[0] ?? 0);
    await page.click('.plan button[type=submit]');
    await expect.poll(() => screenKind(page)).toBe('year');
    expect(session.problems).toEqual([]);
  });

  it('refuses an export edited to a year of 1e9, says which field and why, writes nothing, stays responsive', async () => {
    session = await openSession({ locale: 'fr-FR' });
    const { page } = session;
    await page.goto(`${session.baseUrl}?seed=9`);
    await newShortGame(page, 'normal');
    await page.click('.plan button[type=submit]');
    await expect.poll(() => screenKind(page)).toBe('year');
    await quitToTitle(page);
    await page.click('#menu-players');
    const panel = page.locator('#panel-players');
    const exportButton = panel.getByRole('button', { name: /^Exporter/ }).first();
    await exportButton.waitFor();
    const download = page.waitForEvent('download');
    await exportButton.click();
    const original = readFileSync((await (await download).path()) ?? '', 'utf8');
    const doc = JSON.parse(original);
    doc.data.game.snapshot.game.year = 1e9;
    const before = await storedKeys(page);
    await panel.locator('input[type=file]').setInputFiles({
      name: 'player.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(doc)),
    });
    const alert = panel.locator('[role="alert"]');
    await alert.locator('li').first().waitFor();
    const reasons = await alert.locator('li').allInnerTexts();
    expect(reasons[0]).toContain('game.snapshot.game.year');
    expect(reasons[0]).toContain('1000000000');
    expect(reasons[0]).toMatch(/hors des limites permises, de 2018 à 2030|de 2022 à 2026/);
    expect(await alert.innerText()).toContain('Rien n’a été importé');
    expect(await panel.getByText('Prêt à importer').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/abuse-import-refused.png` });
    // The tab still answers at once: close the panel and open a new game's setup.
    expect(await storedKeys(page)).toEqual(before);
    await page.keyboard.press('Escape');
    await page.click('#menu-newGame');
    await page.locator('.setup').waitFor({ timeout: 2_000 });
    expect(session.problems).toEqual([]);
  });

  it('brings back a game after the browser deleted its IndexedDB store, and says so', async () => {
    session = await openSession({ locale: 'en-US' });
    const { page } = session;
    await page.goto(`${session.baseUrl}?seed=4`);
    await newShortGame(page, 'normal');
    await page.click('.plan button[type=submit]');
    await expect.poll(() => screenKind(page)).toBe('year');
    const year = await page.locator('.hud-year').innerText();
    // What Chromium does when it finds its IndexedDB store damaged after a crash: deletes it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(session.baseUrl).origin,
      storageTypes: 'indexeddb',
    });
    await page.reload();
    const banner = page.locator('.storage-message[data-kind="restored"]');
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.innerText()).toContain('restored from the game');
    await expect.poll(() => screenKind(page), { timeout: 15_000 }).toBe('year');
    expect(await page.locator('.hud-year').innerText()).toBe(year);
    // Written back into IndexedDB: the next start needs the copy no more.
    expect((await storedKeys(page)).filter((k) => k.startsWith('profile'))).toHaveLength(2);
    expect(session.problems).toEqual([]);
  });
});
