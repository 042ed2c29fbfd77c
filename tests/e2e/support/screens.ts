// Which game screen is showing, and a quick any-answer for a checkpoint question: shared by browser tests and benchmarks.
import type { Page } from 'playwright-core';

export const SCREEN_KINDS = [
  'plan',
  'year',
  'event',
  'checkpoint-intro',
  'checkpoint-summary',
  'quiz',
  'results',
] as const;
export type ScreenKind = (typeof SCREEN_KINDS)[number] | 'none';

// Page scripts are strings: tsx (used by the benchmarks) would wrap named functions in a helper the page lacks.
const KIND_SCRIPT = `(() => {
  const card = document.querySelector('.game-main .card, .game-main .quiz, .game-main .results');
  return ${JSON.stringify(SCREEN_KINDS)}.find((k) => card?.classList.contains(k)) ?? 'none';
})()`;

const ANY_ANSWER_SCRIPT = `(() => {
  document.querySelector('.quiz-form input[type=radio]')?.click();
  const n = document.querySelector('.quiz-form input[type=number]');
  if (n) n.value = n.min;
  for (const s of document.querySelectorAll('.quiz-form select')) s.selectedIndex = 1;
})()`;

export async function screenKind(page: Page): Promise<ScreenKind> {
  return String(await page.evaluate(KIND_SCRIPT)) as ScreenKind;
}

/** Answers the question on screen with whatever comes first (the ordering list as shown), then checks it. */
export async function answerAnything(page: Page): Promise<void> {
  await page.evaluate(ANY_ANSWER_SCRIPT);
  await page.click('.quiz-submit');
}
