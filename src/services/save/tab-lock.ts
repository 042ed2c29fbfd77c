// Keeps one profile open in one tab: Web Locks when the browser has them, else a BroadcastChannel handshake, else nothing.

export interface TabLock {
  /** True when this tab now holds the profile; false when another tab does. */
  acquire(profileId: string): Promise<boolean>;
  release(profileId: string): void;
}

const lockName = (profileId: string) => `beijings-bet:profile:${profileId}`;

export function createNoopLock(): TabLock {
  return { acquire: async () => true, release: () => undefined };
}

/** Holds each lock with a promise that resolves only on release (or when the tab closes). */
export function createWebLocksLock(locks: LockManager): TabLock {
  const releasers = new Map<string, () => void>();
  return {
    acquire(profileId) {
      if (releasers.has(profileId)) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        locks
          .request(lockName(profileId), { ifAvailable: true }, (lock) => {
            if (!lock) {
              resolve(false);
              return undefined;
            }
            resolve(true);
            return new Promise<void>((done) => releasers.set(profileId, done));
          })
          .catch(() => resolve(false));
      });
    },
    release(profileId) {
      releasers.get(profileId)?.();
      releasers.delete(profileId);
    },
  };
}

type LockMessage = { type: 'claim' | 'held'; name: string; tab: string };

/** Asks the other tabs whether they hold the profile and waits `waitMs` (ms) for a "held" answer. */
export function createBroadcastLock(channel: BroadcastChannel, tab: string, waitMs = 150): TabLock {
  const held = new Set<string>();
  const answers = new Set<string>();
  channel.addEventListener('message', (event: MessageEvent<LockMessage>) => {
    const msg = event.data;
    if (msg.tab === tab) return;
    if (msg.type === 'claim' && held.has(msg.name))
      channel.postMessage({ type: 'held', name: msg.name, tab } satisfies LockMessage);
    if (msg.type === 'held') answers.add(msg.name);
  });
  return {
    async acquire(profileId) {
      const name = lockName(profileId);
      if (held.has(name)) return true;
      answers.delete(name);
      channel.postMessage({ type: 'claim', name, tab } satisfies LockMessage);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      if (answers.has(name)) return false;
      held.add(name);
      return true;
    },
    release(profileId) {
      held.delete(lockName(profileId));
    },
  };
}

/** For tests and single-process use: every lock made by one registry shares the same held set. */
export function createSharedMemoryLocks(): () => TabLock {
  const held = new Set<string>();
  return () => {
    const mine = new Set<string>();
    return {
      async acquire(profileId) {
        if (mine.has(profileId)) return true;
        if (held.has(profileId)) return false;
        held.add(profileId);
        mine.add(profileId);
        return true;
      },
      release(profileId) {
        if (!mine.delete(profileId)) return;
        held.delete(profileId);
      },
    };
  };
}

/** The best lock this browser offers. */
export function createTabLock(): TabLock {
  const locks = globalThis.navigator?.locks;
  if (locks) return createWebLocksLock(locks);
  if (typeof BroadcastChannel === 'function') {
    const tab = globalThis.crypto?.randomUUID?.() ?? String(Math.random());
    return createBroadcastLock(new BroadcastChannel('beijings-bet-locks'), tab);
  }
  return createNoopLock();
}
