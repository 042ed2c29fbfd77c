// Progress survives corrupt data, blocked storage and a second tab; players export and import (reloads at every phase: reload.e2e.ts).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, SCREENSHOT_DIR, type Session } from './support/browser';
import { store, storedKeys, storedLogLength } from './support/idb';
import { settled } from './support/screens';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function startShortGame(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}?seed=2`);
  await page.click('#menu-newGame');
  await page.click('label[for="setup-length-short"]');
  await page.click('.setup button[type=submit]');
  await page.locator('.plan').waitFor();
}

/** Commits the plan on screen and waits until the year's step is on disk (or refused) and the year shows. */
async function commitPlan(page: Page): Promise<void> {
  await page.click('.plan button[type=submit]');
  await page.locator('.year').waitFor();
  await settled(page);
}

describe('saves', () => {
  it('starts despite corrupt data, says so, and keeps the raw data as a backup to download', async () => {
    session = await openSession({ locale: 'en-US' });
    const { page } = session;
    await startShortGame(page, session.baseUrl);
    await page.waitForTimeout(400);
    const profileKey = (await storedKeys(page)).find((k) => k.startsWith('profile:')) ?? '';
    await store(
      page,
      profileKey,
      '{"format":"beijings-bet","kind":"profile","version":1,"data":{"id":',
    );
    await page.reload();
    const message = page.locator('.storage-message[data-kind="corrupt"]');
    await message.waitFor({ timeout: 15_000 });
    expect(await message.innerText()).toContain('could not be read');
    expect(await page.locator('#menu-newGame').isVisible()).toBe(true);
    expect((await storedKeys(page)).some((k) => k.startsWith(`backup:${profileKey}:`))).toBe(true);
    const download = page.waitForEvent('download');
    await message.getByRole('button', { name: /Download the damaged data/ }).click();
    const file = await download;
    expect(readFileSync((await file.path()) ?? '', 'utf8')).toContain(
      '"kind":"profile","version":1,"data":{"id":',
    );
    await page.screenshot({ path: `${SCREENSHOT_DIR}/saves-corrupt.png` });
    expect(session.problems).toEqual([]);
  });

  it('plays a year in memory when IndexedDB is blocked, with a lasting warning and an export button', async () => {
    session = await openSession({ locale: 'fr-FR' });
    const { page } = session;
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
    });
    await startShortGame(page, session.baseUrl);
    const warning = page.locator('.storage-message[data-kind="memory"]');
    await warning.waitFor({ timeout: 15_000 });
    expect(await warning.innerText()).toContain('n’est pas enregistrée');
    expect(await warning.getByRole('button', { name: 'Exporter mon profil' }).count()).toBe(1);
    expect(await warning.getByRole('button', { name: /Ignorer|Fermer/ }).count()).toBe(0);
    await page.click('.plan button[type=submit]');
    await page.locator('.year').waitFor();
    expect(await warning.isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/saves-memory.png` });
    expect(session.problems).toEqual([]);
  });

  it('tells a second tab on the same player that it will not save', async () => {
    session = await openSession({ locale: 'en-US' });
    const { page, context } = session;
    // The lock is taken when the game starts, not when the page opens.
    await startShortGame(page, session.baseUrl);
    const second = await context.newPage();
    await second.goto(`${session.baseUrl}`);
    // The second tab resumes the game in progress, asks for the lock and is refused.
    await second.locator('.plan').waitFor();
    const locked = second.locator('.storage-message[data-kind="locked"]');
    await locked.waitFor({ timeout: 15_000 });
    expect(await locked.innerText()).toContain('open in another tab');
    const before = await storedLogLength(page);
    await commitPlan(second);
    expect(await storedLogLength(second)).toBe(before);
    expect(await page.locator('.storage-message[data-kind="locked"]').count()).toBe(0);
    await second.close();
    expect(session.problems).toEqual([]);
  });

  it('a tab forgotten on the title holds nothing: a game played in a second tab is saved', async () => {
    session = await openSession({ locale: 'en-US' });
    const { page, context } = session;
    await startShortGame(page, session.baseUrl);
    // Back to the title, and left there.
    await page.click('.hud-button[data-i18n="game:hud.quit"]');
    await page.click('#panel-quit .button.primary');
    await page.locator('#menu-continue').waitFor();
    // The title now offers the game to continue.
    expect(await page.getAttribute('#menu-continue', 'aria-disabled')).toBe('false');
    expect(await page.locator('#menu-continue-hint').innerText()).toBe(
      'Pick up where you left off',
    );
    const second = await context.newPage();
    await second.goto(`${session.baseUrl}`);
    await second.locator('.plan').waitFor();
    const before = await storedLogLength(second);
    await commitPlan(second);
    expect(await storedLogLength(second)).toBeGreaterThan(before);
    expect(await second.locator('.storage-message[data-kind="locked"]').count()).toBe(0);
    // The tab on the title never claimed the lock meanwhile.
    expect(await page.locator('.storage-message[data-kind="locked"]').count()).toBe(0);
    await second.close();
    expect(session.problems).toEqual([]);
  });

  it('a second tab takes the lock back when the first tab closes and says so', async () => {
    session = await openSession({ locale: 'en-US' });
    const { page, context } = session;
    await startShortGame(page, session.baseUrl);
    const second = await context.newPage();
    await second.goto(`${session.baseUrl}`);
    await second.locator('.storage-message[data-kind="locked"]').waitFor({ timeout: 15_000 });
    const before = await storedLogLength(second);
    // Played while another tab holds the player: kept in this tab only.
    await commitPlan(second);
    expect(await storedLogLength(second)).toBe(before);
    expect(session.problems).toEqual([]);
    await page.close();
    const back = second.locator('.storage-message[data-kind="unlocked"]');
    await back.waitFor({ timeout: 15_000 });
    expect(await back.innerText()).toContain('this tab saves again');
    expect(await second.locator('.storage-message[data-kind="locked"]').count()).toBe(0);
    // What was played meanwhile is on disk before the banner says so.
    expect(await storedLogLength(second)).toBeGreaterThan(before);
    await second.screenshot({ path: `${SCREENSHOT_DIR}/saves-lock-back.png` });
    await second.close();
  });

  it('exports a player to a readable file and imports it back only after confirmation', async () => {
    session = await openSession({ locale: 'en-US' });
    const { page } = session;
    await startShortGame(page, session.baseUrl);
    await page.click('.hud-button[data-i18n="game:hud.quit"]');
    await page.click('#panel-quit .button.primary');
    await page.click('#menu-players');
    const panel = page.locator('#panel-players');
    await panel.locator('button', { hasText: 'Export' }).first().waitFor();
    const download = page.waitForEvent('download');
    await panel.locator('button', { hasText: 'Export' }).first().click();
    const text = readFileSync((await (await download).path()) ?? '', 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'beijings-bet', kind: 'profile', version: 3 });
    expect(text).toContain('\n  '); // pretty-printed: readable by a person
    const before = await panel.locator('[aria-current]').count();
    await panel.locator('input[type=file]').setInputFiles({
      name: 'player.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await panel.getByText('Ready to import').waitFor();
    const keysBefore = (await storedKeys(page)).filter((k) => k.startsWith('profile:')).length;
    await panel.getByRole('button', { name: /Import as a new player/ }).click();
    await expect
      .poll(async () => (await storedKeys(page)).filter((k) => k.startsWith('profile:')).length)
      .toBe(keysBefore + 1);
    expect(before).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/saves-players.png` });
    expect(session.problems).toEqual([]);
  });
});
