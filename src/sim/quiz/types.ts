// The language-neutral shape of a quiz question, a player's answer and a grade: what the content declares and the engine reads.
import type { PillarId } from '../pillars';

/** The article's sections, in reading order; every question and quote belongs to one. */
export const SECTION_IDS = [
  'intro',
  'offensive',
  'dream-town',
  'open-source',
  'players',
  'challenges',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Each type has its own grading rule (see grade.ts). */
export const QUESTION_TYPES = [
  'multiple-choice',
  'true-false',
  'matching',
  'ordering',
  'numeric',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** 1 = a fact stated plainly, 2 = needs a careful reading, 3 = links two passages or checks a source. */
export type Difficulty = 1 | 2 | 3;

/** Where the answer comes from: a verbatim French quote (at most 25 words) from the given section. */
export interface PassageRef {
  readonly section: SectionId;
  readonly quote: string;
}

interface QuestionBase {
  /** Stable forever: saves, Leitner boxes and teacher reports refer to it. Letters, digits and '-'. */
  readonly id: string;
  readonly section: SectionId;
  readonly difficulty: Difficulty;
  /** The pillar whose political capital a good answer feeds. */
  readonly pillar: PillarId;
  readonly passage: PassageRef;
  /** True when the article disagrees with the public record: the locale holds a `sourceNote`. */
  readonly sourceNote?: boolean;
}

export interface MultipleChoiceQuestion extends QuestionBase {
  readonly type: 'multiple-choice';
  /** Choice ids; their texts are in locales under `questions.<id>.choices.<choiceId>`. */
  readonly choices: readonly string[];
  readonly answer: string;
}

export interface TrueFalseQuestion extends QuestionBase {
  readonly type: 'true-false';
  readonly answer: boolean;
}

export interface MatchingQuestion extends QuestionBase {
  readonly type: 'matching';
  /** Left column (item ids, texts under `items`); each maps to one target. */
  readonly items: readonly string[];
  /** Right column (target ids, texts under `targets`); may hold more targets than items. */
  readonly targets: readonly string[];
  readonly answer: Readonly<Record<string, string>>;
}

export interface OrderingQuestion extends QuestionBase {
  readonly type: 'ordering';
  /** Item ids in the correct order (texts under `items`). */
  readonly items: readonly string[];
}

export interface NumericQuestion extends QuestionBase {
  readonly type: 'numeric';
  readonly answer: number;
  /** Full credit within ±tolerance, half credit within ±2×tolerance (same unit as the answer). */
  readonly tolerance: number;
  /** Bounds and step of the input the UI offers. */
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Unit key under `units` in quiz.json. */
  readonly unit: string;
}

export type QuizQuestion =
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | MatchingQuestion
  | OrderingQuestion
  | NumericQuestion;

/** What the player submits; the `type` must match the question's. */
export type QuizAnswer =
  | { readonly type: 'multiple-choice'; readonly choice: string }
  | { readonly type: 'true-false'; readonly value: boolean }
  | { readonly type: 'matching'; readonly pairs: Readonly<Record<string, string>> }
  | { readonly type: 'ordering'; readonly order: readonly string[] }
  | { readonly type: 'numeric'; readonly value: number };

/** Per-type feedback the UI can show beside the explanation. */
export type GradeDetails =
  | { readonly type: 'multiple-choice'; readonly expected: string }
  | { readonly type: 'true-false'; readonly expected: boolean }
  | { readonly type: 'matching'; readonly perItem: Readonly<Record<string, boolean>> }
  | {
      readonly type: 'ordering';
      readonly expected: readonly string[];
      readonly pairsInOrder: number;
      readonly pairs: number;
    }
  | {
      readonly type: 'numeric';
      readonly expected: number;
      readonly tolerance: number;
      readonly distance: number;
    }
  /** The answer's type did not match the question's (a UI bug): no credit, never a throw. */
  | { readonly type: 'mismatch'; readonly expectedType: QuestionType };

export interface Grade {
  /** 0..1 */
  readonly credit: number;
  /** Fully right (credit 1). */
  readonly correct: boolean;
  readonly details: GradeDetails;
}

/** A question as shown at a checkpoint: ids only, in the seeded display order. */
export interface PreparedQuestion {
  readonly id: string;
  readonly type: QuestionType;
  /** multiple-choice: choice ids; true-false: ['true','false']; others: empty. */
  readonly choiceOrder: readonly string[];
  /** ordering: shuffled items (never already correct); matching: left column. */
  readonly itemOrder: readonly string[];
  /** matching: right column. */
  readonly targetOrder: readonly string[];
}
