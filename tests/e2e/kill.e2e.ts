// Killing the browser (SIGKILL, at the click or a few ms later) never takes back a step the player saw done: a relaunch resumes there.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import {
  clickStep,
  indexedDbErrors,
  judge,
  launchKillable,
  resume,
  screenKey,
  startShortGame,
  step,
  type KillableBrowser,
  type ScreenShot,
} from './support/kill';

interface KillPoint {
  /** The screen whose step button is clicked. */
  readonly kind: string;
  /** Only in this year (HUD text), else at the next screen of that kind. */
  readonly year?: string;
  /** ms between the click and the kill, timed in the page (0: the same task as the click). */
  readonly delayMs: number;
}

// Every kind of committed step, most at the very click (0 ms), some a few ms on, two once the write is long done.
const KILL_POINTS: readonly KillPoint[] = [
  { kind: 'plan', delayMs: 0 },
  { kind: 'year', delayMs: 3 },
  { kind: 'event', delayMs: 0 },
  { kind: 'checkpoint-intro', delayMs: 5 },
  { kind: 'quiz', delayMs: 0 },
  { kind: 'quiz-feedback', delayMs: 2 },
  { kind: 'quiz-feedback', delayMs: 0 },
  { kind: 'checkpoint-summary', delayMs: 0 },
  { kind: 'plan', delayMs: 600 },
  // The last year meets no event: its year screen's Continue ends the game (one write of the finished game),
  // taken again once the write is long done, in case the kill before came before it reached the disk.
  { kind: 'year', year: 'Year 2026', delayMs: 0 },
  { kind: 'year', year: 'Year 2026', delayMs: 600 },
];

let browser: KillableBrowser | undefined;
let profile: string | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
  if (profile) rmSync(profile, { recursive: true, force: true });
  profile = undefined;
});

const matches = (point: KillPoint, shown: ScreenShot) =>
  shown.kind === point.kind && (point.year === undefined || shown.year === point.year);

// About 11 kills with a relaunch of 1-4 s each plus a short game: 25 s on an idle 2-core machine, 45 s under load.
describe('a killed browser', { timeout: 150_000 }, () => {
  it('resumes on the screen shown as done (or the one before, if the next had not shown)', async () => {
    const executable = inject('chromiumPath');
    const url = `${inject('baseUrl')}?seed=2`;
    const dir = mkdtempSync(join(tmpdir(), 'beijings-bet-kill-'));
    profile = dir;
    browser = await launchKillable(executable, dir);
    let shown = await startShortGame(browser.page, url);
    /** Screens in the order they were shown, to tell an earlier screen from a later one. */
    const order = [screenKey(shown)];
    const log: string[] = [];
    let next = 0;
    for (let steps = 0; next < KILL_POINTS.length && steps < 120; steps += 1) {
      const point = KILL_POINTS[next];
      if (shown.kind === 'results') break;
      if (!point || !matches(point, shown)) {
        shown = await step(browser.page);
        if (!order.includes(screenKey(shown))) order.push(screenKey(shown));
        continue;
      }
      next += 1;
      const record = await clickStep(browser.page, point.delayMs);
      // Every Chromium process of the profile died with the group kill.
      expect(await browser.kill()).toEqual([]);
      const atKill = screenKey(record.atKill);
      if (!record.atKill.busy && !order.includes(atKill)) order.push(atKill);
      browser = await launchKillable(executable, dir);
      shown = await resume(browser.page, url);
      const verdict = judge(record, shown, order);
      log.push(
        `${point.kind} +${point.delayMs} ms: showed ${atKill}${record.atKill.busy ? ' (busy)' : ''}; resumed ${screenKey(shown)} [${shown.banners.join(',')}]: ${verdict}`,
        // Chromium deletes an IndexedDB it finds corrupt on opening: that is how a whole game can go.
        ...indexedDbErrors(browser.stderr()),
      );
      // At the click itself the old screen still shows, inert: the step is not shown as done yet.
      if (point.delayMs === 0) expect(record.atKill.busy, log.join('\n')).toBe(true);
      if (record.atKill.busy) {
        expect(['exact', 'oneStepBackWhileBusy'], log.join('\n')).toContain(verdict);
      } else {
        expect(verdict, log.join('\n')).toBe('exact');
      }
      expect(shown.banners, log.join('\n')).not.toContain('corrupt');
      if (!order.includes(screenKey(shown))) order.push(screenKey(shown));
    }
    // Every kill point was reached, but the last may be skipped when the one before already ended the game.
    expect(next, log.join('\n')).toBeGreaterThanOrEqual(KILL_POINTS.length - 1);
    // The last kill finished the game: its results, or the last year screen before them if still busy, come back.
    expect(['results', 'year'], log.join('\n')).toContain(shown.kind);
  });
});
