// Browser benchmarks: the longest main-thread task while a scripted short game is played, how long each step waits for its save to reach the disk, and frames per second while a year animates.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium';
import { answerAnything, screenKind, waitForScript } from '../e2e/support/screens';

interface Result {
  name: string;
  value: number;
  unit: string;
}

/**
 * Installed in the page: a MessageChannel ping-pong records the longest gap between two turns of the
 * event loop, i.e. the longest task, in ms (PerformanceObserver's longtask only reports tasks over 50 ms).
 * Page scripts are strings: tsx would otherwise wrap named functions in a helper the page lacks.
 */
const TASK_PROBE = `
  window.__longest = 0;
  window.__measuring = false;
  const channel = new MessageChannel();
  let last = performance.now();
  channel.port1.onmessage = () => {
    const now = performance.now();
    if (window.__measuring) window.__longest = Math.max(window.__longest, now - last);
    last = now;
    setTimeout(() => channel.port2.postMessage(0), 0);
  };
  channel.port2.postMessage(0);
  // The browser's own view: each single task over 50 ms (the probe above may add two adjacent tasks together).
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    if (window.__measuring) for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  // How long each step keeps the game area busy (aria-busy) while its save reaches the disk.
  window.__durable = [];
  const busySince = new WeakMap();
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target;
      if (el.getAttribute('aria-busy') === 'true') busySince.set(el, performance.now());
      else if (busySince.has(el)) {
        window.__durable.push(performance.now() - busySince.get(el));
        busySince.delete(el);
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
`;

/** Frames drawn during the 1.5 s year animation, per second. */
const YEAR_FPS = `new Promise((resolve) => {
  let frames = 0;
  const start = performance.now();
  const tick = (now) => {
    frames += 1;
    if (now - start < 1500) requestAnimationFrame(tick);
    else resolve((frames / (now - start)) * 1000);
  };
  requestAnimationFrame(tick);
})`;

async function yearFps(page: Page): Promise<number> {
  return Number(await page.evaluate(YEAR_FPS));
}

async function playScriptedGame(page: Page): Promise<number[]> {
  const fps: number[] = [];
  // The game is set up from the setup screen, where the engine has just started.
  await page.click('label[for="setup-length-short"]');
  await page.click('.setup button[type=submit]');
  for (let step = 0; step < 200; step += 1) {
    const kind = await screenKind(page);
    if (kind === 'results') break;
    if (kind === 'plan') await page.click('.plan button[type=submit]');
    if (kind === 'year') {
      fps.push(await yearFps(page));
      await page.click('.year .button.primary');
    }
    if (kind === 'event') await page.click('.option-button');
    if (kind === 'event-outcome') await page.click('.event-outcome .button.primary');
    if (kind === 'checkpoint-intro') await page.click('.checkpoint-intro .button.primary');
    if (kind === 'checkpoint-summary') await page.click('.checkpoint-summary .button.primary');
    if (kind === 'quiz') {
      if (await page.$('.quiz-next')) await page.click('.quiz-next');
      else await answerAnything(page); // any answer will do for timing
    }
    await page.waitForTimeout(30);
  }
  return fps;
}

export async function run(): Promise<Result[]> {
  if (!existsSync('dist/index.html')) await build({ logLevel: 'warn' });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0] ?? '';
  const profile = mkdtempSync(join(tmpdir(), 'beijings-bet-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 720 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(TASK_PROBE);
    const started = Date.now();
    await page.goto(`${url}?seed=2`);
    await page.locator('#menu-newGame').waitFor();
    const titleUsableMs = Date.now() - started;
    // The engine waits, downloaded but not evaluated, until the player heads for a game (New game):
    // its start-up (evaluating Phaser) is then one unavoidable task, measured on its own.
    await waitForScript(page, `document.documentElement.dataset.engine === 'standby'`, 60_000);
    await page.evaluate('window.__measuring = true');
    await page.click('#menu-newGame');
    await waitForScript(page, `document.documentElement.dataset.engine === 'ready'`, 60_000);
    const engineTask = await page.evaluate(
      () => (window as unknown as { __longest: number }).__longest,
    );
    // A player reads the title for a moment before choosing: idle time the game uses to prepare the city.
    await page.waitForTimeout(2000);
    await page.evaluate('window.__longest = 0; window.__longTasks = []');
    const fps = await playScriptedGame(page);
    const longTasks = (await page.evaluate('window.__longTasks')) as number[];
    const longest = await page.evaluate(
      () => (window as unknown as { __longest: number }).__longest,
    );
    const round = (x: number) => Math.round(x * 10) / 10;
    const durable = ((await page.evaluate('window.__durable')) as number[]).sort((a, b) => a - b);
    const at = (q: number) =>
      durable[Math.min(durable.length - 1, Math.floor(q * durable.length))] ?? 0;
    return [
      { name: 'ui.durableWaitSteps', value: durable.length, unit: 'steps' },
      { name: 'ui.durableWaitP50Ms', value: round(at(0.5)), unit: 'ms' },
      { name: 'ui.durableWaitP95Ms', value: round(at(0.95)), unit: 'ms' },
      { name: 'ui.durableWaitMaxMs', value: round(durable.at(-1) ?? 0), unit: 'ms' },
      { name: 'ui.titleUsableMs', value: titleUsableMs, unit: 'ms' },
      { name: 'ui.engineStartLongestTaskMs', value: round(engineTask), unit: 'ms' },
      { name: 'ui.gameLongestTaskMs', value: round(longest), unit: 'ms' },
      { name: 'ui.gameLongTasksOver50ms', value: longTasks.length, unit: 'tasks' },
      { name: 'ui.gameLongestSingleTaskMs', value: round(Math.max(0, ...longTasks)), unit: 'ms' },
      {
        name: 'ui.yearAnimationFps',
        value: round(fps.reduce((a, b) => a + b, 0) / Math.max(1, fps.length)),
        unit: 'fps',
      },
      { name: 'ui.yearAnimationFpsMin', value: round(Math.min(...fps)), unit: 'fps' },
    ];
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
