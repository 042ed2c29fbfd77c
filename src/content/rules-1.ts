// The rules of version 1 (games and class codes made before December 2026): the 7-turn short game, kept so they replay as they were played.
import type { Content, Scenario } from '../sim/content-types';
import { EVENTS } from './events';
import { SCENARIOS } from './scenarios';

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
  scenarios: { standard: SCENARIOS.standard, short: SHORT_2022_2028 },
};
