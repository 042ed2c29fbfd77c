// Chooses the debrief's discussion prompts from what happened in this game; pure, so the choice can be tested and explained.
import { PILLARS, shownIndicators, type GameState, type PillarId } from '../../sim';
import type { SectionRow } from './mastery-data';

export const PROMPT_IDS = [
  'whiteElephant',
  'concentration',
  'chipsAfterControls',
  'quizWeak',
  'openSourceRival',
  'dispersion',
  'dataSecurity',
  'movingTarget',
  'talentDelay',
  'modelLimits',
] as const;
export type PromptId = (typeof PROMPT_IDS)[number];

/** What the prompts talk about, measured on the game. */
export interface DebriefFacts {
  readonly peakWaste: number;
  readonly peakWasteYear: number;
  readonly exportControls: boolean;
  readonly finalChipAutonomy: number;
  readonly finalInfluence: number;
  readonly frontierBoost: number;
  /** Share (0–1) of all money spent, per pillar. */
  readonly shares: Record<PillarId, number>;
  readonly dataSecurity: boolean;
  readonly weakest: SectionRow | null;
}

/** Thresholds, in indicator points or budget shares: balanced play peaks near 13 waste, all-in play above 40. */
export const HIGH_WASTE = 20;
const LOW_CHIPS = 50;
const OPEN_SHARE = 0.2;
const RIVAL_BOOST = 5;
const CONCENTRATED = 0.45;
const EVEN_BAND = [0.2, 0.3] as const;
const WEAK_QUIZ = 0.6;
/** Three chosen by the game, then always the model's limits. */
const CHOSEN = 3;

export function debriefFacts(state: GameState, weakest: SectionRow | null): DebriefFacts {
  let peakWaste = 0;
  let peakWasteYear = state.lastYear;
  const spent = PILLARS.map(() => 0);
  for (const record of state.history) {
    // As the year's report showed it (the "After" column), like every number on the results.
    const waste = shownIndicators(record).waste;
    if (waste > peakWaste) [peakWaste, peakWasteYear] = [waste, record.year];
    record.allocation.forEach((amount, i) => (spent[i] = (spent[i] ?? 0) + amount));
  }
  const total = spent.reduce((a, b) => a + b, 0) || 1;
  const shares = Object.fromEntries(PILLARS.map((p, i) => [p, (spent[i] ?? 0) / total])) as Record<
    PillarId,
    number
  >;
  const events = new Set(state.history.map((r) => r.eventId));
  return {
    peakWaste,
    peakWasteYear,
    exportControls: events.has('export-controls') || events.has('entity-list'),
    finalChipAutonomy: state.indicators.chipAutonomy,
    finalInfluence: state.indicators.influence,
    frontierBoost: state.frontierBoost,
    shares,
    dataSecurity: events.has('data-security'),
    weakest,
  };
}

/** The pillar that got the most money, and its share. */
export function topPillar(shares: Record<PillarId, number>): { pillar: PillarId; share: number } {
  return PILLARS.reduce(
    (best, p) => (shares[p] > best.share ? { pillar: p, share: shares[p] } : best),
    {
      pillar: PILLARS[0] as PillarId,
      share: -1,
    },
  );
}

function triggered(id: PromptId, f: DebriefFacts): boolean {
  switch (id) {
    case 'whiteElephant':
      return f.peakWaste >= HIGH_WASTE;
    case 'concentration':
      return topPillar(f.shares).share >= CONCENTRATED;
    case 'chipsAfterControls':
      return f.exportControls && f.finalChipAutonomy < LOW_CHIPS;
    case 'quizWeak':
      return f.weakest !== null && (f.weakest.share ?? 1) < WEAK_QUIZ;
    case 'openSourceRival':
      return f.shares.openSource >= OPEN_SHARE && f.frontierBoost >= RIVAL_BOOST;
    case 'dispersion':
      return PILLARS.every((p) => f.shares[p] >= EVEN_BAND[0] && f.shares[p] <= EVEN_BAND[1]);
    case 'dataSecurity':
      return f.dataSecurity;
    // Always true: the fallbacks that fill the list when few things stood out.
    case 'movingTarget':
    case 'talentDelay':
      return true;
    case 'modelLimits':
      return false;
  }
}

/** Three prompts in priority order, then the one on the model's limits, which is always asked. */
export function selectPrompts(facts: DebriefFacts): PromptId[] {
  const chosen = PROMPT_IDS.filter((id) => triggered(id, facts)).slice(0, CHOSEN);
  return [...chosen, 'modelLimits'];
}
