// The game in an LMS frame: a host page with scorm-again as the SCORM 1.2 or 2004 API receives suspend data, completion, score and pass/fail, and a new attempt resumes from the suspend data.
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './support/browser';
import { answerAnything, screenKind } from './support/screens';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The session of the attempt under way. */
function open(): Session {
  if (!session) throw new Error('no session');
  return session;
}

const HOST = '__scorm-host__.html';
const LIBRARY = '__scorm-again__.js';

/** The LMS page: scorm-again's API on window (as Moodle's player puts it), the game in an iframe. */
async function openHost(version: '1.2' | '2004', suspendData: string): Promise<Frame> {
  session = await openSession({ locale: 'en-US', reducedMotion: 'reduce' });
  const { page, baseUrl } = session;
  const file = version === '1.2' ? 'scorm12.min.js' : 'scorm2004.min.js';
  const library = readFileSync(`node_modules/scorm-again/dist/${file}`, 'utf8');
  const make = version === '1.2' ? 'Scorm12API' : 'Scorm2004API';
  const slot = version === '1.2' ? 'API' : 'API_1484_11';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="./${LIBRARY}"></script>
<script>
  window.${slot} = new ${make}({ autocommit: false, logLevel: 5 });
  const kept = ${JSON.stringify(suspendData)};
  if (kept) window.${slot}.loadFromJSON({ cmi: { suspend_data: kept } });
  window.lms = window.${slot};
</script></head>
<body style="margin:0"><iframe src="./index.html?seed=2" title="Game" style="border:0;width:1280px;height:720px"></iframe></body></html>`;
  await page.route(`${baseUrl}${HOST}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: html }),
  );
  await page.route(`${baseUrl}${LIBRARY}`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: library }),
  );
  await page.goto(`${baseUrl}${HOST}`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error('no game frame');
  // A resumed game opens straight away and hides the title: the menu only has to exist.
  await frame.waitForSelector('#menu-newGame', { state: 'attached' });
  return frame;
}

const lmsValue = (page: Page, element: string) =>
  page.evaluate((name) => {
    const api = (window as unknown as { lms: Record<string, ((e: string) => string) | undefined> })
      .lms;
    const get = api.LMSGetValue ?? api.GetValue;
    return get ? get.call(api, name) : '';
  }, element);

/** The HUD's facts, without the sound-cue badge that sits in its row for a moment. */
const hudOf = (frame: Frame) =>
  frame.evaluate(() =>
    [...(document.querySelector('.hud-status')?.children ?? [])]
      .filter((el) => !el.classList.contains('sound-cue'))
      .map((el) => (el as HTMLElement).innerText)
      .join('\n'),
  );

const kind = (frame: Frame) => screenKind(frame as unknown as Page);

/** Plays on by plain clicks: until `stop` says so, or the results. */
async function playOn(frame: Frame, stop: (k: string) => boolean): Promise<string> {
  for (let step = 0; step < 150; step += 1) {
    const k = await kind(frame);
    if (stop(k) || k === 'results') return k;
    if (k === 'plan') await frame.click('.plan button[type=submit]');
    else if (k === 'year') await frame.click('.year .button.primary');
    else if (k === 'event') await frame.click('.option-button');
    else if (k === 'event-outcome') await frame.click('.event-outcome .button.primary');
    else if (k === 'checkpoint-intro') await frame.click('.checkpoint-intro .button.primary');
    else if (k === 'checkpoint-summary') await frame.click('.checkpoint-summary .button.primary');
    else if (k === 'quiz') {
      // Between two questions the card can hold neither button for a moment: look again then.
      if (await frame.$('.quiz-next')) await frame.click('.quiz-next');
      else if (await frame.$('.quiz-submit')) await answerAnything(frame as unknown as Page);
    }
    await frame.waitForTimeout(30);
  }
  throw new Error('the game never ended');
}

describe.each(['1.2', '2004'] as const)(
  'inside a SCORM %s LMS',
  { timeout: 150_000 },
  (version) => {
    it('keeps suspend data, resumes from it in a new attempt, and reports the result', async () => {
      // First attempt: a short game up to the first event.
      let frame = await openHost(version, '');
      await frame.click('#menu-newGame');
      await frame.click('label[for="setup-length-short"]');
      await frame.click('.setup button[type=submit]');
      await frame.waitForSelector('.plan');
      await playOn(frame, (k) => k === 'event');
      const hud = await hudOf(frame);
      const kept = await lmsValue(open().page, 'cmi.suspend_data');
      expect(kept.startsWith('bb1:')).toBe(true);
      expect(kept.length).toBeLessThanOrEqual(4096);
      const exitElement = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
      expect(await lmsValue(open().page, exitElement)).toBe('incomplete');
      expect(open().problems).toEqual([]);
      await open().close();

      // Second attempt, in a fresh browser (another computer): only the LMS's data.
      frame = await openHost(version, kept);
      await expect.poll(() => kind(frame), { timeout: 15_000 }).toBe('event');
      expect(await hudOf(frame)).toBe(hud);
      expect(await playOn(frame, () => false)).toBe('results');
      const page = open().page;
      const raw = Number(
        await lmsValue(page, version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw'),
      );
      expect(raw).toBeGreaterThanOrEqual(0);
      expect(raw).toBeLessThanOrEqual(100);
      const passed = raw >= 50 ? 'passed' : 'failed';
      if (version === '1.2') {
        expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe(passed);
      } else {
        expect(await lmsValue(page, 'cmi.completion_status')).toBe('completed');
        expect(await lmsValue(page, 'cmi.success_status')).toBe(passed);
        expect(Number(await lmsValue(page, 'cmi.score.scaled'))).toBeCloseTo(raw / 100, 1);
      }
      // No service worker inside an LMS: the LMS serves the files.
      expect(await frame.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(
        0,
      );
      expect(open().problems).toEqual([]);
    });
  },
);
