// Every change of the store is saved; the end of a game is recorded once, then kept for its results screen.
import { describe, expect, it } from 'vitest';
import { connectAutosave } from '../../../src/app/autosave';
import { createStore } from '../../../src/app/store';
import type { Persistence, SaveResult } from '../../../src/services/save/contract';
import type { PlaySession } from '../../../src/sim/session';

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
  } as unknown as Persistence;
  return { persistence, calls, saved };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('autosave', () => {
  it('saves the game after each action, with its draft', async () => {
    const store = createStore();
    const { persistence, calls, saved } = fakePersistence();
    connectAutosave(store, persistence, { now: () => 1, onResult: () => undefined });
    store.newGame({ seed: 3, difficulty: 'normal', length: 'short' }, 'Li');
    const budget = store.snapshot().session?.game.budget ?? 0;
    store.setDraft({ chips: budget, incubators: 0, talent: 0, openSource: 0 });
    await tick();
    expect(calls).toEqual(['save:plan', 'save:plan']);
    expect(saved.at(-1)?.draft?.chips).toBe(budget);
  });

  it('records a finished game once, then keeps it for the results screen', async () => {
    const store = createStore();
    store.newGame({ seed: 3, difficulty: 'normal', length: 'short' }, '');
    const session = store.snapshot().session;
    if (!session) throw new Error('no session');
    const { persistence, calls } = fakePersistence();
    connectAutosave(store, persistence, { now: () => 1, onResult: () => undefined });
    const ended = { ...session, game: { ...session.game, phase: 'end' as const } };
    store.load({ session: ended, boxes: store.snapshot().boxes });
    store.load({ session: ended, boxes: store.snapshot().boxes });
    await tick();
    expect(calls).toEqual(['finish:end', 'save:end', 'save:end']);
  });

  it('reports a failed save so the player can be told', async () => {
    const store = createStore();
    const { persistence } = fakePersistence({ ok: false, code: 'storage/quota' });
    const results: SaveResult[] = [];
    connectAutosave(store, persistence, { now: () => 1, onResult: (r) => results.push(r) });
    store.newGame({ seed: 3, difficulty: 'normal', length: 'short' }, '');
    await tick();
    expect(results).toEqual([{ ok: false, code: 'storage/quota' }]);
    expect(store.snapshot().session).not.toBeNull(); // nothing in memory is lost
  });
});
