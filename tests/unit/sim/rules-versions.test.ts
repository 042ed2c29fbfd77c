// Rules versions: new games play by the current rules, old saves and codes by the rules they were started with, and a calendar's own card numbers stay the card's.
import { describe, expect, it } from 'vitest';
import { defaultContent } from '../../../src/content';
import {
  cardsOf,
  contentOfRules,
  eventForecast,
  newSession,
  newSettings,
  reduceSession,
  replay,
  RULES,
  type GameSettings,
  type PlaySession,
} from '../../../src/sim';
import { emptyBoxes } from '../../../src/sim/quiz';
import { env, nextAction, playSettings } from '../../support/headless';

/** Plays a whole game from these settings with the scripted player. */
function played(settings: GameSettings): PlaySession {
  let last: PlaySession | undefined;
  for (const step of playSettings(settings)) last = step.session;
  if (!last) throw new Error('no step');
  return last;
}

const short = { seed: 12, difficulty: 'normal', length: 'short' } as const;

describe('rules versions', () => {
  it('starts new games with the current rules, whose content is the default one', () => {
    expect(newSettings(short, 'Mei', emptyBoxes()).rules).toBe(RULES);
    expect(defaultContent.rules).toBe(RULES);
    expect(contentOfRules(defaultContent, RULES)).toBe(defaultContent);
  });

  it('plays a short game of rules 2 in 5 years and 2 checkpoints', () => {
    const end = played(newSettings(short, 'Mei', emptyBoxes()));
    expect(end.game.history.map((r) => r.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(end.game.checkpointsDone).toBe(2);
    expect(end.quizLog).toHaveLength(6);
  });

  it('replays a game saved before versions (no `rules`) by rules 1: 7 years, 3 checkpoints', () => {
    const old: GameSettings = { ...newSettings(short, 'Mei', emptyBoxes()) };
    delete (old as { rules?: number }).rules;
    const end = played(old);
    expect(end.game.history.map((r) => r.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028]);
    expect(end.game.checkpointsDone).toBe(3);
    // Its log replays to the same game, by the same rules.
    expect(replay(old, end.log, env).session.game).toEqual(end.game);
  });

  it('keeps rules 1 exactly as shipped: 4 questions a standard checkpoint, the 7-turn short game', () => {
    const rules1 = contentOfRules(defaultContent, undefined);
    expect(rules1.rules).toBe(1);
    expect(rules1.scenarios.short).toMatchObject({
      firstYear: 2022,
      lastYear: 2028,
      checkpointAfter: [1, 3, 5],
      questionsPerCheckpoint: 3,
      start: { capability: 52, chipAutonomy: 25, ecosystem: 45 },
    });
    expect(rules1.scenarios.standard).toMatchObject({
      firstYear: 2018,
      lastYear: 2030,
      checkpointAfter: [2, 5, 8, 11],
      questionsPerCheckpoint: 4,
      start: defaultContent.scenarios.standard.start,
    });
    for (const length of ['standard', 'short'] as const) {
      expect(rules1.scenarios[length].cards).toBeUndefined();
      expect(rules1.scenarios[length].capitalPerCredit).toBeUndefined();
      expect(cardsOf(rules1, length)).toBe(defaultContent.events);
    }
    expect(rules1.events).toBe(defaultContent.events);
  });

  it('gives a calendar its own numbers only for cards it names, with the same options and effect kinds', () => {
    const own = [
      ...(defaultContent.scenarios.standard.cards ?? []),
      ...(defaultContent.scenarios.short.cards ?? []),
    ];
    expect(own.map((c) => c.id).sort()).toEqual(['deepseek', 'export-controls', 'export-controls']);
    for (const card of own) {
      const shared = defaultContent.events.find((c) => c.id === card.id);
      expect(shared, card.id).toBeDefined();
      expect(card.options.map((o) => o.id)).toEqual(shared?.options.map((o) => o.id));
      expect(card.shock).toEqual(shared?.shock);
      card.options.forEach((o, i) =>
        expect(o.effects.map((e) => e.kind)).toEqual(
          shared?.options[i]?.effects.map((e) => e.kind),
        ),
      );
    }
    const deepseek = cardsOf(defaultContent, 'short').find((c) => c.id === 'deepseek');
    expect(deepseek?.options[0]?.effects[0]).toMatchObject({ indicator: 'influence', amount: 10 });
    // Every other card is the shared one, in the shared order (the draw walks it).
    const standard = cardsOf(defaultContent, 'standard');
    expect(standard.map((c) => c.id)).toEqual(defaultContent.events.map((c) => c.id));
    expect(standard.filter((c, i) => c !== defaultContent.events[i]).map((c) => c.id)).toEqual([
      'export-controls',
    ]);
  });

  it('shows the short calendar’s numbers on the card it plays', () => {
    const settings = newSettings(short, 'Mei', emptyBoxes());
    let session = newSession(settings, env);
    let asked = 0;
    while (!(session.game.phase === 'event' && session.game.event?.id === 'deepseek')) {
      const action = nextAction(session, asked);
      if (action.type === 'quiz/answer') asked += 1;
      const step = reduceSession(session, action, env);
      if (!step.ok) throw new Error(step.error.code);
      session = step.session;
    }
    const game = session.game;
    const withoutOwn = { ...defaultContent.scenarios.short };
    delete (withoutOwn as { cards?: unknown }).cards;
    const sharedNumbers = {
      ...defaultContent,
      scenarios: { ...defaultContent.scenarios, short: withoutOwn },
    };
    const own = eventForecast(game, defaultContent, 'deepseek', 'open-everything');
    const shared = eventForecast(game, sharedNumbers, 'deepseek', 'open-everything');
    const gain = (f: typeof own) => f?.option.shifts.influence ?? 0;
    expect(gain(own)).toBeGreaterThan(0);
    expect(gain(own)).toBeLessThan(gain(shared));
    // What the card shows is what the choice does.
    const chosen = reduceSession(
      session,
      { type: 'event/choose', optionId: 'open-everything' },
      env,
    );
    if (!chosen.ok) throw new Error(chosen.error.code);
    const after = chosen.session.game.indicators.influence;
    expect(after - game.indicators.influence).toBeCloseTo(own?.shifts.influence ?? NaN, 1);
  });
});
