// Plays a whole game in the browser and reads every screen as the reading model says a player does (reading-time script and test).
import type { Page } from 'playwright-core';
import { createReader, minutesOf } from '../../../scripts/reading-time-count';
import { describeScreen, screenKey, step, waitForScreen } from './kill';

export interface GameReading {
  readonly length: string;
  readonly lang: string;
  readonly seed: number;
  readonly words: number;
  readonly decisions: number;
  readonly slow: number;
  readonly fast: number;
  readonly byKind: Readonly<Record<string, number>>;
}

// What a reader sees: the HUD and the game area as rendered (closed <details> and hidden elements are
// not in innerText), without chart tick labels (a picture) or text for screen readers only.
const VISIBLE_TEXT = `(() => {
  const parts = [];
  for (const sel of ['.hud', '.game-main']) {
    const el = document.querySelector(sel);
    if (!el) continue;
    const copy = el.cloneNode(true);
    for (const hidden of copy.querySelectorAll('svg, .visually-hidden')) hidden.remove();
    document.body.append(copy);
    parts.push(copy.innerText);
    copy.remove();
  }
  return parts.join('\\n');
})()`;

/** Starts a new game from the title (seed and language from the URL) and reads it to the results. */
export async function readWholeGame(
  page: Page,
  baseUrl: string,
  options: { length: 'short' | 'standard'; lang: string; seed: number },
  dump?: (key: string, words: number, text: string) => void,
): Promise<GameReading> {
  await page.goto(`${baseUrl}?lang=${options.lang}&seed=${options.seed}`);
  await page.click('#menu-newGame');
  if (options.length === 'short') await page.click('label[for="setup-length-short"]');
  await page.click('.setup button[type=submit]');
  await page.locator('.plan').waitFor();
  await waitForScreen(page);
  const reader = createReader();
  let decisions = 3; // length, difficulty, nickname
  const seen = new Set<string>();
  const read = async (kind: string, key: string) => {
    const text = String(await page.evaluate(VISIBLE_TEXT));
    const words = reader.read(text, kind);
    dump?.(key, words, text);
  };
  for (let i = 0; i < 500; i++) {
    const shot = await describeScreen(page);
    const key = screenKey(shot);
    if (!seen.has(key)) {
      seen.add(key);
      await read(shot.kind, key);
      if (shot.kind === 'plan') decisions += 4;
      if (shot.kind === 'event' || shot.kind === 'quiz') decisions += 1;
    }
    if (shot.kind === 'results') break;
    if (shot.kind === 'event') {
      // The outcome card is a screen of its own: read it before going on.
      await page.click('.option-button');
      await page.locator('.event-outcome').waitFor();
      await read('event-outcome', `${key}|outcome`);
      await page.click('.event-outcome .button.primary');
      await waitForScreen(page);
      continue;
    }
    await step(page);
  }
  return {
    ...options,
    words: reader.words,
    decisions,
    ...minutesOf(reader.words, decisions),
    byKind: { ...reader.byKind },
  };
}
