// The year's city scene in a real Chromium: driven through the `stage-ready` controller, screenshotted at two sizes.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { CapabilityPoint, CityView, StageController } from '../../src/app/stage';
import type { Indicators } from '../../src/sim';
import { openSession, SCREENSHOT_DIR, waitForEngine, type Session } from './support/browser';

declare global {
  interface Window {
    __testStage?: StageController;
  }
}

const FIRST = 2018;
const LAST = 2029;

/** Capability climbing towards a frontier that moves 3.4 points a year, one point per year up to `year`. */
function history(year: number, pace: number): CapabilityPoint[] {
  return Array.from({ length: year - FIRST + 1 }, (_, i) => ({
    year: FIRST + i,
    capability: Math.min(100, 30 + pace * i),
    frontier: Math.min(100, 55 + 3.4 * i),
  }));
}

function view(
  year: number,
  indicators: Indicators,
  previous: Indicators | null,
  pace: number,
): CityView {
  return {
    year,
    firstYear: FIRST,
    lastYear: LAST,
    indicators,
    previous,
    history: history(year, pace),
    allocation: previous ? { chips: 3, incubators: 2.5, talent: 2, openSource: 1.5 } : null,
    budget: 9,
  };
}

const START: Indicators = {
  capability: 30,
  chipAutonomy: 20,
  ecosystem: 25,
  talent: 30,
  influence: 15,
  waste: 10,
};
const GOOD_BEFORE: Indicators = {
  capability: 48,
  chipAutonomy: 42,
  ecosystem: 45,
  talent: 50,
  influence: 35,
  waste: 18,
};
const GOOD: Indicators = {
  capability: 55,
  chipAutonomy: 52,
  ecosystem: 58,
  talent: 57,
  influence: 48,
  waste: 15,
};
const BAD: Indicators = {
  capability: 41,
  chipAutonomy: 28,
  ecosystem: 30,
  talent: 46,
  influence: 30,
  waste: 72,
};
const FINAL_BEFORE: Indicators = {
  capability: 80,
  chipAutonomy: 78,
  ecosystem: 80,
  talent: 82,
  influence: 76,
  waste: 22,
};
const FINAL: Indicators = {
  capability: 88,
  chipAutonomy: 86,
  ecosystem: 90,
  talent: 92,
  influence: 88,
  waste: 20,
};

const VIEWS: Record<string, CityView> = {
  first: view(FIRST, START, null, 0),
  good: view(2022, GOOD, GOOD_BEFORE, 6),
  bad: view(2023, BAD, GOOD_BEFORE, 2.5),
  final: view(LAST, FINAL, FINAL_BEFORE, 5.2),
};

let session: Session | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Opens the game, catches the controller from `stage-ready`, and hides the DOM overlay behind a stand-in panel. */
async function openStage(
  viewport: { width: number; height: number },
  reduced: boolean,
): Promise<Page> {
  session = await openSession({
    viewport,
    reducedMotion: reduced ? 'reduce' : 'no-preference',
    // The stand-in panel below is an injected <style>, which the page's policy refuses.
    bypassCSP: true,
  });
  const { page } = session;
  await page.addInitScript(() => {
    // The event does not bubble: listen in the capture phase, before #stage exists.
    window.addEventListener(
      'stage-ready',
      (e) => (window.__testStage = (e as CustomEvent<StageController>).detail),
      true,
    );
  });
  await page.goto(session.baseUrl);
  // The engine starts when the player heads for a game.
  expect(await waitForEngine(page)).toBe('standby');
  await page.click('#menu-newGame');
  await page.locator('#setup-title').waitFor();
  expect(await waitForEngine(page)).toBe('ready');
  await page.waitForFunction(() => window.__testStage !== undefined);
  // Where the real year panel will sit: right 40% on landscape, bottom half on portrait.
  await page.addStyleTag({
    content: `#overlay { visibility: hidden; }
      #fake-panel { position: fixed; background: rgba(15, 18, 40, 0.82); border-left: 2px solid #ffd166; }
      @media (orientation: landscape) { #fake-panel { top: 0; right: 0; bottom: 0; width: 40%; } }
      @media (orientation: portrait) { #fake-panel { left: 0; right: 0; bottom: 0; height: 50%; } }`,
  });
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('div'), { id: 'fake-panel' })),
  );
  return page;
}

async function showCity(page: Page, name: string, reduced: boolean): Promise<void> {
  const v = VIEWS[name];
  await page.evaluate((cityView) => window.__testStage?.showCity(cityView as CityView), v);
  await page.waitForTimeout(reduced ? 400 : 1900); // the change unfolds over 1.5 s
}

/** Frames per second the page manages over `ms`, counted with requestAnimationFrame (Phaser renders in it). */
function measureFps(page: Page, ms: number): Promise<number> {
  return page.evaluate(
    (duration) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const start = performance.now();
        const tick = (): void => {
          frames += 1;
          if (performance.now() - start < duration) requestAnimationFrame(tick);
          else resolve((frames * 1000) / (performance.now() - start));
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

describe.each([
  { label: 'desktop', viewport: { width: 1280, height: 720 } },
  { label: 'phone', viewport: { width: 390, height: 844 } },
])('city scene on a $label screen', ({ label, viewport }) => {
  it.each([false, true])('draws every kind of year (reduced motion: %s)', async (reduced) => {
    const page = await openStage(viewport, reduced);
    const suffix = `${label}${reduced ? '-still' : ''}`;
    // The title's frame rate on the same machine, once it has settled, is the yardstick for the city's.
    await page.waitForTimeout(1000);
    const titleFps = reduced ? 0 : await measureFps(page, 2000);
    const shots: Record<string, Buffer> = {};
    for (const name of Object.keys(VIEWS)) {
      await showCity(page, name, reduced);
      shots[name] = await page.screenshot({ path: `${SCREENSHOT_DIR}/city-${name}-${suffix}.png` });
    }
    expect(shots.first?.equals(shots.final ?? Buffer.alloc(0))).toBe(false);
    expect(shots.good?.equals(shots.bad ?? Buffer.alloc(0))).toBe(false);
    // A blank or one-colour canvas compresses to a few kB; the city is far richer than that.
    expect(shots.final?.length ?? 0).toBeGreaterThan(15_000);
    if (!reduced) {
      // Mid-animation and ambient frame rate on software WebGL.
      await page.evaluate(
        (cityView) => window.__testStage?.showCity(cityView as CityView),
        VIEWS.good,
      );
      const fps = await measureFps(page, 3000);
      console.log(`${label}: title ${titleFps.toFixed(1)} fps, city ${fps.toFixed(1)} fps`);
      // Software WebGL on a shared machine is noisy: the city must not be much slower than the title.
      expect(fps).toBeGreaterThan(Math.min(15, titleFps * 0.7));
    }
    // Back to the title and to the city again: both scenes survive the switch.
    await page.evaluate(() => window.__testStage?.showTitle());
    await page.waitForTimeout(300);
    await showCity(page, 'bad', true);
    expect(session?.problems).toEqual([]);
  });
});

describe('city scene', () => {
  it('follows the window when it turns from landscape to portrait', async () => {
    const page = await openStage({ width: 1366, height: 768 }, true);
    await showCity(page, 'good', true);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/city-good-1366.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/city-good-rotated.png` });
    expect(session?.problems).toEqual([]);
  });
});
