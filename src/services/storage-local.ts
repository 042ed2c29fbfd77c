// A tiny key-value adapter over localStorage that never throws: private modes and full quotas fall back to memory.

export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/** Wraps a Storage-like object; any failure (blocked, quota, missing) degrades to an in-memory map. */
export function createKeyValueStore(
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
): KeyValueStore {
  const memory = new Map<string, string>();
  return {
    get(key) {
      try {
        return storage?.getItem(key) ?? memory.get(key) ?? null;
      } catch {
        return memory.get(key) ?? null;
      }
    },
    set(key, value) {
      memory.set(key, value);
      try {
        storage?.setItem(key, value);
      } catch {
        // Storage is blocked or full: the in-memory copy keeps this session working.
      }
    },
  };
}

/** localStorage when the browser lets us touch it, else nothing (reading the property itself can throw). */
export function browserLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** sessionStorage (this tab only, kept across reloads) when the browser lets us touch it, else nothing. */
export function browserSessionStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}
