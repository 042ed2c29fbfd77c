// Keyboard-only helpers for browser tests: move focus with Tab alone, as a player without a mouse would.
import type { Page } from 'playwright-core';
import { settled } from './screens';

/** Presses Tab until the focused element matches `selector` (tries at most `max` times). */
export async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  await settled(page);
  for (let i = 0; i < max; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`Tab never reached ${selector}; focus is on ${at}`);
}

/** Tab to a control, then activate it with Enter. */
export async function activate(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press('Enter');
}

export async function pressTimes(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}

export function focusedMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}
