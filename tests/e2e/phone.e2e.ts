// A phone in portrait (390×844): the plan's sliders and forecast share the first screen, a raise on a full budget works by key, and every new screen opens at its top.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { openSession, SCREENSHOT_DIR, waitForEngine, type Session } from './support/browser';
import { activate, pressTimes } from './support/keyboard';
import { screenKind } from './support/screens';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function audit(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page, name)).toEqual([]);
}

/** A box in page px, or a failure naming what is missing. */
async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

const amounts = (page: Page) =>
  page.evaluate(() =>
    ['chips', 'incubators', 'talent', 'openSource'].map((p) =>
      Number(document.querySelector<HTMLInputElement>(`#plan-${p}`)?.value),
    ),
  );

/** The page's scroll and whether focus sits on the new screen's heading. */
const atTop = (page: Page) =>
  page.evaluate(() => ({
    scrollY: window.scrollY,
    heading: document.activeElement?.tagName === 'H2',
  }));

/** Scrolls to the bottom of a long screen, as a player reaching its button would. */
const toBottom = (page: Page) =>
  page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));

/** A standard game: its first checkpoint comes after the second year, so year 2 opens on a plan. */
async function startGame(page: Page): Promise<void> {
  await activate(page, '#menu-newGame');
  await page.locator('#setup-title').waitFor();
  await toBottom(page);
  await activate(page, '.setup button[type=submit]');
  await expect.poll(() => screenKind(page)).toBe('plan');
}

describe('on a phone (390×844)', () => {
  it('shows the first slider and the forecast together, raises by key on a full budget, and opens each screen at its top', async () => {
    session = await openSession({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    const { page } = session;
    await page.goto(`${session.baseUrl}?seed=2`);
    await waitForEngine(page);
    await startGame(page);
    expect(await atTop(page)).toEqual({ scrollY: 0, heading: true });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-plan.png` });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-plan-full.png`, fullPage: true });

    // What a player sees without scrolling: the first slider and the whole forecast table, above the
    // action bar that sticks to the bottom of the window.
    const slider = await box(page, '#plan-chips');
    const table = await box(page, '.stand-table');
    const bar = await box(page, '.plan-side > .actions:last-child');
    const hud = await box(page, '.hud');
    console.log(
      `phone plan: hud bottom ${Math.round(hud.y + hud.height)} px, first slider ${Math.round(slider.y)}–${Math.round(slider.y + slider.height)} px, forecast table ${Math.round(table.y)}–${Math.round(table.y + table.height)} px, action bar from ${Math.round(bar.y)} px`,
    );
    expect(slider.y).toBeGreaterThanOrEqual(0);
    expect(slider.y + slider.height).toBeLessThanOrEqual(844);
    expect(table.y).toBeGreaterThan(slider.y);
    expect(table.y + table.height).toBeLessThanOrEqual(bar.y + 1);
    // The stage gives way during a game on a phone: the levels are text on the plan instead.
    expect(await page.locator('#stage').evaluate((e) => getComputedStyle(e).visibility)).toBe(
      'hidden',
    );
    // No table header breaks inside a word: each header is as tall as one line.
    const heads = await page.$$eval('.stand-table thead th', (ths) =>
      ths.map((th) => {
        const line = parseFloat(getComputedStyle(th).lineHeight) || 20;
        const range = document.createRange();
        range.selectNodeContents(th);
        return {
          text: th.textContent,
          lines: Math.round(range.getBoundingClientRect().height / line),
        };
      }),
    );
    for (const head of heads) expect(head.lines, head.text ?? '').toBe(1);
    await audit(page, 'phone plan');

    // A full budget: a raise by key takes from the other pillars, the total stays the budget.
    const before = await amounts(page);
    const total = before.reduce((a, b) => a + b, 0);
    await page.focus('#plan-chips');
    await pressTimes(page, 'ArrowRight', 3);
    const after = await amounts(page);
    expect(after[0]).toBeCloseTo((before[0] ?? 0) + 0.3, 5);
    for (const i of [1, 2, 3]) expect(after[i]).toBeCloseTo((before[i] ?? 0) - 0.1, 5);
    expect(after.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 5);
    expect(await page.locator('.meter-left').innerText()).toContain(
      'The whole budget is allocated',
    );
    expect(await page.locator('.plan [role="status"]').innerText()).toBe(
      'Taken evenly from the other pillars.',
    );

    // Every new screen opens at its top, focus on its heading, wherever the last one was scrolled.
    await toBottom(page);
    await activate(page, '.plan button[type=submit]');
    await expect.poll(() => screenKind(page)).toBe('year');
    expect(await atTop(page)).toEqual({ scrollY: 0, heading: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-year.png` });
    await toBottom(page);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await activate(page, '.year .button.primary');
    await expect.poll(() => screenKind(page)).toBe('event');
    expect(await atTop(page)).toEqual({ scrollY: 0, heading: true });
    await toBottom(page);
    await activate(page, '.option-button');
    // The card turns into its outcome (numbers of what the choice did), also opened at its top.
    await expect.poll(() => screenKind(page)).toBe('event-outcome');
    expect(await atTop(page)).toEqual({ scrollY: 0, heading: true });
    await toBottom(page);
    await activate(page, '.event-outcome .button.primary');
    await expect.poll(() => screenKind(page)).toBe('plan');
    expect(await atTop(page)).toEqual({ scrollY: 0, heading: true });
    // After the first year the four pillar notes are folded.
    expect(await page.locator('details.pillar-notes').getAttribute('open')).toBeNull();
    expect(session.problems).toEqual([]);
  });
});

describe('on a Chromebook (1366×768)', () => {
  it('shows where you stand beside the sliders', async () => {
    session = await openSession({ locale: 'fr-FR', viewport: { width: 1366, height: 768 } });
    const { page } = session;
    await page.goto(`${session.baseUrl}?seed=2`);
    await waitForEngine(page);
    await startGame(page);
    await page.waitForTimeout(1800);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/chromebook-plan.png` });
    const sliders = await box(page, '.pillars');
    const table = await box(page, '.stand-table');
    console.log(
      `chromebook plan: sliders x ${Math.round(sliders.x)}, forecast table x ${Math.round(table.x)} y ${Math.round(table.y)}–${Math.round(table.y + table.height)} px`,
    );
    // Beside, not below: the table starts to the right of the sliders.
    expect(table.x).toBeGreaterThan(sliders.x + sliders.width - 1);
    await audit(page, 'chromebook plan');
    expect(session.problems).toEqual([]);
  });
});
