// The model's numbers in one place, with units, so tuning and the teachers' page stay in step.
import type { PillarId } from './pillars';
import type { Difficulty } from './types';

export const PARAMS = {
  /** Points per year an indicator gains from ln(1 + effective billions), before headroom. */
  gain: { chips: 7, incubators: 7, talent: 6.5, openSource: 6 } satisfies Record<PillarId, number>,
  /** Absorption capacity in billions: base + perStock × (feeding indicator / 100). */
  capacityBase: { chips: 2.6, incubators: 2.2, talent: 2.6, openSource: 2.0 } satisfies Record<
    PillarId,
    number
  >,
  capacityPerStock: 3,
  /** Share of spending above capacity that still does some good (the rest is white elephants). */
  overspendUseful: 0.35,
  /** Waste points per billion spent above capacity. */
  wastePerOverspend: 1.6,
  /** Share of the waste indicator written off each year. */
  wasteWriteOff: 0.15,
  /** Spending efficiency lost per waste point (0.5% per point). */
  wasteDrag: 0.005,
  /** Yearly decay as a share of the level: technology and people move on. */
  decay: { capability: 0.02, chipAutonomy: 0.04, ecosystem: 0.05, talent: 0.03, influence: 0.05 },
  /** Chip fabs: share of this year's vs last year's spending that reaches autonomy. */
  chipsNow: 0.5,
  /** Talent: shares of spending from this year, one and two years ago that pay off now. */
  talentLag: [0.2, 0.3, 0.5] as const,
  /** Capability points per year from sqrt(compute × talent), scaled by the ecosystem. */
  synergy: 12,
  /** Capability points from ln(1 + open-source billions): community contributions. */
  openSourceCapability: 1.5,
  /** Influence points per capability point above 30: good models travel. */
  capabilityAppeal: 0.04,
  /** Ecosystem points per influence point: SMEs and local governments adopt open tools. */
  adoption: 0.03,
  /** US frontier points per ln(1 + open-source billions): open code also helps rivals. */
  frontierSpill: 0.3,
  /** Yearly outcome noise: each pillar's gains are multiplied by 1 ± this. */
  noise: 0.3,
  /**
   * Political capital per unit of quiz credit (percent: the pillar's money goes that much further
   * and its projects absorb that much more), and the share kept each year (it fades by 20%).
   */
  capitalPerCredit: 260,
  /** Waste points per billion of an event's cost that falls in the last year (no budget left to pay it). */
  unpaidWaste: 2,
  /** Waste points per billion spent: even good programmes have some failures, so waste never reaches 0. */
  wastePerBillion: 0.08,
  capitalRetention: 0.8,
} as const;

export interface DifficultyParams {
  /** Multiplier on the yearly budget. */
  readonly budget: number;
  /** Multiplier on every negative event shift. */
  readonly severity: number;
  /** Multiplier on how fast the US frontier advances. */
  readonly frontierPace: number;
}

export const DIFFICULTY: Record<Difficulty, DifficultyParams> = {
  easy: { budget: 1.12, severity: 0.8, frontierPace: 0.9 },
  normal: { budget: 1, severity: 1, frontierPace: 1 },
  hard: { budget: 0.85, severity: 1.3, frontierPace: 1.1 },
};
