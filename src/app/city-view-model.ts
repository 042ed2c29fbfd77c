// Builds the city scene's snapshot from the game state: numbers only, the scene draws them.
import {
  indicatorSeries,
  previousIndicators,
  shownFrontier,
  type GameState,
  type Indicators,
} from '../sim';
import type { CapabilityPoint, CityView } from './stage';

export function cityViewOf(game: GameState, start: Readonly<Indicators>): CityView {
  const capability = indicatorSeries(game.history, 'capability');
  const history: CapabilityPoint[] = [
    {
      year: game.firstYear - 1,
      capability: start.capability,
      frontier: game.history[0] ? shownFrontier(game.history[0]) : game.frontier,
    },
    ...game.history.map((record, i) => ({
      year: record.year,
      capability: capability[i] ?? 0,
      frontier: shownFrontier(record),
    })),
  ];
  // In the resolve phase this year's result is not in the history yet: show it as the newest point.
  const resolved =
    game.phase === 'resolve' || game.phase === 'event' || game.phase === 'checkpoint';
  if (resolved && history.at(-1)?.year !== game.year) {
    history.push({
      year: game.year,
      capability: game.indicators.capability,
      frontier: game.frontier,
    });
  }
  return {
    year: game.year,
    firstYear: game.firstYear,
    lastYear: game.lastYear,
    indicators: game.indicators,
    previous: resolved ? previousIndicators(game, start) : null,
    history,
    allocation: game.lastAllocation,
    budget: game.budget,
  };
}
