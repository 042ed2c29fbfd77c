// The whole question bank, in article order: what the quiz engine selects from and content:check validates.
import type { QuizQuestion } from '../../sim/quiz/types';
import { CHALLENGES_QUESTIONS } from './challenges';
import { DREAM_TOWN_QUESTIONS } from './dream-town';
import { INTRO_QUESTIONS } from './intro';
import { OFFENSIVE_QUESTIONS } from './offensive';
import { OPEN_SOURCE_QUESTIONS } from './open-source';
import { PLAYERS_QUESTIONS } from './players';

export const QUESTION_BANK: readonly QuizQuestion[] = [
  ...INTRO_QUESTIONS,
  ...OFFENSIVE_QUESTIONS,
  ...DREAM_TOWN_QUESTIONS,
  ...OPEN_SOURCE_QUESTIONS,
  ...PLAYERS_QUESTIONS,
  ...CHALLENGES_QUESTIONS,
];

export { ARTICLE_SECTIONS, type ArticleSection } from './sections';
export { SOURCE_QUOTES, GLOSSARY_IDS, type SourceQuote } from './source';
