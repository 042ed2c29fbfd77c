// The game screens at a Chromebook's size, on a phone in portrait and at 200% text: nothing cut off sideways, still usable.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, SCREENSHOT_DIR, waitForEngine, type Session } from './support/browser';
import { activate } from './support/keyboard';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Horizontal overflow of the page, in px (0 when everything fits the width). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function firstScreens(page: Page, name: string): Promise<void> {
  await activate(page, '#menu-newGame');
  await page.locator('#setup-title').waitFor();
  expect(await overflow(page), `${name} setup`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-${name}-setup.png`, fullPage: true });
  await activate(page, '.setup button[type=submit]');
  await page.locator('.plan').waitFor();
  expect(await overflow(page), `${name} plan`).toBeLessThanOrEqual(0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-${name}-plan.png`, fullPage: true });
  await activate(page, '.plan button[type=submit]');
  await page.locator('.year').waitFor();
  expect(await overflow(page), `${name} year`).toBeLessThanOrEqual(0);
  await page.waitForTimeout(1800);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-${name}-year.png`, fullPage: true });
}

describe('layouts', () => {
  it.each([
    { name: 'chromebook', viewport: { width: 1366, height: 768 }, textSize: 100 },
    { name: 'phone', viewport: { width: 390, height: 844 }, textSize: 100 },
    { name: 'phone-200', viewport: { width: 390, height: 844 }, textSize: 200 },
    { name: 'projector-200', viewport: { width: 1280, height: 720 }, textSize: 200 },
  ])('fits $name', async ({ name, viewport, textSize }) => {
    session = await openSession({ locale: 'fr-FR', viewport });
    const { page } = session;
    await page.addInitScript((size) => {
      localStorage.setItem('beijings-bet.settings', JSON.stringify({ textSize: size }));
    }, textSize);
    await page.goto(`${session.baseUrl}?seed=2`);
    await waitForEngine(page);
    expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe(`${textSize}%`);
    expect(await overflow(page), `${name} title`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-${name}-title.png`, fullPage: true });
    await firstScreens(page, name);
    expect(session.problems).toEqual([]);
  });

  it('plays the first year by touch alone on a phone', async () => {
    session = await openSession({
      locale: 'en-US',
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    });
    const { page } = session;
    await page.goto(`${session.baseUrl}?seed=2`);
    await page.tap('#menu-newGame');
    await page.tap('label[for="setup-length-short"]');
    await page.tap('.setup button[type=submit]');
    await page.locator('.plan').waitFor();
    // A tap near the start of the chips slider lowers it: the budget is no longer fully allocated.
    const slider = await page.locator('#plan-chips').boundingBox();
    if (!slider) throw new Error('no slider');
    await page.touchscreen.tap(slider.x + 4, slider.y + slider.height / 2);
    expect(await page.locator('.meter-left').innerText()).toMatch(/^Left to allocate/);
    await page.tap('.plan button[type=submit]');
    expect(await page.locator('.form-error').innerText()).toMatch(/^Allocate the remaining/);
    await page.tap('.plan .quick button');
    expect(await page.locator('.meter-left').innerText()).toContain(
      'The whole budget is allocated',
    );
    await page.tap('.plan button[type=submit]');
    await page.locator('.year').waitFor();
    await page.tap('.year .button.primary');
    await page.locator('.event').waitFor();
    await page.tap('.option-button');
    await page.locator('.event-outcome').waitFor();
    await page.tap('.event-outcome .button.primary');
    await expect.poll(() => page.locator('.hud-year').innerText()).toBe('Year 2023');
    expect(session.problems).toEqual([]);
  });
});
