// Grading rules for every question type: right, wrong, partial credit, tolerance and mismatched answers.
import { describe, expect, it } from 'vitest';
import { grade, toQuestionResult } from '../../../src/sim/quiz';
import { byId } from './fixtures';

describe('grade', () => {
  it('multiple-choice: only the keyed choice earns credit', () => {
    const q = byId('intro-multiple-choice');
    expect(grade(q, { type: 'multiple-choice', choice: 'b' })).toMatchObject({
      credit: 1,
      correct: true,
    });
    expect(grade(q, { type: 'multiple-choice', choice: 'a' })).toMatchObject({
      credit: 0,
      correct: false,
      details: { expected: 'b' },
    });
  });

  it('true-false: compares the boolean', () => {
    const q = byId('intro-true-false');
    expect(grade(q, { type: 'true-false', value: false }).credit).toBe(1);
    expect(grade(q, { type: 'true-false', value: true }).credit).toBe(0);
  });

  it('matching: partial credit per item, with per-item feedback', () => {
    const q = byId('players-matching');
    const all = { i1: 't1', i2: 't2', i3: 't3', i4: 't4' };
    expect(grade(q, { type: 'matching', pairs: all })).toMatchObject({ credit: 1, correct: true });
    const half = grade(q, { type: 'matching', pairs: { i1: 't1', i2: 't2', i3: 't4', i4: 't3' } });
    expect(half.credit).toBe(0.5);
    expect(half.correct).toBe(false);
    expect(half.details).toEqual({
      type: 'matching',
      perItem: { i1: true, i2: true, i3: false, i4: false },
    });
    expect(grade(q, { type: 'matching', pairs: { i1: 't1' } }).credit).toBe(0.25);
  });

  it('ordering: credit is the share of pairs in the right relative order', () => {
    const q = byId('challenges-ordering');
    expect(grade(q, { type: 'ordering', order: ['o1', 'o2', 'o3', 'o4'] })).toMatchObject({
      credit: 1,
      correct: true,
    });
    const swap = grade(q, { type: 'ordering', order: ['o2', 'o1', 'o3', 'o4'] });
    expect(swap.credit).toBeCloseTo(5 / 6);
    expect(swap.correct).toBe(false);
    expect(grade(q, { type: 'ordering', order: ['o4', 'o3', 'o2', 'o1'] }).credit).toBe(0);
  });

  it('ordering: an answer with missing, repeated or unknown ids earns nothing', () => {
    const q = byId('challenges-ordering');
    expect(grade(q, { type: 'ordering', order: ['o1', 'o2', 'o3'] }).credit).toBe(0);
    expect(grade(q, { type: 'ordering', order: ['o1', 'o1', 'o2', 'o3'] }).credit).toBe(0);
    expect(grade(q, { type: 'ordering', order: ['o1', 'o2', 'o3', 'zz'] }).credit).toBe(0);
  });

  it('numeric: full credit within the tolerance, half within twice, none beyond', () => {
    const q = byId('offensive-numeric'); // 8.5 ± 1
    const credit = (value: number) => grade(q, { type: 'numeric', value }).credit;
    expect(credit(8.5)).toBe(1);
    expect(credit(9.5)).toBe(1);
    expect(credit(7.5)).toBe(1);
    expect(credit(10)).toBe(0.5);
    expect(credit(6.5)).toBe(0.5);
    expect(credit(10.6)).toBe(0);
    expect(credit(Number.NaN)).toBe(0);
    expect(grade(q, { type: 'numeric', value: 10 }).correct).toBe(false);
  });

  it('a mismatched answer type earns 0 and says which type was expected', () => {
    const q = byId('intro-numeric');
    expect(grade(q, { type: 'true-false', value: true })).toEqual({
      credit: 0,
      correct: false,
      details: { type: 'mismatch', expectedType: 'numeric' },
    });
  });

  it('toQuestionResult carries the id, the pillar and the credit for the simulation', () => {
    const q = byId('players-matching');
    const g = grade(q, { type: 'matching', pairs: { i1: 't1', i2: 't2' } });
    expect(toQuestionResult(q, g)).toEqual({
      questionId: 'players-matching',
      pillar: 'talent',
      credit: 0.5,
    });
  });
});
