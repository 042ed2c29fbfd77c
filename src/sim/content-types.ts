// The language-neutral shape of game content: event cards, their effects and their sources.
import type { PillarId } from './pillars';
import type { SectionId } from './quiz/types';
import type { GameLength, IndicatorId } from './types';

/** Where a card comes from: a section of the article, or a dated public-record reference. */
export type SourceRef =
  | {
      readonly kind: 'article';
      readonly section: SectionId;
      readonly note?: string;
    }
  | {
      readonly kind: 'public-record';
      readonly ref: string;
      readonly date: string;
      readonly note?: string;
    };

/**
 * What choosing an option does. Indicator shifts are points on the 0–100 scale; negative shifts
 * are multiplied by the difficulty's severity. `scaleBy` makes a shift depend on earlier choices:
 * 'protect' multiplies it by (1 − value/100) (e.g. sanctions hurt less with chip autonomy),
 * 'amplify' by value/100 (e.g. an open model spreads further when it is good).
 * Every effect but a budget change is also multiplied by the drawn card's intensity I (how big the
 * shock or the opportunity is this time, 0.3–1.7, shown by the card's numbers): a bold option's gains
 * grow with it. `fixed` effects (money, fixed costs) stay as written; `inverse` ones, a careful
 * option's gains, count (2 − I) times: caution pays when the event is small, boldness when it is big.
 */
export type Effect =
  | {
      readonly kind: 'shift';
      readonly indicator: IndicatorId;
      readonly amount: number;
      readonly scaleBy?: { readonly indicator: IndicatorId; readonly mode: 'protect' | 'amplify' };
      readonly fixed?: boolean;
      readonly inverse?: boolean;
    }
  /** Change to next year's budget, billions of US dollars. */
  | { readonly kind: 'budget'; readonly amount: number }
  /** Change to the share (0–1) of foreign advanced chips that can be bought. */
  | {
      readonly kind: 'access';
      readonly amount: number;
      readonly fixed?: boolean;
      readonly inverse?: boolean;
    }
  /** The pillar's spending counts `factor` times for `years` years, starting next year. */
  | {
      readonly kind: 'boost';
      readonly pillar: PillarId;
      readonly factor: number;
      readonly years: number;
      readonly fixed?: boolean;
      readonly inverse?: boolean;
    }
  /** Points added to the US frontier: what rivals gain from us. */
  | {
      readonly kind: 'frontier';
      readonly amount: number;
      readonly fixed?: boolean;
      readonly inverse?: boolean;
    }
  /** Political capital (efficiency percent) added to a pillar. */
  | {
      readonly kind: 'capital';
      readonly pillar: PillarId;
      readonly amount: number;
      readonly fixed?: boolean;
      readonly inverse?: boolean;
    };

export interface EventOption {
  readonly id: string;
  readonly effects: readonly Effect[];
}

/** When a non-historical card may be drawn, and how likely it is. */
export interface DrawRule {
  readonly minYear?: number;
  readonly when?: readonly {
    readonly indicator: IndicatorId;
    readonly min?: number;
    readonly max?: number;
  }[];
  /** Base draw weight; `weightBy` adds `factor × value/100` for an indicator. */
  readonly weight: number;
  readonly weightBy?: { readonly indicator: IndicatorId; readonly factor: number };
}

export interface EventCard {
  readonly id: string;
  /** Historical cards arrive in this year (if the game covers it); others are drawn. */
  readonly year?: number;
  /**
   * The year of what the card cites (the latest of its dated facts). A drawn card is never drawn
   * in an earlier year; content:check requires it on every card and keeps historical years at or after it.
   */
  readonly notBefore?: number;
  readonly draw?: DrawRule;
  /** Effects applied whatever the choice (the shock itself), before the option's effects. */
  readonly shock: readonly Effect[];
  readonly options: readonly EventOption[];
  readonly sources: readonly SourceRef[];
}

/** The time frame of one game length, with the public-record reasons for its dates. */
export interface Scenario {
  readonly firstYear: number;
  readonly lastYear: number;
  /** Checkpoints come after these year offsets (0 = first year). */
  readonly checkpointAfter: readonly number[];
  readonly questionsPerCheckpoint: number;
  /**
   * Political capital per unit of quiz credit (percent). Short games have fewer questions and fewer
   * years for capital to work, so each answer weighs more; absent: PARAMS.capitalPerCredit.
   */
  readonly capitalPerCredit?: number;
  readonly start: Readonly<Record<IndicatorId, number>>;
  /**
   * False: no card is drawn in the final year (only a historical card of that year arrives). A card's
   * lasting effects are worth nothing in the last year, so a drawn card there always favours the
   * option with immediate gains (docs/game-length.md). Absent: a card may be drawn every year.
   */
  readonly finalYearDraw?: false;
  /**
   * This calendar's own numbers for some cards (matched by id), in place of those in `events`: the
   * same card can weigh differently when it arrives with one year left or with five.
   */
  readonly cards?: readonly EventCard[];
  readonly sources: readonly SourceRef[];
}

export interface Content {
  /**
   * The rules version these numbers are (see RULES in session.ts): a game is replayed by the
   * version it was started with, so a retune never changes an old save or class result.
   */
  readonly rules: number;
  readonly events: readonly EventCard[];
  readonly scenarios: Readonly<Record<GameLength, Scenario>>;
  /** The content of earlier rules versions, still used to replay games started with them. */
  readonly earlier?: readonly Content[];
}
