// Checks a yearly allocation against the budget: the total is a hard constraint, in tenths of a billion.
import { PILLARS } from './pillars';
import type { Allocation, SimError } from './types';

/** Whole tenths of a billion; tolerant of binary rounding (0.1 + 0.2). */
export function toTenths(billions: number): number {
  return Math.round(billions * 10);
}

const isTenth = (x: number): boolean => Math.abs(x * 10 - Math.round(x * 10)) < 1e-6;

/** Returns null if the allocation spends exactly the budget, else a typed error. */
export function checkAllocation(allocation: unknown, budget: number): SimError | null {
  if (typeof allocation !== 'object' || allocation === null) {
    return { code: 'budget/invalid', reason: 'not-an-object' };
  }
  const record = allocation as Record<string, unknown>;
  let total = 0;
  for (const pillar of PILLARS) {
    const amount = record[pillar];
    if (typeof amount !== 'number' || !Number.isFinite(amount)) {
      return { code: 'budget/invalid', pillar, reason: 'not-a-number' };
    }
    if (amount < 0) return { code: 'budget/negative', pillar, amount };
    if (!isTenth(amount)) return { code: 'budget/not-tenths', pillar, amount };
    total += toTenths(amount);
  }
  const limit = toTenths(budget);
  if (total > limit) return { code: 'budget/over-limit', total: total / 10, budget };
  if (total < limit) return { code: 'budget/under-spent', total: total / 10, budget };
  return null;
}

/** A copy of an allocation rounded to tenths, so the stored numbers are clean. */
export function cleanAllocation(a: Allocation): Allocation {
  return {
    chips: toTenths(a.chips) / 10,
    incubators: toTenths(a.incubators) / 10,
    talent: toTenths(a.talent) / 10,
    openSource: toTenths(a.openSource) / 10,
  };
}
