// Transitions name what each step of a game did, once: the year resolved, an event drawn, an answer graded, the game finished.
import { describe, expect, it } from 'vitest';
import { defaultContent } from '../../../src/content';
import { transitionsOf, type Transition } from '../../../src/sim';
import { playGame } from '../../support/headless';

const options = { seed: 2, difficulty: 'normal', length: 'short' } as const;

function allTransitions(): Transition[] {
  const out: Transition[] = [];
  let previous = null;
  for (const { session } of playGame(options)) {
    out.push(...transitionsOf(previous, session, defaultContent));
    previous = session;
  }
  return out;
}

describe('transitions of a whole short game', () => {
  const all = allTransitions();
  const count = (type: Transition['type']) => all.filter((t) => t.type === type).length;

  it('starts once and finishes once', () => {
    expect(count('game/started')).toBe(1);
    expect(count('game/finished')).toBe(1);
    expect(all.at(-1)?.type).toBe('game/finished');
  });

  it('resolves, commits and closes each year once', () => {
    expect(count('plan/committed')).toBe(count('year/resolved'));
    expect(count('year/closed')).toBe(count('year/resolved'));
    const years = all.flatMap((t) => (t.type === 'year/resolved' ? [t.year] : []));
    expect(new Set(years).size).toBe(years.length);
  });

  it('grades every answer once and pairs every drawn event with a choice', () => {
    expect(count('event/drawn')).toBe(count('event/chosen'));
    expect(count('event/drawn')).toBeGreaterThan(0);
    expect(count('checkpoint/opened')).toBe(count('checkpoint/finished'));
    expect(count('answer/graded')).toBeGreaterThan(0);
  });

  it('says nothing for the same session twice', () => {
    const { value } = playGame(options).next();
    if (!value) throw new Error('no step');
    expect(transitionsOf(value.session, value.session, defaultContent)).toEqual([]);
  });
});
