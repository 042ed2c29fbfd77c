// The setup screen's promised minutes hold for a whole short game read in the browser as the reading model says (scripts/reading-time.ts measures every length).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READING_MINUTES } from '../../src/ui/screens/reading-time';
import { openSession, type Session } from './support/browser';
import { readWholeGame } from './support/reading';

let session: Session;

describe('reading time', () => {
  beforeAll(async () => {
    session = await openSession({ locale: 'fr-FR', viewport: { width: 1366, height: 768 } });
  });
  afterAll(async () => {
    await session.close();
  });

  it('shows the promised minutes on the setup screen', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}?lang=fr`);
    await page.click('#menu-newGame');
    const { min, max } = READING_MINUTES.short;
    expect(await page.locator('label[for="setup-length-short"]').innerText()).toContain(
      `environ ${min} à ${max} minutes`,
    );
  });

  it('a short game in French takes what the setup screen promises, within a minute', async () => {
    const { page, baseUrl } = session;
    const reading = await readWholeGame(page, baseUrl, { length: 'short', lang: 'fr', seed: 2 });
    const { min, max } = READING_MINUTES.short;
    expect(reading.fast).toBeGreaterThanOrEqual(min - 1);
    expect(reading.slow).toBeLessThanOrEqual(max + 1);
    // Every kind of screen was read, the event outcomes and checkpoints included.
    expect(Object.keys(reading.byKind)).toEqual(
      expect.arrayContaining(['plan', 'year', 'event', 'event-outcome', 'quiz', 'results']),
    );
  }, 180_000);
});
