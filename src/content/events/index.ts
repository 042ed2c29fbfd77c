// Every event card, historical first, in the order the draw walks them (the order is part of the rules: replays depend on it).
import type { EventCard } from '../../sim/content-types';
import { DRAWN_EVENTS } from './drawn';
import { MORE_DRAWN_EVENTS } from './drawn-more';
import { HISTORICAL_EVENTS } from './historical';

export const EVENTS: readonly EventCard[] = [
  ...HISTORICAL_EVENTS,
  ...DRAWN_EVENTS,
  ...MORE_DRAWN_EVENTS,
];
