// A second copy of every saved document outside IndexedDB (in Cache Storage): Chromium deletes an IndexedDB store it finds damaged after a crash, and the game then restores from this copy.
import { safeWrite, type StorageAdapter } from './adapter';

export interface Mirror {
  get(key: string): Promise<string | null>;
  set(key: string, text: string): Promise<void>;
  remove(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** The documents a player would lose: the profile list and each profile (backups and probes are not copied). */
export const isMirrored = (key: string): boolean =>
  key === 'profiles' || key.startsWith('profile:');

/** Never fetched: Cache Storage needs a URL per entry, so each key gets one under a path no page uses. */
const PREFIX = '/__beijings-bet-saves__/';

/** Cache Storage is a separate store from IndexedDB (files, not LevelDB), so one crash rarely damages both. */
export function createCacheMirror(storage: CacheStorage, name = 'beijings-bet-saves'): Mirror {
  const url = (key: string) => new URL(PREFIX + encodeURIComponent(key), location.origin).href;
  const open = () => storage.open(name);
  return {
    async get(key) {
      const response = await (await open()).match(url(key));
      return response ? response.text() : null;
    },
    async set(key, text) {
      const headers = { 'content-type': 'application/json' };
      await (await open()).put(url(key), new Response(text, { headers }));
    },
    async remove(key) {
      await (await open()).delete(url(key));
    },
    async keys() {
      const requests = await (await open()).keys();
      return requests
        .map((r) => new URL(r.url).pathname)
        .filter((path) => path.startsWith(PREFIX))
        .map((path) => decodeURIComponent(path.slice(PREFIX.length)));
    },
  };
}

export function createMemoryMirror(initial?: Iterable<readonly [string, string]>): Mirror {
  const map = new Map<string, string>(initial ?? []);
  return {
    get: async (key) => map.get(key) ?? null,
    set: async (key, text) => void map.set(key, text),
    remove: async (key) => void map.delete(key),
    keys: async () => [...map.keys()],
  };
}

/** The browser's Cache Storage when the page may use it (secure contexts), else none. */
export function defaultMirror(): Mirror | null {
  return typeof caches === 'object' && typeof location === 'object'
    ? createCacheMirror(caches)
    : null;
}

/**
 * Storage whose documents are written to both copies: a write counts as done once both are (so a step
 * shown as done is in both), and a failing mirror never fails the save.
 */
export function withMirror(storage: StorageAdapter, mirror: Mirror): StorageAdapter {
  const quietly = (work: () => Promise<void>) => work().catch(() => undefined);
  return {
    get: (key) => storage.get(key),
    keys: () => storage.keys(),
    async set(key, value) {
      if (!isMirrored(key) || typeof value !== 'string') return storage.set(key, value);
      await Promise.all([storage.set(key, value), quietly(() => mirror.set(key, value))]);
    },
    async remove(key) {
      await Promise.all([
        storage.remove(key),
        isMirrored(key) ? quietly(() => mirror.remove(key)) : undefined,
      ]);
    },
  };
}

/**
 * Copies back every document the mirror has and IndexedDB no longer has (its store was deleted after
 * a crash, or a write of it failed); returns the keys restored. A key IndexedDB still holds is left
 * alone, whatever it holds: the normal reading path judges it.
 */
export async function restoreFromMirror(
  storage: StorageAdapter,
  mirror: Mirror,
): Promise<string[]> {
  const have = new Set(await storage.keys().catch((): string[] => []));
  const copies = await mirror.keys().catch((): string[] => []);
  const restored: string[] = [];
  for (const key of copies.filter((k) => isMirrored(k) && !have.has(k))) {
    const text = await mirror.get(key).catch(() => null);
    if (text !== null && (await safeWrite(storage, key, text)).ok) restored.push(key);
  }
  return restored;
}
