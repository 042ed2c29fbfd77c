// A new version waits while a game is on: the game keeps running, a card offers the update, and accepting it saves, reloads and resumes the same screen.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './support/browser';
import { screenKind as kind } from './support/screens';

const WORKER = 'dist/sw.js';
const original = readFileSync(WORKER, 'utf8');

let session: Session;
beforeAll(async () => {
  session = await openSession({ locale: 'en-US', reducedMotion: 'reduce' });
});
afterAll(async () => {
  writeFileSync(WORKER, original);
  await session.close();
});

const activeScript = () =>
  session.page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.active?.state === 'activated' ? registration.active.scriptURL : '';
  });

describe('an update', { timeout: 120_000 }, () => {
  it('never interrupts a game: it waits for the player, then resumes where they were', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}?seed=2`);
    await expect.poll(activeScript, { timeout: 30_000 }).not.toBe('');
    // The second visit: the worker controls the page from now on.
    await page.reload();
    await page.locator('#menu-newGame').waitFor();
    await page.click('#menu-newGame');
    await page.click('label[for="setup-length-short"]');
    await page.click('.setup button[type=submit]');
    await page.locator('.plan').waitFor();
    await page.click('.plan button[type=submit]');
    await expect.poll(() => kind(page), { timeout: 15_000 }).toBe('year');
    const heading = await page.locator('.game-main h2').first().innerText();
    // The page's own memory: gone if anything reloaded it.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    // A new release: index.html's revision changes (same length: the preview server keeps each
    // file's size from its start), so the browser finds a new worker script.
    const released = original.replace(
      /(url:"index\.html",revision:")([0-9a-f])/,
      (_m, head: string, c: string) => head + (c === '0' ? '1' : '0'),
    );
    expect(released).not.toBe(original);
    writeFileSync(WORKER, released);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await page.locator('.update-prompt').waitFor({ timeout: 30_000 });
    // Still the same page, the same screen: nothing was applied.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(await kind(page)).toBe('year');
    expect(await page.locator('.game-main h2').first().innerText()).toBe(heading);
    expect(await page.getByRole('button', { name: 'Later' }).count()).toBe(1);
    await Promise.all([
      page.waitForEvent('load', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Update now' }).click(),
    ]);
    await expect.poll(() => kind(page), { timeout: 15_000 }).toBe('year');
    expect(await page.locator('.game-main h2').first().innerText()).toBe(heading);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(
      undefined,
    );
    expect(await page.locator('.update-prompt').count()).toBe(0);
    // The new worker's cache cleanup left the saves' second copy alone.
    expect(await page.evaluate(() => caches.keys())).toContain('beijings-bet-saves');
    expect(session.problems).toEqual([]);
  });
});
