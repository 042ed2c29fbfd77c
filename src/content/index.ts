// The game's default content: every event card and both scenarios, language-neutral.
import type { Content } from '../sim/content-types';
import { DRAWN_EVENTS } from './events/drawn';
import { MORE_DRAWN_EVENTS } from './events/drawn-more';
import { HISTORICAL_EVENTS } from './events/historical';
import { SCENARIOS } from './scenarios';

export const defaultContent: Content = {
  events: [...HISTORICAL_EVENTS, ...DRAWN_EVENTS, ...MORE_DRAWN_EVENTS],
  scenarios: SCENARIOS,
};
