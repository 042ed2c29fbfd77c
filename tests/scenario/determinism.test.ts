// Whole games replay exactly: from the seed and the action list, and from a JSON copy taken mid-game.
import { describe, expect, it } from 'vitest';
import { apply, newGame, type Action, type GameState } from '../../src/sim';
import { defaultContent } from '../../src/content';
import { nextAction, playOut, quizPlayer } from '../../src/sim/headless/play';
import { makePolicy } from '../../src/sim/headless/policies';

const options = { seed: 2024, difficulty: 'normal', length: 'standard' } as const;

function replay(actions: readonly Action[]): GameState {
  let s = newGame(options, defaultContent);
  for (const a of actions) {
    const r = apply(s, a, defaultContent);
    if (!r.ok) throw new Error(r.error.code);
    s = r.state;
  }
  return s;
}

describe('determinism', () => {
  it('replaying the action list from the seed gives a deep-equal final state', () => {
    const log: Action[] = [];
    const policy = makePolicy('random', options.seed, defaultContent);
    const end = playOut(
      newGame(options, defaultContent),
      defaultContent,
      policy,
      quizPlayer(1, 0.5),
      log,
    );
    expect(end.phase).toBe('end');
    expect(replay(log)).toEqual(end);
  });

  it('a JSON round-trip mid-game continues exactly like the original', () => {
    const policy = makePolicy('balanced', options.seed, defaultContent);
    const quiz = quizPlayer(options.seed, 0.7);
    let s = newGame(options, defaultContent);
    for (let i = 0; i < 17; i++) {
      const a = nextAction(s, policy, quiz);
      if (!a) break;
      const r = apply(s, a, defaultContent);
      if (!r.ok) throw new Error(r.error.code);
      s = r.state;
    }
    const copy = JSON.parse(JSON.stringify(s)) as GameState;
    const rest: Action[] = [];
    const original = playOut(s, defaultContent, policy, quiz, rest);
    let c = copy;
    for (const a of rest) {
      const r = apply(c, a, defaultContent);
      if (!r.ok) throw new Error(r.error.code);
      c = r.state;
    }
    expect(c).toEqual(original);
    expect(JSON.stringify(c)).toBe(JSON.stringify(original));
  });

  it('different seeds give different event sequences', () => {
    const events = (seed: number): string =>
      playOut(
        newGame({ ...options, seed }, defaultContent),
        defaultContent,
        makePolicy('balanced', seed, defaultContent),
        quizPlayer(seed, 0.5),
      )
        .history.map((r) => r.eventId)
        .join();
    expect(events(1)).not.toBe(events(2));
  });
});
