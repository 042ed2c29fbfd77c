// The second copy of the saves: a store the browser deleted after a crash comes back from it, a deleted player stays deleted, and a failing copy never fails a save.
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, type StorageAdapter } from '../../../src/services/storage/adapter';
import { createMemoryMirror, type Mirror } from '../../../src/services/storage/mirror';
import { playUntil } from '../../support/headless';
import { open } from './support';

const short = { seed: 8, difficulty: 'normal', length: 'short' } as const;
const midGame = () => playUntil(short, (s) => s.session.game.history.length === 2);

/** A tab that plays two years with both copies, then the browser deletes its IndexedDB store. */
async function playedThenWiped(mirror: Mirror) {
  const first = await open(createMemoryAdapter(), { mirror });
  const step = midGame();
  expect(await first.saveGame(step.session, step.boxes)).toEqual({ ok: true });
  await first.flush();
  return { step, wiped: createMemoryAdapter() };
}

describe('the second copy of the saves', () => {
  it('brings back a game IndexedDB lost, writes it back there, and says so', async () => {
    const mirror = createMemoryMirror();
    const { step, wiped } = await playedThenWiped(mirror);
    const reopened = await open(wiped, { mirror });
    expect(reopened.problems).toContainEqual({
      code: 'storage/restored',
      keys: expect.arrayContaining(['profiles', 'profile:p-1']),
    });
    expect(reopened.active().id).toBe('p-1');
    expect(reopened.active().game?.log).toEqual(step.session.log);
    expect((await wiped.keys()).sort()).toEqual(['profile:p-1', 'profiles']);
  });

  it('leaves alone a document IndexedDB still holds, and says nothing when nothing was lost', async () => {
    const mirror = createMemoryMirror();
    const storage = createMemoryAdapter();
    await (await open(storage, { mirror })).flush();
    await mirror.set('profile:p-1', 'not even JSON');
    const reopened = await open(storage, { mirror });
    expect(reopened.problems).toEqual([]);
    expect(reopened.active().id).toBe('p-1');
  });

  it('never brings back a player who was deleted', async () => {
    const mirror = createMemoryMirror();
    const storage = createMemoryAdapter();
    const p = await open(storage, { mirror });
    const second = await p.create('Bo');
    expect(await p.remove(second.id)).toEqual({ ok: true });
    await p.flush();
    expect(await mirror.keys()).not.toContain(`profile:${second.id}`);
    const reopened = await open(createMemoryAdapter(), { mirror });
    expect(reopened.profiles().map((s) => s.name)).not.toContain('Bo');
  });

  it('counts a step as written only once both copies are, and a failing copy never fails it', async () => {
    const order: string[] = [];
    const slow: Mirror = {
      ...createMemoryMirror(),
      set: () => new Promise((resolve) => setTimeout(() => (order.push('mirror'), resolve()), 30)),
    };
    const p = await open(createMemoryAdapter(), { mirror: slow });
    const step = midGame();
    await p.saveGame(step.session, step.boxes).then(() => order.push('saved'));
    expect(order.slice(-2)).toEqual(['mirror', 'saved']);
    const broken: Mirror = {
      ...createMemoryMirror(),
      set: async () => {
        throw new Error('cache blocked');
      },
    };
    const q = await open(createMemoryAdapter(), { mirror: broken });
    expect(await q.saveGame(step.session, step.boxes)).toEqual({ ok: true });
  });

  it('copies nothing while playing in memory (storage blocked)', async () => {
    const blocked: StorageAdapter = {
      get: async () => {
        throw new Error('blocked');
      },
      set: async () => {
        throw new Error('blocked');
      },
      remove: async () => undefined,
      keys: async () => [],
    };
    const mirror = createMemoryMirror([['profile:old', 'x']]);
    const p = await open(blocked, { mirror });
    expect(p.mode).toBe('memory');
    const step = midGame();
    await p.saveGame(step.session, step.boxes);
    expect(await mirror.keys()).toEqual(['profile:old']);
  });
});
