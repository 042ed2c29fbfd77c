// Launches Chromium on a kept profile so a test can SIGKILL it mid-step, and describes and steps the game screen for kill checks.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium';
import { waitForScript } from './screens';

/** SIGKILL every Chromium process at once (`group`), or only the browser process (its children then die on their own). */
export type KillTarget = 'group' | 'browser';

/** A Chromium we started ourselves (so we own its process group) and drive over CDP. */
export interface KillableBrowser {
  readonly browser: Browser;
  readonly page: Page;
  readonly pid: number;
  /**
   * SIGKILLs the browser's whole process group at once (browser, renderer, GPU, network, storage)
   * and waits until it is gone; resolves to the pids of profile processes that outlived it by 1 s
   * (none expected; they are SIGKILLed too).
   */
  kill(target?: KillTarget): Promise<number[]>;
  /** Closes the browser normally (end of a test). */
  close(): Promise<void>;
  /** The last 20,000 characters Chromium wrote to stderr (for diagnoses). */
  stderr(): string;
}

/** Chromium's own IndexedDB complaints in its stderr (a LevelDB it found corrupt and deleted...). */
export const indexedDbErrors = (stderr: string): string[] =>
  stderr.split('\n').filter((line) => line.includes('indexed_db'));

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Pids of processes still running with this profile (a clean kill leaves none). */
export function profileProcesses(profile: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSafe('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(join('/proc', entry, 'cmdline'), 'utf8');
      if (
        cmd.includes(`--user-data-dir=${profile}\0`) ||
        cmd.endsWith(`--user-data-dir=${profile}`)
      )
        pids.push(Number(entry));
    } catch {
      // The process ended while we read it.
    }
  }
  return pids;
}

function readdirSafe(path: string): string[] {
  try {
    return existsSync(path) ? readdirSync(path) : [];
  } catch {
    return [];
  }
}

/**
 * Starts Chromium on `profile` with a DevTools port chosen by the system, in a process group of its
 * own (so SIGKILL to the group takes every Chromium process down in the same instant), and connects.
 */
export async function launchKillable(
  executable: string,
  profile: string,
): Promise<KillableBrowser> {
  const child = spawn(
    executable,
    [
      ...CHROMIUM_ARGS,
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--lang=en-US',
      '--window-size=1280,720',
      '--disable-session-crashed-bubble',
      '--hide-crash-restore-bubble',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${executable}`);
  let text = '';
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no DevTools endpoint from Chromium:\n${text}`)),
      20_000,
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      text = (text + chunk.toString()).slice(-20_000);
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', () => reject(new Error(`Chromium exited before it listened:\n${text}`)));
  });
  // Keep reading stderr so Chromium never blocks on a full pipe.
  child.stderr?.resume();
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium over CDP has no default (profile) context');
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1280, height: 720 });
  // The city's animations cost CPU on a shared machine and have nothing to do with saving.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return {
    browser,
    page,
    pid,
    stderr: () => text,
    async kill(target: KillTarget = 'group') {
      try {
        process.kill(target === 'group' ? -pid : pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      await exited(child);
      // A process outside the group (none expected) would outlive the kill and keep the profile locked.
      for (let i = 0; i < 50 && profileProcesses(profile).length > 0; i += 1) await sleep(20);
      const strays = profileProcesses(profile);
      for (const stray of strays) {
        try {
          process.kill(stray, 'SIGKILL');
        } catch {
          // Gone meanwhile.
        }
      }
      return strays;
    },
    async close() {
      await browser.close().catch(() => undefined);
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await Promise.race([exited(child), sleep(3_000)]);
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    },
  };
}

/** What the player sees, and whether the game area still refuses input while a step reaches the disk. */
export interface ScreenShot {
  /** plan, year, event, event-outcome, checkpoint-intro, quiz, quiz-feedback, checkpoint-summary, results, title or none. */
  readonly kind: string;
  readonly year: string;
  readonly heading: string;
  /** The quiz's "Question n of m", else empty. */
  readonly position: string;
  readonly sliders: readonly string[];
  /** The game area (or the answer form) is inert/aria-busy: the old screen still shows, the step is not shown as done. */
  readonly busy: boolean;
  /** data-kind of every storage message showing (corrupt, memory, locked, replayed...). */
  readonly banners: readonly string[];
}

/** One screen's identity for ordering: two screens of a game never share it. */
export const screenKey = (s: ScreenShot): string =>
  `${s.kind}|${s.year}|${s.position}|${s.heading}`;

// Page scripts are strings: tsx (the kill probe) would wrap named functions in a helper the page lacks.
const DESCRIBE_FN = `() => {
  const kinds = ['plan', 'year', 'event', 'event-outcome', 'checkpoint-intro', 'checkpoint-summary', 'quiz', 'results'];
  const visible = (el) => !!el && el.getClientRects().length > 0;
  const card = document.querySelector('.game-main .card, .game-main .quiz, .game-main .results');
  let kind = visible(card) ? kinds.find((k) => card.classList.contains(k)) ?? 'none' : 'none';
  if (kind === 'quiz' && document.querySelector('.game-main .quiz-feedback')) kind = 'quiz-feedback';
  if (kind === 'none' && visible(document.getElementById('menu-newGame'))) kind = 'title';
  const host = document.querySelector('.game-main .screen-host');
  const form = document.querySelector('.game-main .quiz-form');
  const text = (sel) => (document.querySelector(sel)?.textContent ?? '').trim();
  return {
    kind,
    year: text('.hud-year'),
    heading: text('.game-main h2, .game-main h1'),
    position: text('.game-main .quiz-position'),
    sliders: [...document.querySelectorAll('.plan input[type=range]')].map((i) => i.value),
    busy: host?.getAttribute('aria-busy') === 'true' || !!host?.inert || !!form?.inert,
    banners: [...document.querySelectorAll('.storage-message')]
      .filter((m) => visible(m))
      .map((m) => m.getAttribute('data-kind') ?? ''),
  };
}`;

export async function describeScreen(page: Page): Promise<ScreenShot> {
  return (await page.evaluate(`(${DESCRIBE_FN})()`)) as ScreenShot;
}

/**
 * The buttons that take the natural next step on each screen, clicked in one task. An event takes two:
 * a choice turns the card into its outcome (view only), whose Continue sends the choice.
 */
export const STEP_BUTTON: Readonly<Record<string, readonly string[]>> = {
  plan: ['.plan button[type=submit]'],
  year: ['.year .button.primary'],
  event: ['.option-button', '.event-outcome .button.primary'],
  'checkpoint-intro': ['.checkpoint-intro .button.primary'],
  quiz: ['.quiz-submit'],
  'quiz-feedback': ['.quiz-next'],
  'checkpoint-summary': ['.checkpoint-summary .button.primary'],
};

const FILL_ANSWER = `(() => {
  document.querySelector('.quiz-form input[type=radio]')?.click();
  const n = document.querySelector('.quiz-form input[type=number]');
  if (n) n.value = n.min;
  for (const s of document.querySelectorAll('.quiz-form select')) s.selectedIndex = 1;
})()`;

export interface StepRecord {
  /** The screen just before the click. */
  readonly before: ScreenShot;
  /** The screen `delayMs` after the click, read in the page right before the kill. */
  readonly atKill: ScreenShot;
}

/** The buttons that take the step on the screen showing, in order (a quiz question gets an answer first). */
async function stepButton(page: Page): Promise<readonly string[]> {
  const before = await describeScreen(page);
  if (before.kind === 'quiz') await page.evaluate(FILL_ANSWER);
  const selector = STEP_BUTTON[before.kind];
  if (!selector) throw new Error(`no step to take on the ${before.kind} screen`);
  return selector;
}

/**
 * Clicks the step button of the screen showing, waits `delayMs` in the page (0: same task as the
 * click) and describes the screen there; the caller kills the browser as soon as this returns.
 */
export async function clickStep(page: Page, delayMs: number): Promise<StepRecord> {
  const selector = await stepButton(page);
  const script = `(async () => {
    const describe = ${DESCRIBE_FN};
    const before = describe();
    for (const s of ${JSON.stringify(selector)}) document.querySelector(s).click();
    if (${delayMs} > 0) await new Promise((r) => setTimeout(r, ${delayMs}));
    return { before, atKill: describe() };
  })()`;
  return (await page.evaluate(script)) as StepRecord;
}

/** Waits until the game area takes input again and a game screen shows. */
export async function waitForScreen(page: Page, timeout = 15_000): Promise<ScreenShot> {
  await waitForScript(
    page,
    `(() => {
    const s = (${DESCRIBE_FN})();
    return s.kind !== 'none' && s.kind !== 'title' && !s.busy;
  })()`,
    timeout,
  );
  return describeScreen(page);
}

/** Takes one step without killing (the screen after it has settled). */
export async function step(page: Page): Promise<ScreenShot> {
  await clickStep(page, 0);
  return waitForScreen(page);
}

/**
 * Takes one step without killing and measures, in the page, how long the game area stayed busy
 * (the committed step's write to IndexedDB, as the game waits for it).
 */
export async function timedStep(page: Page): Promise<{ shown: ScreenShot; busyMs: number }> {
  const selector = await stepButton(page);
  const script = `(async () => {
    const describe = ${DESCRIBE_FN};
    const main = document.querySelector('.game-main');
    const start = performance.now();
    for (const s of ${JSON.stringify(selector)}) document.querySelector(s).click();
    if (describe().busy) {
      await new Promise((resolve) => {
        const watch = new MutationObserver(() => {
          if (describe().busy) return;
          watch.disconnect();
          resolve();
        });
        watch.observe(main, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'inert'] });
      });
    }
    return performance.now() - start;
  })()`;
  const busyMs = Number(await page.evaluate(script));
  return { shown: await waitForScreen(page), busyMs };
}

/** How relaunches found the saved game: opened by itself, or through Continue on the title. */
export const resumedVia = { itself: 0, continueMenu: 0, neither: 0 };

/**
 * Opens the game URL on a relaunched browser and waits for the saved game: the game opens by itself
 * once the saves are read; failing that, Continue on the title is pressed, as a player would.
 */
export async function resume(page: Page, url: string): Promise<ScreenShot> {
  await page.goto(url);
  try {
    const shown = await waitForScreen(page, 8_000);
    resumedVia.itself += 1;
    return shown;
  } catch {
    // Not by itself: try the menu.
  }
  if (await page.locator('#menu-continue').isVisible()) await page.click('#menu-continue');
  try {
    const shown = await waitForScreen(page, 5_000);
    resumedVia.continueMenu += 1;
    return shown;
  } catch {
    resumedVia.neither += 1;
    return describeScreen(page);
  }
}

/** Starts a short game (seed from the URL) from the title and waits for its first plan screen. */
export async function startShortGame(page: Page, url: string): Promise<ScreenShot> {
  await page.goto(url);
  await page.click('#menu-newGame');
  await page.click('label[for="setup-length-short"]');
  await page.click('.setup button[type=submit]');
  await page.locator('.plan').waitFor();
  return waitForScreen(page);
}

export type Verdict =
  | 'exact' // resumed on the screen the step leads to (or, shown done, the screen shown)
  | 'oneStepBackWhileBusy' // resumed on the old screen, which still showed (busy): the step was never shown as done
  | 'lost' // resumed earlier than the screen shown as done, or no saved game at all
  | 'corrupt' // a corrupt-data banner
  | 'noStep' // the click took no step (a refused budget): nothing to judge
  | 'unexpected'; // anything else (a screen never seen and not the step's outcome...)

/**
 * Judges a resumed screen against what showed at the kill. `order` lists the keys of the screens
 * shown so far in play order (without the step's outcome when it had not shown).
 */
export function judge(record: StepRecord, resumed: ScreenShot, order: readonly string[]): Verdict {
  if (resumed.banners.includes('corrupt')) return 'corrupt';
  // Every kill point is inside a game: a relaunch without one lost every step shown as done.
  if (resumed.kind === 'none' || resumed.kind === 'title') return 'lost';
  const shown = screenKey(record.atKill);
  const back = screenKey(record.before);
  const got = screenKey(resumed);
  const at = (key: string) => order.indexOf(key);
  if (!record.atKill.busy && shown === back) {
    if (got === back) return 'noStep';
    return at(got) >= 0 && at(got) < at(back) ? 'lost' : 'unexpected';
  }
  if (!record.atKill.busy) {
    if (got === shown) return 'exact';
    if (at(got) >= 0 && at(got) < at(shown)) return 'lost';
    return 'unexpected';
  }
  if (got === back) return 'oneStepBackWhileBusy';
  if (at(got) >= 0 && at(got) < at(back)) return 'lost';
  // Busy: the old screen still showed. A screen after it, not seen yet: the step reached the disk.
  return at(got) < 0 ? 'exact' : 'unexpected';
}
