// Allocation arithmetic, the one copy the rules, the plan screen, the headless players and the tests share: amounts in whole tenths of a billion, the total a hard constraint.
import { PILLARS } from './pillars';
import type { PillarId } from './pillars';
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

export function emptyAllocation(): Allocation {
  return { chips: 0, incubators: 0, talent: 0, openSource: 0 };
}

export function totalOf(allocation: Allocation): number {
  return PILLARS.reduce((sum, p) => sum + toTenths(allocation[p]), 0) / 10;
}

/** Tenths of a billion still to allocate (0 when the plan can be committed). */
export function remaining(allocation: Allocation, budget: number): number {
  return (toTenths(budget) - toTenths(totalOf(allocation))) / 10;
}

/** Weights per pillar in PILLARS order (any non-negative scale; all zero means equal shares). */
export type Weights = readonly number[];

/**
 * Splits the whole budget in proportion to the weights, in whole tenths. Leftover tenths go to the
 * largest remainders; ties go to the earlier pillar, so the split is deterministic.
 */
export function splitBudget(budget: number, weights: Weights): Allocation {
  const tenths = Math.max(0, toTenths(budget));
  const w = PILLARS.map((_, i) => Math.max(0, weights[i] ?? 0));
  const sum = w.reduce((a, b) => a + b, 0);
  const shares = w.map((x) => (sum > 0 ? (x / sum) * tenths : tenths / PILLARS.length));
  const parts = shares.map(Math.floor);
  let left = tenths - parts.reduce((a, b) => a + b, 0);
  const order = shares
    .map((share, i) => ({ i, rest: share - Math.floor(share) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left -= 1) {
    const pick = order[k]?.i ?? 0;
    parts[pick] = (parts[pick] ?? 0) + 1;
  }
  const out = emptyAllocation();
  PILLARS.forEach((p, i) => (out[p] = (parts[i] ?? 0) / 10));
  return out;
}

/** An allocation's weights in PILLARS order. */
export function weightsOf(a: Allocation): number[] {
  return PILLARS.map((p) => a[p]);
}

/** An even split of the budget. */
export function evenSplit(budget: number): Allocation {
  return splitBudget(budget, [1, 1, 1, 1]);
}

/** Last year's shares applied to this year's budget (an even split if last year had none). */
export function sameShares(previous: Allocation, budget: number): Allocation {
  return totalOf(previous) > 0 ? splitBudget(budget, weightsOf(previous)) : evenSplit(budget);
}

/** Sets one pillar, lowering the requested amount to what the budget still allows. */
export function setPillar(
  allocation: Allocation,
  pillar: PillarId,
  requested: number,
  budget: number,
): Allocation {
  const others = PILLARS.reduce(
    (sum, p) => (p === pillar ? sum : sum + toTenths(allocation[p])),
    0,
  );
  const allowed = Math.max(0, toTenths(budget) - others);
  const value = Math.min(Math.max(0, toTenths(requested)), allowed);
  return { ...allocation, [pillar]: value / 10 };
}

/**
 * Sets one pillar to the requested amount (clamped to 0..budget). A raise first uses what is left
 * unallocated, then takes the rest evenly from the other pillars, in whole tenths, never below 0, so
 * a full budget stays exactly full: a student's first move on a full plan works instead of doing
 * nothing. A tenth that does not split evenly comes from the pillar that has the most (ties: the
 * earlier one in PILLARS order), so repeated small raises lower the others evenly. Lowering frees
 * money and touches nothing else.
 */
export function movePillar(
  allocation: Allocation,
  pillar: PillarId,
  requested: number,
  budget: number,
): Allocation {
  const limit = Math.max(0, toTenths(budget));
  const parts = new Map(PILLARS.map((p) => [p, Math.max(0, toTenths(allocation[p]))] as const));
  const target = Math.min(Math.max(0, toTenths(requested)), limit);
  const current = parts.get(pillar) ?? 0;
  const total = [...parts.values()].reduce((a, b) => a + b, 0);
  const free = Math.max(0, limit - total);
  let need = target - current - free;
  parts.set(pillar, target);
  const others = PILLARS.filter((p) => p !== pillar);
  // Water-filling: each round takes an equal whole share from every pillar that still has money.
  while (need > 0) {
    const givers = others.filter((p) => (parts.get(p) ?? 0) > 0);
    if (givers.length === 0) break;
    const share = Math.floor(need / givers.length);
    if (share === 0) {
      // Fewer tenths than givers: one each from the largest.
      const order = [...givers].sort(
        (a, b) =>
          (parts.get(b) ?? 0) - (parts.get(a) ?? 0) || PILLARS.indexOf(a) - PILLARS.indexOf(b),
      );
      for (const p of order.slice(0, need)) parts.set(p, (parts.get(p) ?? 0) - 1);
      break;
    }
    for (const p of givers) {
      const take = Math.min(share, parts.get(p) ?? 0);
      parts.set(p, (parts.get(p) ?? 0) - take);
      need -= take;
    }
  }
  const out = emptyAllocation();
  for (const p of PILLARS) out[p] = (parts.get(p) ?? 0) / 10;
  return out;
}
