// The game's default content: every event card and both scenarios, language-neutral, with the earlier rules versions it still replays.
import type { Content } from '../sim/content-types';
import { EVENTS } from './events';
import { RULES_1 } from './rules-1';
import { SCENARIOS } from './scenarios';

export const defaultContent: Content = {
  rules: 2,
  events: EVENTS,
  scenarios: SCENARIOS,
  earlier: [RULES_1],
};
