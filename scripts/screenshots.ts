// Saves screenshots of a short game's plan, event (and its outcome), year and results screens at a laptop and a phone size: `npx tsx scripts/screenshots.ts --url http://127.0.0.1:4173/ --out shots/after [--lang fr] [--seed 10]`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { findChromium } from '../tests/e2e/support/chromium';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    out: { type: 'string', default: 'test-results/screenshots/tour' },
    lang: { type: 'string', default: 'fr' },
    seed: { type: 'string', default: '10' },
  },
});
if (!values.url) throw new Error('--url <the game served by vite preview> is required');

const SIZES = [
  { name: 'laptop', width: 1366, height: 768, touch: false },
  { name: 'phone', width: 390, height: 844, touch: true },
] as const;

/** The first of these buttons that is on screen, clicked; false when none is. */
async function clickFirst(page: Page, selectors: readonly string[]): Promise<string | null> {
  for (const selector of selectors) {
    const button = page.locator(selector).first();
    if ((await button.count()) && (await button.isVisible())) {
      await button.click();
      return selector;
    }
  }
  return null;
}

// Works on older builds too (no event outcome card), so before/after pictures come from one script.
const NEXT = [
  '.event-outcome .button.primary',
  '.option-button',
  '.checkpoint-intro .button.primary',
  '.quiz-next',
  '.checkpoint-summary .button.primary',
  '.plan button[type=submit]',
  '.year .button.primary',
];

async function answerIfAsked(page: Page): Promise<boolean> {
  if (
    !(await page
      .locator('.quiz-submit')
      .isVisible()
      .catch(() => false))
  )
    return false;
  await page.evaluate(() => {
    document.querySelector<HTMLInputElement>('.quiz-form input[type=radio]')?.click();
    const n = document.querySelector<HTMLInputElement>('.quiz-form input[type=number]');
    if (n) n.value = n.min || '1';
    for (const s of document.querySelectorAll('select')) s.selectedIndex = 1;
  });
  await page.click('.quiz-submit');
  return true;
}

async function tour(size: (typeof SIZES)[number]): Promise<void> {
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true });
  const page = await browser.newPage({
    viewport: { width: size.width, height: size.height },
    hasTouch: size.touch,
    isMobile: size.touch,
    reducedMotion: 'reduce',
  });
  const dir = join(values.out ?? '', size.name);
  mkdirSync(dir, { recursive: true });
  const shot = (name: string) => page.screenshot({ path: join(dir, `${name}.png`) });
  await page.goto(`${values.url}?lang=${values.lang}&seed=${values.seed}`);
  await page.click('#menu-newGame');
  await page.click('label[for="setup-length-short"]');
  await page.click('.setup button[type=submit]');
  await page.locator('.plan').waitFor();
  await page.waitForTimeout(800);
  const taken = new Set<string>();
  for (let i = 0; i < 300; i++) {
    await page.waitForTimeout(150);
    if (
      await page
        .locator('.results, .game-main .results')
        .first()
        .isVisible()
        .catch(() => false)
    ) {
      await page.waitForTimeout(600);
      await shot('results');
      break;
    }
    const year = (
      await page
        .locator('.hud-year')
        .innerText()
        .catch(() => '')
    ).replace(/\D/g, '');
    // The second year's screens: the first has the one-time notes, the second is what a player reads after.
    const wanted = year === '2023';
    for (const [name, selector] of [
      ['plan', '.plan'],
      ['year', '.year'],
      ['event', '.event:not(.event-outcome)'],
      ['event-outcome', '.event-outcome'],
    ] as const) {
      if (wanted && !taken.has(name) && (await page.locator(selector).first().isVisible())) {
        taken.add(name);
        await page.waitForTimeout(400);
        await shot(name);
      }
    }
    if (await answerIfAsked(page)) continue;
    if (!(await clickFirst(page, NEXT))) await page.waitForTimeout(300);
  }
  await browser.close();
}

for (const size of SIZES) await tour(size);
console.log(`screenshots in ${values.out}`);
