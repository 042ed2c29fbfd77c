// A game is its action log: the session reducer plays whole games, refuses illegal steps with typed errors, and a replay of the log equals the live game.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStore, type Change } from '../../../src/app/store';
import {
  newSession,
  newSettings,
  reduceSession,
  replay,
  PILLARS,
  type PlaySession,
  type SessionAction,
} from '../../../src/sim';
import { evenSplit, splitBudget } from '../../../src/sim/budget';
import { emptyBoxes } from '../../../src/sim/quiz';
import { rightAnswer, wrongAnswer } from '../../support/answers';
import { env, nextAction, playUntil, quiz } from '../../support/headless';

const options = { seed: 7, difficulty: 'normal', length: 'short' } as const;

describe('session reducer', () => {
  it('plays a short game to the end with checkpoints, logging every graded answer', () => {
    const { session, boxes } = playUntil(options);
    const asked = session.quizLog.length;
    expect(session.game.phase).toBe('end');
    expect(session.game.score?.total).toBeGreaterThan(0);
    expect(asked).toBeGreaterThan(0);
    expect(session.quizLog.filter((e) => e.credit === 1).length).toBe(Math.ceil(asked / 2));
    expect(session.quizRecord.missed.length).toBeGreaterThan(0);
    expect(Object.keys(boxes.entries)).toHaveLength(
      new Set(session.quizLog.map((e) => e.questionId)).size,
    );
  });

  it('replays the log from the settings to the very same session', () => {
    const { session } = playUntil(options);
    const again = replay(session.settings, session.log, env);
    expect(again.rejected).toBeNull();
    expect(again.session).toEqual(session);
  });

  it('keeps one draft in the log however many slider moves, and clears it on commit', () => {
    let session = newSession(newSettings(options, '', emptyBoxes()), env);
    for (let tenth = 0; tenth < 20; tenth += 1) {
      const allocation = splitBudget(session.game.budget, [tenth, 1, 1, 1]);
      const step = reduceSession(session, { type: 'draft/set', allocation }, env);
      if (!step.ok) throw new Error(step.error.code);
      session = step.session;
    }
    expect(session.log).toHaveLength(1);
    const commit = reduceSession(
      session,
      { type: 'plan/commit', allocation: evenSplit(session.game.budget) },
      env,
    );
    expect(commit.ok && commit.session.draft).toBeNull();
  });

  it('grades each answer once and refuses a second answer or an unfinished checkpoint', () => {
    const { session } = playUntil(options, (step) => step.session.checkpoint?.started === true);
    expect(reduceSession(session, { type: 'checkpoint/finish' }, env)).toMatchObject({
      ok: false,
      error: { code: 'session/unanswered' },
    });
    const first = quiz.byId.get(session.checkpoint?.questions[0]?.id ?? '');
    if (!first) throw new Error('no question');
    const answered = reduceSession(
      session,
      { type: 'quiz/answer', answer: rightAnswer(first) },
      env,
    );
    if (!answered.ok) throw new Error(answered.error.code);
    expect(answered.session.checkpoint?.grades[0]?.correct).toBe(true);
    const again = { type: 'quiz/answer', answer: wrongAnswer(first) } as const;
    expect(reduceSession(answered.session, again, env)).toMatchObject({
      ok: false,
      error: { code: 'session/already-answered' },
    });
  });

  it('refuses the raw checkpoint results action: credit only comes from graded answers', () => {
    const { session } = playUntil(options, (step) => step.session.game.phase === 'checkpoint');
    const forged = { type: 'checkpoint/answer', results: [] } as unknown as SessionAction;
    expect(reduceSession(session, forged, env).ok).toBe(false);
  });
});

/** A random player: at each step one of the legal actions, or now and then an illegal one. */
const playerMoves = fc.array(fc.nat({ max: 1000 }), { minLength: 10, maxLength: 200 });

function randomAction(session: PlaySession, pick: number): SessionAction {
  const game = session.game;
  if (pick % 17 === 0) return { type: 'plan/commit', allocation: evenSplit(game.budget + 1) };
  if (game.phase === 'plan' && pick % 3 === 0) {
    const weights = PILLARS.map((_, i) => ((pick >> i) & 7) + (i === 0 ? 1 : 0));
    return { type: 'draft/set', allocation: splitBudget(game.budget, weights) };
  }
  if (game.phase === 'event' && game.event)
    return {
      type: 'event/choose',
      optionId: game.event.options[pick % game.event.options.length] ?? '',
    };
  return nextAction(session, pick);
}

describe('replay, for random games', () => {
  it('equals the live session, and so does save → load → replay', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 2 ** 32 - 1 }),
        fc.constantFrom('easy', 'normal', 'hard'),
        fc.constantFrom('short', 'standard'),
        playerMoves,
        (seed, difficulty, length, moves) => {
          let session = newSession(
            newSettings({ seed, difficulty, length }, 'Zoé', emptyBoxes()),
            env,
          );
          for (const pick of moves) {
            const step = reduceSession(session, randomAction(session, pick), env);
            if (step.ok) session = step.session;
          }
          const live = replay(session.settings, session.log, env);
          expect(live.rejected).toBeNull();
          expect(live.session).toEqual(session);
          const stored = JSON.parse(
            JSON.stringify({ settings: session.settings, log: session.log }),
          );
          expect(replay(stored.settings, stored.log, env).session).toEqual(live.session);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('store', () => {
  it('notifies listeners with transitions and leaves state untouched on a rejected action', () => {
    const store = createStore(env);
    const seen: Change[] = [];
    store.subscribe((change) => seen.push(change));
    store.dispatch({ type: 'game/start', options, nickname: 'Ana' });
    const before = store.snapshot();
    const error = store.dispatch({
      type: 'plan/commit',
      allocation: { chips: 999, incubators: 0, talent: 0, openSource: 0 },
    });
    expect(error?.code).toBe('budget/over-limit');
    expect(store.snapshot()).toBe(before);
    expect(seen.map((c) => c.transitions.map((t) => t.type))).toEqual([['game/started']]);
  });

  it('reports no transition for a restored save, so a reload replays no sound or announcement', () => {
    const store = createStore(env);
    const { session } = playUntil(options, (s) => s.session.game.phase === 'resolve');
    const seen: Change[] = [];
    store.subscribe((change) => seen.push(change));
    store.load({ session, boxes: session.boxes });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.transitions).toEqual([]);
  });
});
