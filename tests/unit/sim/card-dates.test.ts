// Card dates: over thousands of seeded games no card arrives before the year of what it cites, and the draw rule itself is shown to bite.
import { describe, expect, it } from 'vitest';
import type { Content } from '../../../src/sim';
import { drawEvent } from '../../../src/sim/events';
import { runGame } from '../../../src/sim/headless/run';
import { openRng, seedRng } from '../../../src/sim/rng';
import { content, fresh } from './helpers';

/** Years with no historical card, so the draw decides. */
const DRAWN_YEARS = [2018, 2020, 2021, 2026, 2027, 2028, 2029, 2030];
const notBefore = new Map(content.events.map((e) => [e.id, e.notBefore]));

describe('card dates', () => {
  it('every card declares the year of what it cites', () => {
    for (const card of content.events) expect(card.notBefore, card.id).toBeTypeOf('number');
  });

  it('no card is drawn before its notBefore year, over 2000 seeded games of both lengths', () => {
    const early: string[] = [];
    for (let seed = 1; seed <= 2000; seed += 1) {
      const length = seed % 2 === 0 ? 'standard' : 'short';
      const strategy = seed % 3 === 0 ? 'balanced' : 'random';
      const end = runGame(
        { seed, difficulty: 'normal', length, quizAccuracy: 0.6 },
        strategy,
        content,
      );
      for (const row of end.history) {
        const year = notBefore.get(row.eventId ?? '');
        if (year !== undefined && row.year < year)
          early.push(`${seed}: ${row.eventId} in ${row.year}`);
      }
    }
    expect(early).toEqual([]);
    // 2000 whole games: a generous limit for a busy shared machine, not a speed check.
  }, 60_000);

  it('a card dated later than every year of the draw is never drawn, however heavy its weight', () => {
    const late = content.events.find((e) => e.id === 'intl-collab');
    if (!late) throw new Error('intl-collab card missing');
    const heavy: Content = {
      ...content,
      events: [
        ...content.events.filter((e) => e.id !== late.id),
        { ...late, notBefore: 2031, draw: { weight: 1000 } },
      ],
    };
    const undated: Content = {
      ...heavy,
      events: heavy.events.map((e) => (e.id === late.id ? { ...e, notBefore: undefined } : e)),
    };
    let drawnUndated = 0;
    for (let seed = 1; seed <= 500; seed += 1) {
      const s = { ...fresh(seed), year: DRAWN_YEARS[seed % DRAWN_YEARS.length] ?? 2018 };
      expect(drawEvent(s, heavy, openRng(seedRng(seed)))?.id).not.toBe(late.id);
      if (drawEvent(s, undated, openRng(seedRng(seed)))?.id === late.id) drawnUndated += 1;
    }
    expect(drawnUndated).toBeGreaterThan(400); // the same card, undated, would come nearly every time
  });
});
