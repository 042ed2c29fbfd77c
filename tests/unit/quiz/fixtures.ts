// A small synthetic bank for engine tests, independent of the real content so the engine's rules are tested alone.
import {
  QUESTION_TYPES,
  SECTION_IDS,
  type QuizQuestion,
  type SectionId,
  type QuestionType,
} from '../../../src/sim/quiz';

function make(id: string, section: SectionId, type: QuestionType): QuizQuestion {
  const base = {
    id,
    section,
    difficulty: 1 as const,
    pillar: 'talent' as const,
    passage: { section, quote: 'x' },
  };
  switch (type) {
    case 'multiple-choice':
      return { ...base, type, choices: ['a', 'b', 'c', 'd'], answer: 'b' };
    case 'true-false':
      return { ...base, type, answer: false };
    case 'matching':
      return {
        ...base,
        type,
        items: ['i1', 'i2', 'i3', 'i4'],
        targets: ['t1', 't2', 't3', 't4'],
        answer: { i1: 't1', i2: 't2', i3: 't3', i4: 't4' },
      };
    case 'ordering':
      return { ...base, type, items: ['o1', 'o2', 'o3', 'o4'] };
    case 'numeric':
      return {
        ...base,
        type,
        answer: 8.5,
        tolerance: 1,
        min: 0,
        max: 50,
        step: 0.5,
        unit: 'billionUsd',
      };
  }
}

/** 6 sections × 5 types = 30 questions, one of each combination. */
export const TEST_BANK: readonly QuizQuestion[] = SECTION_IDS.flatMap((section) =>
  QUESTION_TYPES.map((type) => make(`${section}-${type}`, section, type)),
);

export function byId(id: string): QuizQuestion {
  const q = TEST_BANK.find((x) => x.id === id);
  if (q === undefined) throw new Error(`no test question ${id}`);
  return q;
}
