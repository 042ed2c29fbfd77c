// Where documents are kept: a five-method key-value adapter over localforage (IndexedDB only) or memory, probed at start.
import localforage from 'localforage';

/**
 * Values are JSON strings written by the save layer, or the raw value of a backup (a Blob, bytes);
 * `get` returns whatever is there (corrupt data included).
 */
export interface StorageAdapter {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export type StorageFailure = 'storage/quota' | 'storage/failed';
export type WriteResult =
  { readonly ok: true } | { readonly ok: false; readonly code: StorageFailure };

export function createMemoryAdapter(
  initial?: Iterable<readonly [string, unknown]>,
): StorageAdapter {
  const map = new Map<string, unknown>(initial ?? []);
  return {
    get: async (key) => map.get(key) ?? null,
    set: async (key, value) => void map.set(key, value),
    remove: async (key) => void map.delete(key),
    keys: async () => [...map.keys()],
  };
}

/** A dedicated IndexedDB database, so other code using localforage never shares our keys. */
export function createLocalforageAdapter(): StorageAdapter {
  const store = localforage.createInstance({
    name: 'beijings-bet',
    storeName: 'documents',
    driver: localforage.INDEXEDDB,
  });
  return {
    get: (key) => store.getItem<unknown>(key),
    set: async (key, value) => void (await store.setItem(key, value)),
    remove: (key) => store.removeItem(key),
    keys: () => store.keys(),
  };
}

/** Quota errors have different names and codes per browser: Chromium/Safari 22, Firefox NS_ERROR_DOM_QUOTA_REACHED (1014). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

/** Writes (or removes, for null) and reports a typed result; nothing thrown reaches the caller. */
export async function safeWrite(
  storage: StorageAdapter,
  key: string,
  value: unknown,
): Promise<WriteResult> {
  try {
    if (value === null) await storage.remove(key);
    else await storage.set(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, code: isQuotaError(error) ? 'storage/quota' : 'storage/failed' };
  }
}

const PROBE_KEY = '__probe__';

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('storage probe timed out')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

async function probe(storage: StorageAdapter): Promise<boolean> {
  const token = `probe-${Math.floor(Math.random() * 1e9)}`;
  await storage.set(PROBE_KEY, token);
  const back = await storage.get(PROBE_KEY);
  await storage.remove(PROBE_KEY);
  return back === token;
}

export interface OpenedStorage {
  readonly storage: StorageAdapter;
  readonly mode: 'indexeddb' | 'memory';
}

/**
 * Writes, reads and removes a probe key (IndexedDB can hang when blocked, hence the timeout, in ms);
 * any failure falls back to memory so the game is still playable.
 */
export async function openStorage(
  candidate?: StorageAdapter,
  timeoutMs = 3000,
): Promise<OpenedStorage> {
  try {
    const storage = candidate ?? createLocalforageAdapter();
    if (await withTimeout(probe(storage), timeoutMs)) return { storage, mode: 'indexeddb' };
  } catch {
    // Blocked, missing or private-mode storage: fall through to memory.
  }
  return { storage: createMemoryAdapter(), mode: 'memory' };
}
