// One set of numbers: whole games show each year's values once, and every next "Before" is last year's "After" plus the event's listed effects.
import { describe, expect, it } from 'vitest';
import {
  DIFFICULTIES,
  INDICATORS,
  LENGTHS,
  eventForecast,
  eventShifts,
  indicatorSeries,
  newSession,
  newSettings,
  previousIndicators,
  recordIndicators,
  reduceSession,
  shownFrontier,
  shownGap,
  type EventForecast,
  type Indicators,
} from '../../../src/sim';
import { round1 } from '../../../src/sim/calendar';
import { emptyBoxes } from '../../../src/sim/quiz';
import { endGap, gapSeries, gapSummary } from '../../../src/ui/results/gap';
import { env, nextAction } from '../../support/headless';

const tenths = (x: number) => Math.round(x * 10);

/** What one year screen showed, and what its event card listed for the option taken. */
interface SeenYear {
  readonly year: number;
  readonly before: Indicators;
  readonly after: Indicators;
  readonly frontier: number;
  readonly listed: EventForecast | null;
}

/** Plays a game, taking each event's options in turn, and keeps what the year and event screens showed. */
function playAndWatch(
  seed: number,
  difficulty: (typeof DIFFICULTIES)[number],
  length: (typeof LENGTHS)[number],
) {
  let session = newSession(newSettings({ seed, difficulty, length }, 'Mei', emptyBoxes()), env);
  const start = env.content.scenarios[length].start;
  const seen: SeenYear[] = [];
  let asked = 0;
  for (let guard = 0; guard < 1000 && session.game.phase !== 'end'; guard += 1) {
    const game = session.game;
    let action = nextAction(session, asked);
    if (game.phase === 'resolve') {
      const after = {} as Indicators;
      for (const id of INDICATORS) after[id] = round1(game.indicators[id]);
      const before = previousIndicators(game, start);
      seen.push({ year: game.year, before, after, frontier: round1(game.frontier), listed: null });
    }
    if (game.phase === 'event' && game.event) {
      const options = game.event.options;
      const optionId = options[(seed + game.year) % options.length] ?? '';
      action = { type: 'event/choose', optionId };
      const listed = eventForecast(game, env.content, game.event.id, optionId);
      const last = seen.at(-1);
      if (last) seen[seen.length - 1] = { ...last, listed };
    }
    if (action.type === 'quiz/answer') asked += 1;
    const step = reduceSession(session, action, env);
    if (!step.ok) throw new Error(step.error.code);
    session = step.session;
  }
  return { state: session.game, seen, start };
}

const SEEDS = Array.from({ length: 12 }, (_, i) => 1 + i * 7919);
const GAMES = LENGTHS.flatMap((length) =>
  DIFFICULTIES.flatMap((difficulty) => SEEDS.map((seed) => ({ seed, difficulty, length }))),
);

describe('one set of numbers across the year screens, the event cards and the results', () => {
  it.each(GAMES)('seed $seed, $difficulty, $length', ({ seed, difficulty, length }) => {
    const { state, seen, start } = playAndWatch(seed, difficulty, length);
    expect(state.phase).toBe('end');
    expect(seen.map((y) => y.year)).toEqual(state.history.map((r) => r.year));
    seen.forEach((year, i) => {
      const record = state.history[i];
      if (!record) throw new Error('missing record');
      const previous = seen[i - 1];
      for (const id of INDICATORS) {
        // "Before" is last year's "After" plus what last year's event card listed, to the tenth.
        const expected = previous
          ? tenths(previous.after[id]) + tenths(previous.listed?.shifts[id] ?? 0)
          : tenths(start[id]);
        expect(tenths(year.before[id]), `${year.year} ${id}`).toBe(expected);
        // The record keeps what the year screen showed, and the event's effect the card listed.
        expect(record.shown?.[INDICATORS.indexOf(id)]).toBe(year.after[id]);
        expect(tenths(eventShifts(record)[id])).toBe(tenths(year.listed?.shifts[id] ?? 0));
      }
      expect(shownFrontier(record)).toBe(year.frontier);
    });
    // The results' charts, tables and gap sentences read the values the year screens showed.
    const gaps = gapSeries(state.history);
    seen.forEach((year, i) => {
      expect(gaps[i]?.gap).toBe(shownGap(year.frontier, year.after.capability));
      expect(tenths(gaps[i]?.gap ?? NaN)).toBe(
        tenths(year.frontier) - tenths(year.after.capability),
      );
    });
    for (const id of INDICATORS)
      expect(indicatorSeries(state.history, id)).toEqual(seen.map((y) => y.after[id]));
    // The game ends on the last report's values plus the last outcome's numbers, and says so.
    const lastSeen = seen.at(-1);
    const lastRecord = state.history.at(-1);
    if (!lastSeen || !lastRecord) throw new Error('no last year');
    const end = recordIndicators(lastRecord);
    for (const id of INDICATORS)
      expect(tenths(end[id])).toBe(
        tenths(lastSeen.after[id]) + tenths(lastSeen.listed?.shifts[id] ?? 0),
      );
    expect(gapSummary(state.history)?.final).toEqual(endGap(state.history));
    expect(tenths(endGap(state.history)?.gap ?? NaN)).toBe(
      tenths(lastRecord.frontier) - tenths(end.capability),
    );
  });

  it('lists a real effect for the 2022 export controls, which the next year then starts from', () => {
    const { state, seen } = playAndWatch(1, 'normal', 'short');
    const y2022 = seen.find((y) => y.year === 2022);
    const record = state.history.find((r) => r.year === 2022);
    expect(record?.eventId).toBe('export-controls');
    expect(y2022?.listed?.shifts.capability).toBeLessThan(-1);
    expect(record ? eventShifts(record).capability : 0).toBe(y2022?.listed?.shifts.capability);
  });
});
