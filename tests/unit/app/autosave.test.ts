// Every step the player takes is saved: a committed step at once, slider drafts at most 300 ms later in one write, a finished game in one write.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectAutosave } from '../../../src/app/autosave';
import { createStore } from '../../../src/app/store';
import type { Persistence, SaveResult } from '../../../src/services/save/contract';
import type { PlaySession } from '../../../src/sim';
import { splitBudget } from '../../../src/sim/budget';
import { env, playUntil } from '../../support/headless';

function fakePersistence(result: SaveResult = { ok: true }) {
  const calls: string[] = [];
  const saved: (PlaySession | null)[] = [];
  const persistence = {
    saveGame: async (game: PlaySession | null) => {
      calls.push(`save:${game?.game.phase ?? 'none'}`);
      saved.push(game);
      return result;
    },
    finishGame: async (game: PlaySession) => {
      calls.push(`finish:${game.game.phase}`);
      return result;
    },
    flush: async () => undefined,
  } as unknown as Persistence;
  return { persistence, calls, saved };
}

const options = { seed: 3, difficulty: 'normal', length: 'short' } as const;

describe('autosave', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('saves a committed step at once and a slider drag of 20 ticks in one write', async () => {
    const store = createStore(env);
    const { persistence, calls, saved } = fakePersistence();
    connectAutosave(store, persistence, { now: () => 1, onResult: () => undefined });
    store.dispatch({ type: 'game/start', options, nickname: 'Li' });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['save:plan']);
    const budget = store.snapshot().session?.game.budget ?? 0;
    for (let tick = 0; tick < 20; tick += 1) {
      store.dispatch({ type: 'draft/set', allocation: splitBudget(budget, [tick + 1, 1, 1, 1]) });
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(calls).toEqual(['save:plan']);
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toEqual(['save:plan', 'save:plan']);
    expect(saved.at(-1)?.draft).toEqual(store.snapshot().session?.draft);
  });

  it('writes a waiting draft when flushed (the page hides)', async () => {
    const store = createStore(env);
    const { persistence, calls } = fakePersistence();
    const autosave = connectAutosave(store, persistence, {
      now: () => 1,
      onResult: () => undefined,
    });
    store.dispatch({ type: 'game/start', options, nickname: '' });
    const budget = store.snapshot().session?.game.budget ?? 0;
    store.dispatch({ type: 'draft/set', allocation: splitBudget(budget, [1, 0, 0, 0]) });
    await autosave.flush();
    expect(calls).toEqual(['save:plan', 'save:plan']);
  });

  it('records a finished game in one write, and a restored save writes nothing', async () => {
    const almost = playUntil(
      options,
      (s) => s.session.game.phase === 'resolve' && s.session.game.year === s.session.game.lastYear,
    );
    const store = createStore(env);
    store.load({ session: almost.session, boxes: almost.boxes });
    const { persistence, calls } = fakePersistence();
    connectAutosave(store, persistence, { now: () => 1, onResult: () => undefined });
    store.load({ session: almost.session, boxes: almost.boxes });
    for (let guard = 0; guard < 50 && store.snapshot().session?.game.phase !== 'end'; guard += 1) {
      const phase = store.snapshot().session?.game.phase;
      const event = store.snapshot().session?.game.event;
      if (phase === 'event')
        store.dispatch({ type: 'event/choose', optionId: event?.options[0] ?? '' });
      else store.dispatch({ type: 'resolve/continue' });
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.at(-1)).toBe('finish:end');
    expect(calls.filter((c) => c.endsWith(':end'))).toEqual(['finish:end']);
  });

  it('reports a failed save so the player can be told', async () => {
    const store = createStore(env);
    const { persistence } = fakePersistence({ ok: false, code: 'storage/quota' });
    const results: SaveResult[] = [];
    connectAutosave(store, persistence, { now: () => 1, onResult: (r) => results.push(r) });
    store.dispatch({ type: 'game/start', options, nickname: '' });
    await vi.advanceTimersByTimeAsync(0);
    expect(results).toEqual([{ ok: false, code: 'storage/quota' }]);
    expect(store.snapshot().session).not.toBeNull(); // nothing in memory is lost
  });

  it('settles only once the committed step has been written, not before, and not for drafts', async () => {
    const store = createStore(env);
    const writes: (() => void)[] = [];
    const persistence = {
      saveGame: () =>
        new Promise<SaveResult>((resolve) => writes.push(() => resolve({ ok: true }))),
      finishGame: async () => ({ ok: true }),
      flush: async () => undefined,
    } as unknown as Persistence;
    const autosave = connectAutosave(store, persistence, {
      now: () => 1,
      onResult: () => undefined,
    });
    store.dispatch({ type: 'game/start', options, nickname: '' });
    let settled = false;
    void autosave.settled().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(settled).toBe(false);
    writes.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
    // A slider draft is not a committed step: nothing to wait for, though its write is pending.
    const budget = store.snapshot().session?.game.budget ?? 0;
    store.dispatch({ type: 'draft/set', allocation: splitBudget(budget, [2, 1, 1, 1]) });
    let draftSettled = false;
    void autosave.settled().then(() => (draftSettled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(draftSettled).toBe(true);
  });
});
