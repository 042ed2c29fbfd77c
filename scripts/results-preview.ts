// Dev tool, not shipped: plays a game headlessly, renders the results screen with happy-dom into static HTML (CSS inlined) under test-results/results-preview/, screenshots it in headless Chromium and runs axe (WCAG 2.1 A/AA).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { Window } from 'happy-dom';
import i18next from 'i18next';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/chromium';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import type { GameState } from '../src/sim';
import type * as Results from '../src/ui/results/results-view';
import type { UiContext } from '../src/ui/screen-context';

const OUT = join('test-results', 'results-preview');
const CSS = ['src/ui/styles.css', 'src/ui/results/results.css', 'src/ui/results/charts.css'];
/** Three of the six sections, one of them weak, so every mastery state shows. */
const QUIZ: Results.ResultsData['quiz'] = [
  { questionId: 'q1', section: 'intro', credit: 1 },
  { questionId: 'q2', section: 'offensive', credit: 1 },
  { questionId: 'q3', section: 'offensive', credit: 0.5 },
  { questionId: 'q4', section: 'dream-town', credit: 1 },
  { questionId: 'q5', section: 'dream-town', credit: 0 },
  { questionId: 'q6', section: 'dream-town', credit: 1 },
  { questionId: 'q7', section: 'open-source', credit: 0 },
];

const json = (lang: string, ns: string) =>
  JSON.parse(readFileSync(join('locales', lang, `${ns}.json`), 'utf8')) as object;

/** Static HTML of the screen for one game and language; CSS asset URLs stay valid from OUT (two levels down). */
async function render(
  mount: typeof Results.mountResults,
  state: GameState,
  lang: string,
): Promise<string> {
  const window = new Window();
  Object.assign(globalThis, { document: window.document, HTMLElement: window.HTMLElement });
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: lang,
    fallbackLng: 'en',
    resources: Object.fromEntries(
      ['en', 'fr'].map((l) => [l, { results: json(l, 'results'), source: json(l, 'source') }]),
    ),
    interpolation: { escapeValue: false },
  });
  const ctx: UiContext = {
    t: (k, o) => i18n.t(k, o),
    tIn: (l) => (k, o) => i18n.t(k, { ...o, lng: l }),
    language: () => lang,
    otherLanguage: () => (lang === 'fr' ? 'en' : 'fr'),
    announce: () => undefined,
    cue: () => undefined,
  };
  const main = window.document.createElement('main');
  main.className = 'results-preview';
  mount(
    main as unknown as HTMLElement,
    ctx,
    { state, quiz: QUIZ },
    { onPlayAgainSameSeed: () => undefined, onNewGame: () => undefined },
  );
  const css = CSS.map((file) => readFileSync(file, 'utf8')).join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Results preview</title>
<style>${css}\n.results-preview{padding:clamp(0.75rem,3vw,2rem) clamp(0.75rem,4vw,3rem)}</style></head>
<body>${main.outerHTML}</body></html>`;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  // Vite loads the TypeScript modules (and ignores their CSS imports) so the view runs in Node.
  const vite = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    server: { middlewareMode: true },
  });
  const { mountResults } = (await vite.ssrLoadModule(
    '/src/ui/results/results-view.ts',
  )) as typeof Results;
  const { runGame } = (await vite.ssrLoadModule(
    '/src/sim/headless/run.ts',
  )) as typeof import('../src/sim/headless/run');
  const { defaultContent } = (await vite.ssrLoadModule(
    '/src/content/index.ts',
  )) as typeof import('../src/content');
  const balanced = runGame(
    { seed: 1, difficulty: 'normal', length: 'standard', quizAccuracy: 0.7 },
    'balanced',
    defaultContent,
  );
  const allIn = runGame(
    { seed: 2, difficulty: 'normal', length: 'short', quizAccuracy: 0.7 },
    'all-chips',
    defaultContent,
  );
  const pages = {
    'index.html': await render(mountResults, balanced, 'en'),
    'fr-all-chips.html': await render(mountResults, allIn, 'fr'),
  };
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(OUT, name), html);
  await vite.close();

  const profile = mkdtempSync(join(tmpdir(), 'results-preview-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const shots: [string, string, number, number, string?][] = [
    ['index.html', 'en-1280', 1280, 720],
    ['index.html', 'en-390', 390, 844],
    ['index.html', 'en-1280-text200', 1280, 720, '200%'],
    ['fr-all-chips.html', 'fr-390', 390, 844],
  ];
  let violations = 0;
  for (const [file, name, width, height, fontSize] of shots) {
    await page.setViewportSize({ width, height });
    await page.goto(pathToFileURL(resolve(OUT, file)).href);
    if (fontSize)
      await page.evaluate((size) => (document.documentElement.style.fontSize = size), fontSize);
    // Open every data table so axe checks them and the screenshot shows them.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    violations += axe.violations.length;
    for (const v of axe.violations)
      console.log(
        `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
  }
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  console.log(`${shots.length} screenshots in ${OUT}; axe violations: ${violations}`);
  process.exitCode = violations > 0 ? 1 : 0;
}

await main();
