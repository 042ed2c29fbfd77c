// npm run bench:web: the game against a bare Phaser 4 page in headless Chromium (4× CPU, Slow 4G), plus heap and Lighthouse; prints JSON lines, fails nothing.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { build, preview, type InlineConfig, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/chromium';
import { startShortGame, step, waitForScreen } from '../tests/e2e/support/kill';
import { waitForScript } from '../tests/e2e/support/screens';
import gameConfig from '../vite.config';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    lighthouse: { type: 'string', default: '5' },
    games: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const ROOT = resolve(import.meta.dirname, '..');
const BARE_OUT = resolve(ROOT, 'node_modules/.cache/bench-web/bare');
/** Slow 4G as Lighthouse defines it: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (bytes/s here). */
const SLOW_4G = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const CPU_SLOWDOWN = 4;
/** How long each idle screen is watched (ms), after it has settled. */
const IDLE_WINDOW_MS = 5000;
const VIEWPORT = { width: 412, height: 823 };

const print = (line: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (i: number) => s[i] ?? NaN;
  return s.length % 2 ? at((s.length - 1) / 2) : (at(s.length / 2 - 1) + at(s.length / 2)) / 2;
};
const round = (x: number, digits = 3) => Number(x.toFixed(digits));

/** The bare page: an empty Phaser game built with the game's own Vite settings (minus its plugins). */
async function buildAll(): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn' });
  const bare: InlineConfig = {
    ...gameConfig,
    configFile: false,
    plugins: [],
    root: resolve(ROOT, 'scripts/bench-web/bare'),
    logLevel: 'warn',
    build: { ...gameConfig.build, outDir: BARE_OUT, emptyOutDir: true },
  };
  await build(bare);
}

async function serve(outDir: string | null): Promise<PreviewServer> {
  const server = outDir
    ? await preview({
        configFile: false,
        root: ROOT,
        build: { outDir },
        preview: { port: 0, host: '127.0.0.1' },
        logLevel: 'warn',
      })
    : await preview({ root: ROOT, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return server;
}
const urlOf = (s: PreviewServer): string => s.resolvedUrls?.local[0] ?? '';

/** Records when the title's first control is on screen (the frame after it appears): window.__usable, ms. */
const USABLE_MARK = `new MutationObserver((_, observer) => {
  if (!document.getElementById('menu-newGame')) return;
  observer.disconnect();
  requestAnimationFrame(() => { window.__usable = performance.now(); });
}).observe(document, { subtree: true, childList: true });`;

/** Bytes over the wire (headers included) of every response complete by `atMs`, the document's too. */
const bytesBefore = (atMs: number) => `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  let bytes = nav ? nav.transferSize : 0;
  for (const r of performance.getEntriesByType('resource')) if (r.responseEnd <= ${atMs}) bytes += r.transferSize;
  return bytes;
})()`;

/** Main-thread busy share over IDLE_WINDOW_MS: Chromium's own TaskDuration metric (CDP Performance domain). */
async function busyShare(cdp: CDPSession): Promise<number> {
  const taskSeconds = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };
  const before = await taskSeconds();
  const start = performance.now();
  await sleep(IDLE_WINDOW_MS);
  const after = await taskSeconds();
  return (after - before) / ((performance.now() - start) / 1000);
}

async function throttledPage(browser: Browser): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // Wall-clock task time (timeTicks): under CPU throttling a task's length includes the slowdown.
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  await page.addInitScript(USABLE_MARK);
  return { page, cdp };
}

interface BareRun {
  firstFrameMs: number;
  bytes: number;
  idleBusy: number;
}
async function runBare(browser: Browser, url: string): Promise<BareRun> {
  const { page, cdp } = await throttledPage(browser);
  await page.goto(url, { waitUntil: 'commit' });
  await waitForScript(page, 'window.__firstFrame !== undefined', 120_000);
  const firstFrameMs = Number(await page.evaluate('window.__firstFrame'));
  const bytes = Number(await page.evaluate(bytesBefore(firstFrameMs)));
  await sleep(2000);
  const idleBusy = await busyShare(cdp);
  await page.context().close();
  return { firstFrameMs, bytes, idleBusy };
}

interface GameRun {
  usableMs: number;
  bytes: number;
  titleBusy: number;
  yearBusy: number;
}
async function runGame(browser: Browser, url: string): Promise<GameRun> {
  const { page, cdp } = await throttledPage(browser);
  await page.goto(url, { waitUntil: 'commit' });
  await waitForScript(page, 'window.__usable !== undefined', 120_000);
  const usableMs = Number(await page.evaluate('window.__usable'));
  const bytes = Number(await page.evaluate(bytesBefore(usableMs)));
  // The idle title: the engine downloaded (standby), nothing else under way.
  await waitForScript(page, `document.documentElement.dataset.engine === 'standby'`, 180_000);
  await sleep(2000);
  const titleBusy = await busyShare(cdp);
  // The idle year screen: the first plan of a short game, after the city has drawn and settled.
  await page.click('#menu-newGame');
  await page.click('label[for="setup-length-short"]');
  await page.click('.setup button[type=submit]');
  await page.locator('.plan').waitFor({ timeout: 120_000 });
  await waitForScript(page, `document.documentElement.dataset.engine === 'ready'`, 180_000);
  await sleep(6000);
  const yearBusy = await busyShare(cdp);
  await page.context().close();
  return { usableMs, bytes, titleBusy, yearBusy };
}

/** JS heap (bytes used, after a forced GC) after one and after `games` whole short games in one page. */
async function heapAfterGames(browser: Browser, url: string, games: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const heaps: number[] = [];
  let shown = await startShortGame(page, `${url}?seed=8`);
  for (let game = 1; game <= games; game += 1) {
    for (let steps = 0; shown.kind !== 'results' && steps < 300; steps += 1)
      shown = await step(page);
    if (shown.kind !== 'results') throw new Error(`game ${game} did not reach its results`);
    await sleep(1000);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    heaps.push(usedSize);
    if (game < games) {
      await page.click('#results-again', { timeout: 90_000 });
      // The results stay on screen until the new game's plan replaces them: wait for that plan.
      await page.locator('.plan').waitFor({ timeout: 90_000 });
      shown = await waitForScreen(page);
      if (shown.kind !== 'plan') throw new Error(`game ${game + 1} opened on ${shown.kind}`);
    }
  }
  await context.close();
  return heaps;
}

interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  tbtMs: number;
  fcpMs: number;
  lcpMs: number;
  speedIndexMs: number;
  cls: number;
}
/** Lighthouse 12, its default mobile preset (simulated Slow 4G and 4× CPU), on the same Chromium. */
async function lighthouseRun(chromePath: string, url: string): Promise<LighthouseScores> {
  const port = 9300 + Math.floor(Math.random() * 600);
  const browser = await chromium.launch({
    executablePath: chromePath,
    headless: true,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  try {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned nothing');
    const { categories, audits } = result.lhr;
    return {
      performance: categories.performance?.score ?? 0,
      accessibility: categories.accessibility?.score ?? 0,
      bestPractices: categories['best-practices']?.score ?? 0,
      tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
      // The metrics behind the performance score, so a low score says which one fell.
      fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? 0),
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
      speedIndexMs: Math.round(audits['speed-index']?.numericValue ?? 0),
      cls: round(audits['cumulative-layout-shift']?.numericValue ?? 0),
    };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  if (!args['no-build']) await buildAll();
  const game = await serve(null);
  const bare = await serve(BARE_OUT);
  const chromePath = findChromium();
  const browser = await chromium.launch({
    executablePath: chromePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const bares: BareRun[] = [];
    const games: GameRun[] = [];
    // In turn, so a slow moment of the shared machine falls on both pages alike.
    for (let run = 1; run <= RUNS; run += 1) {
      const b = await runBare(browser, urlOf(bare));
      bares.push(b);
      print({ name: 'bare', run, ...b });
      const g = await runGame(browser, urlOf(game));
      games.push(g);
      print({ name: 'game', run, ...g, usableRatio: round(g.usableMs / b.firstFrameMs) });
    }
    const firstFrame = median(bares.map((b) => b.firstFrameMs));
    const bareBytes = median(bares.map((b) => b.bytes));
    print({
      name: 'usable-vs-bare-first-frame',
      value: round(median(games.map((g) => g.usableMs)) / firstFrame),
      target: '<= 0.5',
    });
    print({
      name: 'bytes-before-usable-vs-bare',
      value: round(median(games.map((g) => g.bytes)) / bareBytes),
      target: '<= 0.5',
    });
    print({
      name: 'idle-title-busy-share',
      value: round(median(games.map((g) => g.titleBusy))),
      target: '<= 0.05',
    });
    print({
      name: 'idle-year-busy-share',
      value: round(median(games.map((g) => g.yearBusy))),
      target: '<= 0.10',
    });
    print({ name: 'bare-idle-busy-share', value: round(median(bares.map((b) => b.idleBusy))) });
    const gamesToPlay = Number(args.games);
    if (gamesToPlay > 1) {
      const heaps = await heapAfterGames(browser, urlOf(game), gamesToPlay);
      print({
        name: 'heap-after-games-vs-one',
        value: round((heaps.at(-1) ?? NaN) / (heaps[0] ?? NaN)),
        heapsBytes: heaps,
        target: '<= 1.2',
      });
    }
    const scores: LighthouseScores[] = [];
    for (let run = 1; run <= Number(args.lighthouse); run += 1) {
      scores.push(await lighthouseRun(chromePath, urlOf(game)));
      print({ name: 'lighthouse-game', run, ...scores.at(-1) });
    }
    if (scores.length > 0) {
      // Lighthouse's own advice for a noisy machine: report the median of several runs.
      const mid = (key: keyof LighthouseScores) => median(scores.map((x) => x[key]));
      print({
        name: 'lighthouse-game-median',
        runs: scores.length,
        performance: mid('performance'),
        accessibility: mid('accessibility'),
        bestPractices: mid('bestPractices'),
        tbtMs: mid('tbtMs'),
        fcpMs: mid('fcpMs'),
        lcpMs: mid('lcpMs'),
        speedIndexMs: mid('speedIndexMs'),
        cls: mid('cls'),
      });
    }
    if (Number(args.lighthouse) > 0) {
      print({ name: 'lighthouse-bare', run: 1, ...(await lighthouseRun(chromePath, urlOf(bare))) });
    }
    print({
      name: 'lighthouse-targets',
      target: 'performance >= 0.95, accessibility 1, best practices 1, TBT <= 200 ms',
    });
  } finally {
    await browser.close();
    await game.close();
    await bare.close();
  }
}

await main();
