// Plays whole games in headless Chromium and counts the words each screen really shows: `npx tsx scripts/reading-dom.ts [--length short|standard] [--lang fr|en] [--seed N] [--dump]`.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { findChromium } from '../tests/e2e/support/chromium';
import {
  describeScreen,
  screenKey,
  startShortGame,
  step,
  waitForScreen,
} from '../tests/e2e/support/kill';
import { countWords, SECONDS_PER_DECISION, WORDS_PER_MINUTE } from './reading-time-count';

const { values } = parseArgs({
  options: {
    length: { type: 'string', default: 'short' },
    lang: { type: 'string', default: 'fr' },
    seed: { type: 'string', default: '1' },
    dump: { type: 'boolean', default: false },
  },
});

// The words a reader meets on the screen showing: the game area and the HUD, as rendered (closed
// <details> and hidden elements are not in innerText), without the sliders' numbers.
// Chart tick labels (SVG text) are read as a picture, and text for screen readers only is not seen.
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

/** A number as a screen shows it: signs, decimal commas or points, thousands spaces, a percent sign. */
const NUMBER = /[+−-]?\d+(?:[.,\u00a0\u202f ]\d+)*\s?%?/g;

/** The lines of a screen a reader has not just read on the screen before (the HUD, a repeated prompt). */
function newLines(text: string, before: readonly string[]): string[] {
  const left = [...before];
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => {
      if (!line) return false;
      const at = left.indexOf(line);
      if (at < 0) return true;
      left.splice(at, 1);
      return false;
    });
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('Run `npm run build` first.');
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const base = server.resolvedUrls?.local[0] ?? '';
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const url = `${base}?lang=${values.lang}&seed=${values.seed}`;
  await page.goto(url);
  await page.click('#menu-newGame');
  if (values.length === 'short') {
    await startShortGame(page, url);
  } else {
    await page.click('.setup button[type=submit]');
    await page.locator('.plan').waitFor();
  }
  const byKind: Record<string, number> = {};
  let words = 0;
  const familiar = new Set<string>();
  let decisions = 3;
  const seen = new Set<string>();
  let previous: string[] = [];
  const read = async (kind: string, key: string) => {
    const text = String(await page.evaluate(VISIBLE_TEXT));
    const lines = newLines(text, previous);
    previous = text.split('\n').map((line) => line.trim());
    // A line met before in this game with other numbers (a table row, a button) is recognised, not
    // read again (whatever its case): only its numbers count. New text counts every word, numbers included.
    let n = 0;
    for (const line of lines) {
      const template = line.replace(NUMBER, '#').toLowerCase();
      const numbers = line.match(NUMBER)?.length ?? 0;
      if (familiar.has(template)) n += numbers;
      else {
        familiar.add(template);
        n += countWords(line);
      }
    }
    words += n;
    byKind[kind] = (byKind[kind] ?? 0) + n;
    if (values.dump) console.log(`--- ${key} (${n} words)\n${lines.join('\n')}\n`);
  };
  for (let i = 0; i < 400; i++) {
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
  const decide = (decisions * SECONDS_PER_DECISION) / 60;
  console.log(
    JSON.stringify({
      length: values.length,
      lang: values.lang,
      seed: Number(values.seed),
      words,
      decisions,
      slowMinutes: Math.round((words / WORDS_PER_MINUTE.slow + decide) * 10) / 10,
      fastMinutes: Math.round((words / WORDS_PER_MINUTE.fast + decide) * 10) / 10,
      byKind,
    }),
  );
  await browser.close();
  await server.close();
}

await main();
