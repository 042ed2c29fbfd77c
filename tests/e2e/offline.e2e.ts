// After one visit the game loads and plays with the network off: the service worker precaches every file, and the save mirror's cache is left alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './support/browser';
import { answerAnything, screenKind as kind } from './support/screens';

let session: Session;
beforeAll(async () => {
  session = await openSession({ locale: 'en-US', reducedMotion: 'reduce' });
});
afterAll(async () => {
  await session.close();
});

describe('offline', { timeout: 120_000 }, () => {
  it('loads from the precache with the network off and plays a whole year', async () => {
    const { page, context } = session;
    await page.goto(session.baseUrl);
    await page.locator('#menu-newGame').waitFor();
    // The worker is active once its install step has precached every file.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.ready;
            return registration.active?.state === 'activated' ? registration.scope : '';
          }),
        { timeout: 30_000 },
      )
      .toBe(session.baseUrl);
    await context.setOffline(true);
    // The page itself is offline: a file the worker does not hold cannot be fetched.
    expect(
      await page.evaluate(() =>
        fetch('./not-in-the-precache.txt').then(
          () => 'fetched',
          () => 'failed',
        ),
      ),
    ).toBe('failed');
    await page.reload();
    await page.locator('#menu-newGame').waitFor();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await page.click('#menu-newGame');
    await page.click('label[for="setup-length-short"]');
    await page.click('.setup button[type=submit]');
    await page.locator('.plan').waitFor();
    const firstYear = await page.locator('.hud-status').innerText();
    await page.click('.plan button[type=submit]');
    // Through the year's report, its event and any checkpoint, to the next year's plan.
    let seenYear = false;
    for (let step = 0; step < 60; step += 1) {
      const k = await kind(page);
      if (k === 'plan' && seenYear) break;
      if (k === 'year') {
        seenYear = true;
        await page.click('.year .button.primary');
      } else if (k === 'event') await page.click('.option-button');
      else if (k === 'event-outcome') await page.click('.event-outcome .button.primary');
      else if (k === 'checkpoint-intro') await page.click('.checkpoint-intro .button.primary');
      else if (k === 'checkpoint-summary') await page.click('.checkpoint-summary .button.primary');
      else if (k === 'quiz')
        await ((await page.$('.quiz-next')) ? page.click('.quiz-next') : answerAnything(page));
      await page.waitForTimeout(30);
    }
    expect(seenYear).toBe(true);
    expect(await kind(page)).toBe('plan');
    expect(await page.locator('.hud-status').innerText()).not.toBe(firstYear);
    // The saves' second copy sits in its own cache, next to (not inside) the worker's precache.
    const caches = await page.evaluate(() => self.caches.keys());
    expect(caches).toContain('beijings-bet-saves');
    expect(caches.some((name) => name.startsWith('beijings-bet-app-precache'))).toBe(true);
    await context.setOffline(false);
    // The only failure allowed is the probe above, made on purpose (its request and its console line);
    // a file missing from the precache would show as a failed request of its own.
    const probe = (p: string) =>
      p.includes('not-in-the-precache') ||
      p === 'console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED';
    expect(session.problems.filter((p) => !probe(p))).toEqual([]);
    expect(session.problems.filter(probe)).toHaveLength(2);
  });
});
