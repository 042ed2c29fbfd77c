// Progress survives reloads at every phase, corrupt data, blocked storage and a second tab; players export and import.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, SCREENSHOT_DIR, type Session } from './support/browser';
import { answerAnything, screenKind as kind } from './support/screens';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** What identifies the screen and its state, as the player sees it. */
const screenState = (page: Page) =>
  page.evaluate(() => ({
    heading: document.querySelector<HTMLElement>('.game-main h2, .game-main h1')?.innerText ?? '',
    hud: document.querySelector<HTMLElement>('.hud-status')?.innerText ?? '',
    sliders: [...document.querySelectorAll<HTMLInputElement>('.plan input[type=range]')].map(
      (i) => i.value,
    ),
    verdict: document.querySelector('.quiz-feedback')?.getAttribute('data-verdict') ?? null,
  }));

/** Autosave is asynchronous: give IndexedDB a moment, then reload as a student would. */
async function reloadAndCompare(page: Page): Promise<void> {
  await page.waitForTimeout(400);
  const before = await screenState(page);
  await page.reload();
  await expect.poll(() => kind(page), { timeout: 15_000 }).not.toBe('none');
  await expect.poll(() => screenState(page), { timeout: 5_000 }).toEqual(before);
}

async function startShortGame(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}?seed=2`);
  await page.click('#menu-newGame');
  await page.click('label[for="setup-length-short"]');
  await page.click('.setup button[type=submit]');
  await page.locator('.plan').waitFor();
}

async function store(page: Page, key: string, value: string): Promise<void> {
  await page.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('beijings-bet');
        open.onsuccess = () => {
          const tx = open.result.transaction('documents', 'readwrite');
          tx.objectStore('documents').put(v, k);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [key, value] as const,
  );
}

const storedKeys = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('beijings-bet');
        open.onsuccess = () => {
          const request = open.result
            .transaction('documents')
            .objectStore('documents')
            .getAllKeys();
          request.onsuccess = () => {
            resolve(request.result.map(String));
            open.result.close();
          };
        };
      }),
  );

describe('saves', () => {
  it('finds the same screen and state after a reload at every phase', async () => {
    session = await openSession({ locale: 'en-US' });
    const { page } = session;
    await startShortGame(page, session.baseUrl);
    await page.focus('#plan-talent');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.focus('#plan-chips');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const seen = new Set<string>();
    for (let step = 0; step < 80; step += 1) {
      const k = await kind(page);
      if (!seen.has(k) || (k === 'quiz' && seen.size < 12)) {
        seen.add(k);
        await reloadAndCompare(page);
      }
      if (k === 'results') break;
      if (k === 'plan') await page.click('.plan button[type=submit]');
      if (k === 'year') await page.click('.year .button.primary');
      if (k === 'event') await page.click('.option-button');
      if (k === 'checkpoint-intro') await page.click('.checkpoint-intro .button.primary');
      if (k === 'checkpoint-summary') await page.click('.checkpoint-summary .button.primary');
      if (k === 'quiz') {
        if (await page.$('.quiz-next')) await page.click('.quiz-next');
        else await answerAnything(page);
      }
      await page.waitForTimeout(50);
    }
    expect([...seen].sort()).toEqual([
      'checkpoint-intro',
      'checkpoint-summary',
      'event',
      'plan',
      'quiz',
      'results',
      'year',
    ]);
    expect(session.problems).toEqual([]);
  });

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
    await startShortGame(page, session.baseUrl);
    const second = await context.newPage();
    await second.goto(`${session.baseUrl}`);
    const locked = second.locator('.storage-message[data-kind="locked"]');
    await locked.waitFor({ timeout: 15_000 });
    expect(await locked.innerText()).toContain('open in another tab');
    expect(await page.locator('.storage-message[data-kind="locked"]').count()).toBe(0);
    await second.close();
    expect(session.problems).toEqual([]);
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
    expect(JSON.parse(text)).toMatchObject({ format: 'beijings-bet', kind: 'profile', version: 1 });
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
