// The save layer on fake IndexedDB: first run, autosave and exact resume, finished games, profiles, write queue.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readDocument } from '../../../src/services/save/document';
import { profileSpecFor } from '../../../src/services/save/profile-doc';
import { profileListSpec } from '../../../src/services/save/profile-list-doc';
import type { StorageAdapter } from '../../../src/services/storage/adapter';
import { emptyBoxes } from '../../../src/sim/quiz';
import { playUntil, rules } from '../../support/headless';
import { toSaved } from '../../../src/services/save/replay';
import { clearedStore, open } from './support';

const profileSpec = profileSpecFor(rules);

let store: StorageAdapter;
beforeEach(async () => {
  store = await clearedStore();
});

const standard = { seed: 42, difficulty: 'normal', length: 'standard' } as const;

describe('persistence', () => {
  it('creates a default profile and the list on first run, with no problems', async () => {
    const p = await open(store);
    await p.flush();
    expect(p.mode).toBe('indexeddb');
    expect(p.problems).toEqual([]);
    expect(p.profiles()).toHaveLength(1);
    expect(p.active()).toMatchObject({ id: 'p-1', name: '', game: null, bestScore: null });
    expect((await store.keys()).sort()).toEqual(['profile:p-1', 'profiles']);
    expect(readDocument(await store.get('profiles'), profileListSpec)).toEqual({
      ok: true,
      value: { ids: ['p-1'], activeId: 'p-1' },
    });
  });

  it('"Continue" resumes exactly: same phase, same question and answers, same sliders', async () => {
    const mid = playUntil(standard, (s) => (s.session.checkpoint?.answers[0] ?? null) !== null);
    const drafted = playUntil(
      standard,
      (s) => s.session.draft !== null && s.session.game.year > 2019,
    );
    const p = await open(store);
    expect(await p.saveGame(mid.session, mid.boxes)).toEqual({ ok: true });
    await p.flush();
    const again = await open(store);
    expect(again.active().game).toEqual(toSaved(mid.session));
    expect(again.active().boxes).toEqual(mid.boxes);
    await again.saveGame(drafted.session, drafted.boxes);
    await again.flush();
    expect((await open(store)).active().game?.log.at(-1)).toEqual({
      type: 'draft/set',
      allocation: drafted.session.draft,
    });
  });

  it('records a finished game in one write: history, best score, mastery per section, boxes; keeps the ended game for its results', async () => {
    const end = playUntil({ seed: 3, difficulty: 'easy', length: 'short' });
    const p = await open(store);
    expect(await p.finishGame(end.session, end.boxes, 1234)).toEqual({ ok: true });
    await p.flush();
    const back = (await open(store)).active();
    const score = end.session.game.score?.total ?? -1;
    expect(back.game?.snapshot.game.phase).toBe('end');
    expect(back.finished).toEqual([
      { finishedAt: 1234, score, seed: 3, difficulty: 'easy', length: 'short' },
    ]);
    expect(back.bestScore).toBe(score);
    const asked = Object.values(back.mastery).reduce((n, m) => n + m.asked, 0);
    expect(asked).toBe(end.session.quizLog.length);
    expect(back.boxes).toEqual(end.boxes);
  });

  it('keeps the finished list bounded to the last 100 games', async () => {
    const end = playUntil({ seed: 3, difficulty: 'easy', length: 'short' });
    const p = await open(store);
    for (let i = 0; i < 105; i += 1) void p.finishGame(end.session, end.boxes, i);
    await p.flush();
    const finished = (await open(store)).active().finished;
    expect(finished).toHaveLength(100);
    expect(finished[0]?.finishedAt).toBe(5);
  });

  it('creates, switches, renames and deletes profiles, each keeping its own game', async () => {
    const mid = playUntil(standard, (s) => s.session.log.length === 3);
    const p = await open(store);
    await p.saveGame(mid.session, mid.boxes);
    const ana = await p.create('Ana');
    expect(p.active().id).toBe(ana.id);
    expect(p.active().game).toBeNull();
    expect(await p.rename(ana.id, '  Ana  B. ')).toEqual({ ok: true });
    expect((await p.switchTo('p-1')).game).toEqual(toSaved(mid.session));
    expect(await p.remove(ana.id)).toEqual({ ok: true });
    await p.flush();
    expect(await store.get(`profile:${ana.id}`)).toBeNull();
    const again = await open(store);
    expect(again.profiles().map((s) => s.id)).toEqual(['p-1']);
    expect(again.profiles()[0]).toMatchObject({ hasGameInProgress: true, gamesPlayed: 0 });
  });

  it('replaces the last deleted profile with a fresh one and remembers renames', async () => {
    const p = await open(store);
    await p.rename('p-1', 'Léa');
    expect(p.profiles()[0]?.name).toBe('Léa');
    await p.remove('p-1');
    await p.flush();
    expect(p.profiles()).toHaveLength(1);
    expect(p.active().id).not.toBe('p-1');
    expect((await open(store)).active().id).toBe(p.active().id);
  });

  it('serializes writes and coalesces a key: the latest state wins, flush waits for the queue', async () => {
    const sets: string[] = [];
    const slow: StorageAdapter = {
      ...store,
      set: async (key, value) => {
        sets.push(key);
        await new Promise((r) => setTimeout(r, 5));
        return store.set(key, value);
      },
    };
    const p = await open(slow);
    await p.flush();
    sets.length = 0;
    const steps = [1, 2, 3, 4, 5].map((n) =>
      playUntil(standard, (s) => s.session.log.length === n),
    );
    const results = steps.map((s) => p.saveGame(s.session, s.boxes));
    await p.flush();
    expect(await Promise.all(results)).toEqual(steps.map(() => ({ ok: true })));
    expect(sets.length).toBeLessThanOrEqual(2);
    const stored = readDocument(await store.get('profile:p-1'), profileSpec);
    expect(stored.ok && stored.value.game?.log).toHaveLength(5);
  });

  it('asks for persistent storage once, after the first successful save', async () => {
    const persist = vi.fn(async () => true);
    const p = await open(store, { persistStorage: persist });
    expect(persist).not.toHaveBeenCalled();
    await p.saveGame(null, emptyBoxes());
    await p.saveGame(null, emptyBoxes());
    expect(persist).toHaveBeenCalledTimes(1);
  });
});
