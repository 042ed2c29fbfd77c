// One year of the economy: turns an allocation into indicator changes, with every cause recorded.
import { PILLARS, type PillarId } from './pillars';
import { PARAMS as P } from './params';
import type { Allocation, Contribution, GameState, IndicatorId, Indicators } from './types';

/** The parts of the state a year's resolution reads. */
export type ModelInput = Pick<
  GameState,
  'indicators' | 'capital' | 'pipeline' | 'modifiers' | 'computeAccess' | 'year'
>;

export interface YearOutcome {
  readonly indicators: Indicators;
  readonly pipeline: GameState['pipeline'];
  /** US frontier points gained this year from our open-source spillovers. */
  readonly frontierGain: number;
  /** Every contribution to each indicator's change, unsorted (points). */
  readonly causes: Record<IndicatorId, Contribution[]>;
}

const STOCK: Record<PillarId, IndicatorId> = {
  chips: 'talent',
  incubators: 'ecosystem',
  talent: 'ecosystem',
  openSource: 'talent',
};

/** Diminishing returns: ln(1 + billions). */
const dim = (x: number): number => Math.log1p(x);
const clamp = (x: number): number => (x < 0 ? 0 : x > 100 ? 100 : x);

/** How much one billion of a pillar's money is worth this year (political capital, events, waste). */
export function efficiency(s: ModelInput, pillar: PillarId): number {
  let factor = (1 + s.capital[pillar] / 100) * (1 - P.wasteDrag * s.indicators.waste);
  for (const m of s.modifiers) if (m.pillar === pillar && m.untilYear >= s.year) factor *= m.factor;
  return factor;
}

/** Resolves one year. `noise` holds one gain multiplier per pillar (1 = expected outcome). */
export function stepYear(
  s: ModelInput,
  alloc: Allocation,
  noise: readonly number[],
  withCauses = true,
): YearOutcome {
  const v = s.indicators;
  const useful = { chips: 0, incubators: 0, talent: 0, openSource: 0 };
  const overspend = { chips: 0, incubators: 0, talent: 0, openSource: 0 };
  for (const p of PILLARS) {
    const spent = alloc[p] * efficiency(s, p);
    // Political capital also lets projects absorb more money without turning into white elephants.
    const capacity =
      (P.capacityBase[p] + (P.capacityPerStock * v[STOCK[p]]) / 100) * (1 + s.capital[p] / 100);
    const over = spent > capacity ? spent - capacity : 0;
    overspend[p] = over;
    useful[p] = spent - over + P.overspendUseful * over;
  }
  const [nChips = 1, nInc = 1, nTal = 1, nOs = 1] = noise;

  // Chips: fabs take time, so half of autonomy's gain comes from last year's money.
  const chipIn = P.chipsNow * useful.chips + (1 - P.chipsNow) * s.pipeline.chips;
  const chipGain = P.gain.chips * dim(chipIn) * nChips * (1 - v.chipAutonomy / 100);
  const chipNowShare = chipIn > 0 ? (P.chipsNow * useful.chips) / chipIn : 0;

  // Talent: schools pay off over three years.
  const [l0, l1, l2] = P.talentLag;
  const talIn = l0 * useful.talent + l1 * s.pipeline.talent[0] + l2 * s.pipeline.talent[1];
  const talGain = P.gain.talent * dim(talIn) * nTal * (1 - v.talent / 100);
  const talNowShare = talIn > 0 ? (l0 * useful.talent) / talIn : 0;

  const incGain = P.gain.incubators * dim(useful.incubators) * nInc * (1 - v.ecosystem / 100);
  const adoptGain = P.adoption * v.influence * (1 - v.ecosystem / 100);
  const osGain = P.gain.openSource * dim(useful.openSource) * nOs * (1 - v.influence / 100);
  const appealGain = P.capabilityAppeal * Math.max(0, v.capability - 30) * (1 - v.influence / 100);

  // Capability: compute (own chips + what can still be imported) and talent feed each other.
  const compute = v.chipAutonomy / 100 + s.computeAccess * (1 - v.chipAutonomy / 100);
  const headroom = 1 - v.capability / 100;
  const synGain =
    P.synergy *
    Math.sqrt((compute * v.talent) / 100) *
    (0.45 + (0.55 * v.ecosystem) / 100) *
    headroom;
  const osCapGain = P.openSourceCapability * dim(useful.openSource) * nOs * headroom;

  const overTotal =
    overspend.chips + overspend.incubators + overspend.talent + overspend.openSource;
  const writeOff = -P.wasteWriteOff * v.waste;
  const baseWaste =
    P.wastePerBillion * (alloc.chips + alloc.incubators + alloc.talent + alloc.openSource);
  // New waste slows near 100 like every other indicator's growth.
  const wasteIn = P.wastePerOverspend * overTotal + baseWaste;
  const wasteRoom = 1 - v.waste / 100;
  const decay = {
    capability: -P.decay.capability * v.capability,
    chipAutonomy: -P.decay.chipAutonomy * v.chipAutonomy,
    ecosystem: -P.decay.ecosystem * v.ecosystem,
    talent: -P.decay.talent * v.talent,
    influence: -P.decay.influence * v.influence,
  };

  const indicators: Indicators = {
    capability: clamp(v.capability + synGain + osCapGain + decay.capability),
    chipAutonomy: clamp(v.chipAutonomy + chipGain + decay.chipAutonomy),
    ecosystem: clamp(v.ecosystem + incGain + adoptGain + decay.ecosystem),
    talent: clamp(v.talent + talGain + decay.talent),
    influence: clamp(v.influence + osGain + appealGain + decay.influence),
    waste: clamp(v.waste + wasteIn * wasteRoom + writeOff),
  };
  const pipeline = { chips: useful.chips, talent: [useful.talent, s.pipeline.talent[0]] as const };
  const frontierGain = P.frontierSpill * dim(useful.openSource);
  if (!withCauses) return { indicators, pipeline, frontierGain, causes: EMPTY_CAUSES };

  const causes: Record<IndicatorId, Contribution[]> = {
    capability: [
      c('synergy.computeTalent', synGain),
      c('openSource.community', osCapGain),
      c('decay', decay.capability),
    ],
    chipAutonomy: [
      c('chips.funding', chipGain * chipNowShare),
      c('chips.delayed', chipGain * (1 - chipNowShare)),
      c('decay', decay.chipAutonomy),
    ],
    ecosystem: [
      c('incubators.funding', incGain),
      c('openSource.adoption', adoptGain),
      c('decay', decay.ecosystem),
    ],
    talent: [
      c('talent.funding', talGain * talNowShare),
      c('talent.delayed', talGain * (1 - talNowShare)),
      c('decay', decay.talent),
    ],
    influence: [
      c('openSource.funding', osGain),
      c('capability.appeal', appealGain),
      c('decay', decay.influence),
    ],
    waste: [
      c('overspend.chips', P.wastePerOverspend * overspend.chips * wasteRoom),
      c('overspend.incubators', P.wastePerOverspend * overspend.incubators * wasteRoom),
      c('overspend.talent', P.wastePerOverspend * overspend.talent * wasteRoom),
      c('overspend.openSource', P.wastePerOverspend * overspend.openSource * wasteRoom),
      c('waste.failures', baseWaste * wasteRoom),
      c('waste.writeOff', writeOff),
    ],
  };
  return { indicators, pipeline, frontierGain, causes };
}

function c(source: string, amount: number): Contribution {
  return { source, amount };
}

const EMPTY_CAUSES: Record<IndicatorId, Contribution[]> = {
  capability: [],
  chipAutonomy: [],
  ecosystem: [],
  talent: [],
  influence: [],
  waste: [],
};
