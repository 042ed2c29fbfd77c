// Turns pillar weights into an exact allocation in tenths of a billion that spends the whole budget.
import { PILLARS } from '../pillars';
import type { Allocation } from '../types';

/** Weights per pillar in PILLARS order (any non-negative scale; all zero means equal shares). */
export type Weights = readonly number[];

export function splitBudget(budget: number, weights: Weights): Allocation {
  const tenths = Math.round(budget * 10);
  const w0 = Math.max(0, weights[0] ?? 0);
  const w1 = Math.max(0, weights[1] ?? 0);
  const w2 = Math.max(0, weights[2] ?? 0);
  const w3 = Math.max(0, weights[3] ?? 0);
  const sum = w0 + w1 + w2 + w3;
  const shares =
    sum > 0 ? [w0, w1, w2, w3].map((x) => (x / sum) * tenths) : [1, 1, 1, 1].map(() => tenths / 4);
  const parts = shares.map(Math.floor);
  let left = tenths - (parts[0] ?? 0) - (parts[1] ?? 0) - (parts[2] ?? 0) - (parts[3] ?? 0);
  // Largest remainders first; ties go to the earlier pillar, so the split is deterministic.
  while (left > 0) {
    let pick = 0;
    let best = -1;
    for (let i = 0; i < 4; i++) {
      const r = (shares[i] ?? 0) - (parts[i] ?? 0);
      if (r > best) [pick, best] = [i, r];
    }
    parts[pick] = (parts[pick] ?? 0) + 1;
    shares[pick] = (shares[pick] ?? 0) - 1; // a part that got its extra tenth is not picked again
    left--;
  }
  return {
    chips: (parts[0] ?? 0) / 10,
    incubators: (parts[1] ?? 0) / 10,
    talent: (parts[2] ?? 0) / 10,
    openSource: (parts[3] ?? 0) / 10,
  };
}

/** An allocation's weights in PILLARS order. */
export function weightsOf(a: Allocation): number[] {
  return PILLARS.map((p) => a[p]);
}
