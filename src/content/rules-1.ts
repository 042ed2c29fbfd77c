// The rules of version 1 (games and class codes made before December 2026): 4 questions a standard checkpoint, the 7-turn short game, every card with one set of numbers; kept so they replay as they were played.
import type { Content, Scenario } from '../sim/content-types';
import { EVENTS } from './events';
import { SCENARIOS } from './scenarios';

/** 2018–2030 with 4 questions a checkpoint, each answer worth the default capital. */
const STANDARD_4_QUESTIONS: Scenario = {
  firstYear: 2018,
  lastYear: 2030,
  checkpointAfter: [2, 5, 8, 11],
  questionsPerCheckpoint: 4,
  start: SCENARIOS.standard.start,
  sources: SCENARIOS.standard.sources,
};

/** 2022–2028 (7 turns), three checkpoints, every card with the standard game's numbers. */
const SHORT_2022_2028: Scenario = {
  firstYear: 2022,
  lastYear: 2028,
  checkpointAfter: [1, 3, 5],
  questionsPerCheckpoint: 3,
  start: {
    capability: 52,
    chipAutonomy: 25,
    ecosystem: 45,
    talent: 45,
    influence: 25,
    waste: 15,
  },
  sources: SCENARIOS.short.sources,
};

export const RULES_1: Content = {
  rules: 1,
  events: EVENTS,
  scenarios: { standard: STANDARD_4_QUESTIONS, short: SHORT_2022_2028 },
};
