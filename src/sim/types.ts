// The shapes of the simulation: indicators, allocations, the game state, actions and typed errors.
import type { PillarId, QuestionResult } from './pillars';

/** The six indicators, all on a 0–100 scale; `waste` is the only one where lower is better. */
export const INDICATORS = [
  'capability',
  'chipAutonomy',
  'ecosystem',
  'talent',
  'influence',
  'waste',
] as const;
export type IndicatorId = (typeof INDICATORS)[number];
export type Indicators = Record<IndicatorId, number>;

/** Billions of US dollars per pillar, in multiples of 0.1 (one decimal); must sum to the budget. */
export type Allocation = Record<PillarId, number>;

/** Difficulties and game lengths, in the order the setup screen offers them. */
export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const;
export const LENGTHS = ['standard', 'short'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export type GameLength = (typeof LENGTHS)[number];
export type Phase = 'plan' | 'resolve' | 'event' | 'checkpoint' | 'end';

export interface NewGameOptions {
  readonly seed: number;
  readonly difficulty: Difficulty;
  readonly length: GameLength;
}

/** One cause of an indicator's change: a trace source id (see locales model.json `trace`) and points. */
export interface Contribution {
  readonly source: string;
  readonly amount: number;
}
/** The largest contributions to each indicator's change over one year, biggest first. */
export type Trace = Record<IndicatorId, Contribution[]>;

/** A compact end-of-year record: numbers and ids only, never translated text (saves store it). */
export interface YearRecord {
  readonly year: number;
  readonly budget: number;
  /** Billions per pillar in PILLARS order. */
  readonly allocation: readonly number[];
  /** Indicator values in INDICATORS order, rounded to 0.1. */
  readonly indicators: readonly number[];
  readonly frontier: number;
  readonly eventId: string | null;
  readonly optionId: string | null;
  /**
   * What the year screen showed, after the budget and before the event (INDICATORS order, rounded to
   * 0.1), so the event's effect is `indicators - shown`. Absent in records saved before issue 15: then
   * read as `indicators` (see `shownIndicators`).
   */
  readonly shown?: readonly number[];
  /** The US frontier the year screen showed, before the event (rounded to 0.1); absent as above. */
  readonly shownFrontier?: number;
}

/** An event-card effect still running: a pillar's spending counts `factor` times until `untilYear`. */
export interface Modifier {
  readonly pillar: PillarId;
  readonly factor: number;
  readonly untilYear: number;
}

export interface ScoreBreakdown {
  readonly capability: number;
  readonly chipAutonomy: number;
  readonly ecosystem: number;
  readonly talent: number;
  readonly influence: number;
  readonly waste: number;
  readonly total: number;
}

export interface GameState {
  readonly version: 1;
  readonly seed: number;
  readonly difficulty: Difficulty;
  readonly length: GameLength;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly year: number;
  readonly phase: Phase;
  /** This year's budget in billions of US dollars (one decimal). */
  readonly budget: number;
  readonly indicators: Indicators;
  /** The scripted US frontier this year (0–100, same scale as capability), boosts included. */
  readonly frontier: number;
  /** Points added to the US frontier by our open-source spillovers and events. */
  readonly frontierBoost: number;
  /** Share (0–1) of foreign advanced chips we can still buy; export controls lower it. */
  readonly computeAccess: number;
  /** Political capital per pillar (percent of extra spending efficiency), earned at checkpoints. */
  readonly capital: Record<PillarId, number>;
  /** Effective spending (billions) still on its way: chips last year, talent one and two years ago. */
  readonly pipeline: { readonly chips: number; readonly talent: readonly [number, number] };
  readonly modifiers: readonly Modifier[];
  /** One-off change to next year's budget (billions), set by event choices. */
  readonly budgetAdjust: number;
  readonly usedEvents: readonly string[];
  readonly event: {
    readonly id: string;
    readonly options: readonly string[];
    /**
     * How big the shock or opportunity is this time (0.3–1.7, in tenths), drawn with the card: it
     * multiplies every effect but money and fixed costs. Absent in games saved before issue 12: 1.
     */
    readonly intensity?: number;
  } | null;
  /** This year's event and the option chosen, until the year's record is written. */
  readonly yearEvent: {
    readonly id: string;
    readonly optionId: string;
    /** The indicators (INDICATORS order, rounded to 0.1) and frontier the year screen showed. */
    readonly shown?: readonly number[];
    readonly shownFrontier?: number;
  } | null;
  readonly checkpoint: { readonly index: number; readonly questionCount: number } | null;
  readonly checkpointsDone: number;
  readonly lastAllocation: Allocation | null;
  readonly lastTrace: Trace | null;
  readonly history: readonly YearRecord[];
  readonly quiz: { readonly answered: number; readonly credit: number };
  readonly score: ScoreBreakdown | null;
  /** pure-rand xoroshiro128plus state: four 32-bit integers, so a JSON copy replays exactly. */
  readonly rng: readonly number[];
}

export type Action =
  | { readonly type: 'plan/commit'; readonly allocation: Allocation }
  | { readonly type: 'resolve/continue' }
  | { readonly type: 'event/choose'; readonly optionId: string }
  | { readonly type: 'checkpoint/answer'; readonly results: readonly QuestionResult[] };

export type SimErrorCode =
  | 'action/unknown'
  | 'phase/wrong'
  | 'budget/invalid'
  | 'budget/negative'
  | 'budget/not-tenths'
  | 'budget/over-limit'
  | 'budget/under-spent'
  | 'event/unknown-option'
  | 'checkpoint/wrong-count'
  | 'checkpoint/invalid-result';

export interface SimError {
  readonly code: SimErrorCode;
  readonly [detail: string]: unknown;
}

export type ApplyResult =
  | { readonly ok: true; readonly state: GameState }
  | { readonly ok: false; readonly error: SimError };
