// Shared setup for the save tests: a cleared localforage store, a fake clock, predictable ids, no tab lock, the active player claimed for play.
import { openPersistence, type PersistenceOptions } from '../../../src/services/save/persistence';
import { createNoopLock } from '../../../src/services/save/tab-lock';
import type { ProfileData } from '../../../src/services/save/contract';
import { newProfile } from '../../../src/services/save/profile-doc';
import { toSaved } from '../../../src/services/save/replay';
import type { PlaySession } from '../../../src/sim';
import { rules } from '../../support/headless';
import {
  createLocalforageAdapter,
  type StorageAdapter,
} from '../../../src/services/storage/adapter';

export async function clearedStore(): Promise<StorageAdapter> {
  const store = createLocalforageAdapter();
  for (const key of await store.keys()) await store.remove(key);
  return store;
}

export function clock(start = Date.UTC(2026, 0, 5, 8, 0, 0)) {
  let t = start;
  return () => (t += 1000);
}

export function ids(prefix = 'p') {
  let n = 0;
  return () => `${prefix}-${(n += 1)}`;
}

/**
 * Opens the save layer as a tab that then starts playing its active player (saves need the lock):
 * pass `claim: false` for a tab left on the title.
 */
export async function open(
  storage: StorageAdapter,
  extra: Partial<PersistenceOptions> & { readonly claim?: boolean } = {},
) {
  const { claim = true, ...options } = extra;
  const persistence = await openPersistence({
    storage,
    now: clock(),
    lock: createNoopLock(),
    persistStorage: async () => true,
    newId: ids(),
    rules,
    ...options,
  });
  if (claim) await persistence.claim();
  return persistence;
}

/** An adapter wrapper whose failures a test switches on and off. */
export function faulty(inner: StorageAdapter) {
  const state = { failWrites: null as null | (() => Error), failAll: false };
  const check = () => {
    if (state.failAll) throw new Error('IndexedDB blocked');
  };
  const adapter: StorageAdapter = {
    get: async (key) => (check(), inner.get(key)),
    keys: async () => (check(), inner.keys()),
    remove: async (key) => (check(), inner.remove(key)),
    set: async (key, value) => {
      check();
      if (state.failWrites && key !== '__probe__') throw state.failWrites();
      return inner.set(key, value);
    },
  };
  return { adapter, state };
}

/** An exported profile as plain JSON: this game in progress and one finished game scoring `score`. */
export function profileJson(session: PlaySession, score: number): Record<string, unknown> {
  const profile: ProfileData = {
    ...newProfile('p-1', 'Mei', Date.UTC(2026, 0, 5)),
    game: toSaved(session),
    finished: [
      { finishedAt: Date.UTC(2026, 0, 4), score, seed: 3, difficulty: 'easy', length: 'short' },
    ],
    bestScore: score,
  };
  return JSON.parse(JSON.stringify(profile)) as Record<string, unknown>;
}
