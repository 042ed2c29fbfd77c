// Prints, as JSON, how long each game length takes a second-language reader, played and read in headless Chromium: `npm run build && npx tsx scripts/reading-time.ts [--dump]`.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { LENGTHS } from '../src/sim';
import { findChromium } from '../tests/e2e/support/chromium';
import { readWholeGame, type GameReading } from '../tests/e2e/support/reading';
import { SECONDS_PER_DECISION, SEEDS, setupRange, WORDS_PER_MINUTE } from './reading-time-count';

const LANGS = ['fr', 'en'] as const;
const dump = process.argv.includes('--dump');

if (!existsSync('dist/index.html')) throw new Error('Run `npm run build` first.');
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0] ?? '';
const browser = await chromium.launch({ executablePath: findChromium(), headless: true });
const games: GameReading[] = [];
try {
  for (const length of LENGTHS)
    for (const lang of LANGS)
      for (const seed of SEEDS) {
        const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
        games.push(
          await readWholeGame(page, base, { length, lang, seed }, (key, words, text) => {
            if (dump) console.error(`--- ${key} (${words} words)\n${text}\n`);
          }),
        );
        await page.close();
      }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  JSON.stringify(
    {
      wordsPerMinute: WORDS_PER_MINUTE,
      secondsPerDecision: SECONDS_PER_DECISION,
      seeds: SEEDS,
      setupMinutes: Object.fromEntries(
        LENGTHS.map((length) => [length, setupRange(games.filter((g) => g.length === length))]),
      ),
      games,
    },
    null,
    2,
  ),
);
