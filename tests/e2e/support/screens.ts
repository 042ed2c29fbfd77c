// Which game screen is showing, and a quick any-answer for a checkpoint question: shared by browser tests and benchmarks.
import type { Page } from 'playwright-core';

export const SCREEN_KINDS = [
  'plan',
  'year',
  'event',
  'event-outcome',
  'checkpoint-intro',
  'checkpoint-summary',
  'quiz',
  'results',
] as const;
export type ScreenKind = (typeof SCREEN_KINDS)[number] | 'none';

// Page scripts are strings: tsx (used by the benchmarks) would wrap named functions in a helper the page lacks.
// Only the game view on show counts: on the title and setup the last game's screen stays in the
// hidden view (a test reading it would read the old game's numbers).
const KIND_SCRIPT = `(() => {
  const main = document.querySelector('.game-screen:not([hidden]) .game-main');
  const card = main?.querySelector('.card, .quiz, .results');
  return ${JSON.stringify(SCREEN_KINDS)}.find((k) => card?.classList.contains(k)) ?? 'none';
})()`;

const ANY_ANSWER_SCRIPT = `(() => {
  document.querySelector('.quiz-form input[type=radio]')?.click();
  const n = document.querySelector('.quiz-form input[type=number]');
  if (n) n.value = n.min;
  for (const s of document.querySelectorAll('.quiz-form select')) s.selectedIndex = 1;
})()`;

// A screen change waits for the disk (at most 2 s) with the game area marked aria-busy and inert.
const READY_SCRIPT = `!document.querySelector('.game-main [aria-busy="true"]')`;

/**
 * Waits until a page script (an expression, as a string) is truthy. page.waitForFunction would `eval`
 * a string in the page on each poll, which the game's Content-Security-Policy refuses; page.evaluate
 * runs through the debugging protocol, which the policy does not govern.
 */
export async function waitForScript(page: Page, script: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (await page.evaluate(script)) return;
    if (performance.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms: ${script}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits, as a player would, until the game area takes input again after a step (at most 5 s). */
export async function settled(page: Page): Promise<void> {
  await waitForScript(page, READY_SCRIPT, 5_000);
}

/** The screen showing once the game area takes input again. */
export async function screenKind(page: Page): Promise<ScreenKind> {
  await settled(page);
  return String(await page.evaluate(KIND_SCRIPT)) as ScreenKind;
}

/** Answers the question on screen with whatever comes first (the ordering list as shown), then checks it. */
export async function answerAnything(page: Page): Promise<void> {
  await page.evaluate(ANY_ANSWER_SCRIPT);
  await page.click('.quiz-submit');
}
