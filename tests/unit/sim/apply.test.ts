// The reducer walks plan → resolve → event → checkpoint → next year, and rejects moves with typed errors.
import { describe, expect, it } from 'vitest';
import { apply, type Action } from '../../../src/sim';
import { content, even, fresh, step } from './helpers';

describe('apply', () => {
  it('runs the phases of a year in order', () => {
    let s = fresh();
    expect(s.phase).toBe('plan');
    s = step(s, even(s));
    expect(s.phase).toBe('resolve');
    expect(s.lastTrace?.talent.length).toBeGreaterThan(0);
    s = step(s, { type: 'resolve/continue' });
    expect(s.phase).toBe('event');
    const option = s.event?.options[1] ?? '';
    s = step(s, { type: 'event/choose', optionId: option });
    expect(s.phase).toBe('plan');
    expect(s.year).toBe(2019);
    expect(s.history).toHaveLength(1);
    expect(s.history[0]?.optionId).toBe(option);
  });

  it('rejects actions from the wrong phase without changing the state', () => {
    const s = fresh();
    const before = JSON.stringify(s);
    const r = apply(s, { type: 'resolve/continue' }, content);
    expect(r).toMatchObject({ ok: false, error: { code: 'phase/wrong', expected: 'resolve' } });
    expect(JSON.stringify(s)).toBe(before);
  });

  it('rejects unknown options and unknown actions', () => {
    let s = fresh();
    s = step(step(s, even(s)), { type: 'resolve/continue' });
    const r = apply(s, { type: 'event/choose', optionId: 'nope' }, content);
    expect(r).toMatchObject({ ok: false, error: { code: 'event/unknown-option' } });
    const bad = { type: 'cheat' } as unknown as Action;
    expect(apply(s, bad, content)).toMatchObject({ ok: false, error: { code: 'action/unknown' } });
    expect(apply(s, null as unknown as Action, content).ok).toBe(false);
  });

  it('opens a checkpoint after the third year and checks the answers', () => {
    let s = fresh();
    while (s.phase !== 'checkpoint') {
      if (s.phase === 'plan') s = step(s, even(s));
      else if (s.phase === 'resolve') s = step(s, { type: 'resolve/continue' });
      else s = step(s, { type: 'event/choose', optionId: s.event?.options[0] ?? '' });
    }
    expect(s.year).toBe(2020);
    expect(s.checkpoint).toEqual({ index: 0, questionCount: 3 });
    const one = { questionId: 'a', pillar: 'talent' as const, credit: 1 };
    const short = apply(s, { type: 'checkpoint/answer', results: [one] }, content);
    expect(short).toMatchObject({ ok: false, error: { code: 'checkpoint/wrong-count' } });
    const over = apply(
      s,
      { type: 'checkpoint/answer', results: [one, one, { ...one, credit: 2 }] },
      content,
    );
    expect(over).toMatchObject({
      ok: false,
      error: { code: 'checkpoint/invalid-result', index: 2 },
    });
    const next = step(s, { type: 'checkpoint/answer', results: [one, one, one] });
    expect(next.capital.talent).toBeGreaterThan(s.capital.talent);
    expect(next.quiz).toEqual({ answered: 3, credit: 3 });
    expect(next.phase).toBe('plan');
  });
});
