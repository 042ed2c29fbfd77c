// The budget is a hard constraint: exact totals in tenths of a billion, typed errors otherwise.
import { describe, expect, it } from 'vitest';
import { checkAllocation } from '../../../src/sim';

describe('checkAllocation', () => {
  it('accepts an allocation that spends exactly the budget, despite binary rounding', () => {
    expect(
      checkAllocation({ chips: 0.1, incubators: 0.2, talent: 2.7, openSource: 3 }, 6),
    ).toBeNull();
  });
  it('names each way an allocation can be wrong', () => {
    const code = (a: unknown): string | undefined => checkAllocation(a, 4)?.code;
    expect(code({ chips: 5, incubators: 0, talent: 0, openSource: 0 })).toBe('budget/over-limit');
    expect(code({ chips: 3, incubators: 0, talent: 0, openSource: 0 })).toBe('budget/under-spent');
    expect(code({ chips: 5, incubators: -1, talent: 0, openSource: 0 })).toBe('budget/negative');
    expect(code({ chips: 3.95, incubators: 0.05, talent: 0, openSource: 0 })).toBe(
      'budget/not-tenths',
    );
    expect(code({ chips: 4, incubators: 0, talent: 0 })).toBe('budget/invalid');
    expect(code({ chips: Number.NaN, incubators: 4, talent: 0, openSource: 0 })).toBe(
      'budget/invalid',
    );
    expect(code(null)).toBe('budget/invalid');
  });
});
