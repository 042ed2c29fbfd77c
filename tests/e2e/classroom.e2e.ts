// A class session end to end: a teacher creates it, two students join (by link, by typed code) in their own browsers and meet the same scenario, the teacher imports their result codes (pasted, as a file) and downloads the CSV; axe on every dashboard and projector view.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { openSession, SCREENSHOT_DIR, type Session } from './support/browser';
import { answerAnything, screenKind } from './support/screens';

interface Played {
  /** Event ids and checkpoint question ids in the order met. */
  readonly seen: string[];
  readonly resultCode: string;
}

let teacher: Session;
const students: Session[] = [];
let sessionCode = '';
let joinLink = '';

/**
 * Plays a whole game with the first option and any answer, noting each event and question met;
 * `reload` leaves and comes back once (at the first year screen), as a student whose laptop closed.
 */
async function playThrough(page: Page, reload = false): Promise<string[]> {
  const seen: string[] = [];
  let reloaded = !reload;
  for (let step = 0; step < 200; step += 1) {
    let kind = await screenKind(page);
    // At the first year screen the budget just committed is on disk (the screen waits for it).
    if (kind === 'year' && !reloaded) {
      reloaded = true;
      await page.reload();
      await page.waitForSelector('.game-main .year', { timeout: 30_000 });
      kind = await screenKind(page);
    }
    if (kind === 'results') return seen;
    if (kind === 'plan') await page.click('.plan button[type=submit]');
    else if (kind === 'year') await page.click('.year .button.primary');
    else if (kind === 'event') {
      seen.push(`event:${(await page.getAttribute('.event h2', 'data-i18n')) ?? ''}`);
      await page.click('.option-button');
    } else if (kind === 'event-outcome') await page.click('.event-outcome .button.primary');
    else if (kind === 'checkpoint-intro') await page.click('.checkpoint-intro .button.primary');
    else if (kind === 'quiz') {
      seen.push(`question:${(await page.getAttribute('.quiz', 'aria-labelledby')) ?? ''}`);
      await answerAnything(page);
      await page.click('.quiz-next');
    } else if (kind === 'checkpoint-summary')
      await page.click('.checkpoint-summary .button.primary');
    else throw new Error(`Unexpected screen: ${kind}`);
  }
  throw new Error('The game did not end');
}

async function joinAndPlay(page: Page, nickname: string, reload = false): Promise<Played> {
  await page.fill('#join-nickname', nickname);
  await page.click('#join-start');
  const seen = await playThrough(page, reload);
  const field = page.locator('#result-code-text');
  await field.scrollIntoViewIfNeeded();
  // The end-of-game cue fades out first (it is decorative and mid-fade for a moment).
  await page.waitForSelector('.sound-cue:not(.visible)', { state: 'attached' });
  await page.waitForTimeout(400);
  expect(await axeViolations(page, `results-${nickname}`)).toEqual([]);
  return { seen, resultCode: await field.inputValue() };
}

async function view(page: Page, id: string): Promise<void> {
  await page.click(`#class-view-${id}`);
  await expect.poll(() => page.getAttribute(`#class-view-${id}`, 'aria-current')).toBe('true');
}

describe('a class session', () => {
  beforeAll(async () => {
    teacher = await openSession({ locale: 'en-US' });
  });
  afterAll(async () => {
    for (const s of [teacher, ...students]) await s?.close();
  });

  it('lets a teacher create a session and shows its code, QR code and join link', async () => {
    const { page } = teacher;
    await page.goto(teacher.baseUrl);
    await page.click('#menu-teacher');
    await page.click('#class-new-session');
    await page.fill('#panel-teacher input[name="label"]', 'Year 10 B');
    await page.check('#panel-teacher input[name="seed"][value="typed"]');
    await page.fill('#panel-teacher input[name="seedValue"]', '4242');
    await page.click('#panel-teacher button[type=submit]');
    await page.locator('#class-screen-heading').waitFor();
    expect(await page.locator('#class-screen-heading').innerText()).toBe('Year 10 B');
    sessionCode = (await page.locator('.class-sheet .class-code [aria-hidden]').innerText()).trim();
    expect(sessionCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    joinLink = await page.inputValue('#class-sheet-link');
    expect(joinLink).toContain(`?class=${sessionCode}`);
    expect(await page.locator('.class-sheet svg.qr-code').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/class-sheet.png`, fullPage: true });
    expect(await axeViolations(page, 'sheet')).toEqual([]);
    expect(teacher.problems).toEqual([]);
  });

  let byLink: Played;
  let byCode: Played;

  it('lets one student join by the link and another by typing the code (a typo caught first)', async () => {
    const first = await openSession({ locale: 'en-US' });
    const second = await openSession({ locale: 'en-US' });
    students.push(first, second);
    const linkStudent = async () => {
      await first.page.goto(joinLink);
      await expect
        .poll(() => first.page.inputValue('#join-code'), { timeout: 15_000 })
        .toBe(sessionCode);
      expect(await axeViolations(first.page, 'join')).toEqual([]);
      // Ana leaves mid-game and comes back: the session game resumes where she was.
      return joinAndPlay(first.page, 'Ana', true);
    };
    const codeStudent = async () => {
      const { page } = second;
      await page.goto(second.baseUrl);
      await page.click('#menu-join');
      // Two neighbours swapped: the check character catches it.
      const symbols = sessionCode.replace(/-/g, '');
      const swapped = symbols.slice(0, 2) + symbols[3] + symbols[2] + symbols.slice(4);
      if (swapped !== symbols) {
        await page.fill('#join-code', swapped.toLowerCase());
        await page.locator('#join-code').dispatchEvent('change');
        expect(await page.locator('#join-code-error').innerText()).toMatch(/typo/i);
        expect(await page.getAttribute('#join-code', 'aria-invalid')).toBe('true');
      }
      await page.fill('#join-code', symbols.toLowerCase());
      await page.locator('#join-code').dispatchEvent('change');
      expect(await page.locator('#join-code-error').innerText()).toBe('');
      return joinAndPlay(page, 'Ben');
    };
    // Both play at once, as in a classroom.
    [byLink, byCode] = await Promise.all([linkStudent(), codeStudent()]);

    // The same events and the same checkpoint questions, in the same order.
    expect(byLink.seen.length).toBeGreaterThan(3);
    expect(byCode.seen).toEqual(byLink.seen);
    expect(byLink.resultCode.length).toBeLessThanOrEqual(400);
    for (const s of students) expect(s.problems).toEqual([]);
  }, 360_000);

  it('imports one code pasted and one as a file, rejects a damaged one, and downloads the CSV', async () => {
    const second = students[1];
    if (!second) throw new Error('no second student');
    const [download] = await Promise.all([
      second.page.waitForEvent('download'),
      second.page.click('#result-code-download'),
    ]);
    const filePath = await download.path();
    expect(download.suggestedFilename()).toMatch(/\.bbresult$/);

    const { page } = teacher;
    await view(page, 'import');
    expect(await axeViolations(page, 'import')).toEqual([]);
    const damaged = `${byLink.resultCode.slice(0, 20)}${byLink.resultCode[20] === 'A' ? 'B' : 'A'}${byLink.resultCode.slice(21)}`;
    await page.fill('#class-paste', `${byLink.resultCode}\n${damaged}\n`);
    await page.click('#class-paste-import');
    await expect.poll(() => page.locator('.class-report-summary').innerText()).toContain('1 added');
    expect(await page.locator('.class-rejected li').innerText()).toMatch(/^Line 2: /);
    // The report is cleared first, so the file's own report is the one read.
    await page.evaluate(() => document.querySelector('#class-import-report')?.replaceChildren());
    await page.setInputFiles('#class-files', filePath);
    await page.locator('.class-report-summary').waitFor();
    const report = await page.locator('#class-import-report').innerText();
    expect(report, report).toMatch(/^1 added, 0 already there, 0 rejected\./);

    await view(page, 'table');
    const names = await page.locator('.class-table tbody th').allInnerTexts();
    expect(names.sort()).toEqual(['Ana', 'Ben']);
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#class-csv'),
    ]);
    const csv = readFileSync(await csvDownload.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split(/\r\n/);
    expect(lines).toHaveLength(3);
    const rows = lines.slice(1).map((line) => line.split(','));
    expect(rows.map((r) => r[0]).sort()).toEqual(['Ana', 'Ben']);
    // The scores are the replayed ones, as on the table.
    for (const row of rows) expect(Number(row[2])).toBeGreaterThan(0);
  });

  it('passes axe on every dashboard view and the sort buttons say their order', async () => {
    const { page } = teacher;
    for (const id of [
      'table',
      'items',
      'allocations',
      'scores',
      'runs',
      'data',
      'projector',
      'sheet',
    ]) {
      await view(page, id);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/class-${id}.png`, fullPage: true });
      expect(await axeViolations(page, id)).toEqual([]);
    }
    await view(page, 'table');
    await page.click('.class-table button[data-column="score"]');
    const sort = await page.getAttribute(
      '.class-table th:has(button[data-column="score"])',
      'aria-sort',
    );
    expect(['ascending', 'descending']).toContain(sort);
    // The printed debrief holds the class table and nothing else of the page.
    await page.click('#class-print-debrief');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/class-print-debrief.png`, fullPage: true });
    expect(await page.locator('#class-print table').count()).toBeGreaterThan(2);
    expect(await page.locator('#class-print').innerText()).toContain('Ana');
    expect(await page.locator('.class-screen').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(teacher.problems).toEqual([]);
  }, 180_000);

  it('runs the shared projector game in large type, readable at 1280×720 and 1920×1080', async () => {
    const { page } = teacher;
    await view(page, 'projector');
    await page.click('#class-projector-start');
    await expect.poll(() => screenKind(page)).toBe('plan');
    expect(await page.getAttribute('html', 'data-projector')).toBe('on');
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/class-projector-${size.width}.png` });
      expect(await axeViolations(page, `projector-${size.width}`)).toEqual([]);
      const fontSize = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.documentElement).fontSize),
      );
      expect(fontSize).toBeGreaterThanOrEqual(20);
    }
    expect(teacher.problems).toEqual([]);
  }, 120_000);
});
