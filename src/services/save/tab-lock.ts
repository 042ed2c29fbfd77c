// Keeps one profile played in one tab at a time: Web Locks (with a queue to take it back) when the browser has them, else a BroadcastChannel handshake, else nothing.

export interface TabLock {
  /** True when this tab now holds the profile; false when another tab does. */
  acquire(profileId: string): Promise<boolean>;
  release(profileId: string): void;
  /**
   * Waits in the queue until no other tab holds the profile, then holds it: true once held, false
   * when `signal` aborts first (the tab stopped playing that profile). One wait per profile at a time.
   */
  whenFree(profileId: string, signal: AbortSignal): Promise<boolean>;
}

/** Resolves false when the signal aborts; never otherwise (for locks that cannot queue). */
const untilAborted = (signal: AbortSignal) =>
  new Promise<boolean>((resolve) => {
    if (signal.aborted) resolve(false);
    else signal.addEventListener('abort', () => resolve(false), { once: true });
  });

const lockName = (profileId: string) => `beijings-bet:profile:${profileId}`;

export function createNoopLock(): TabLock {
  return {
    acquire: async () => true,
    release: () => undefined,
    whenFree: async (_id, signal) => !signal.aborted,
  };
}

/** Holds each lock with a promise that resolves only on release (or when the tab closes). */
export function createWebLocksLock(locks: LockManager): TabLock {
  const releasers = new Map<string, () => void>();
  /**
   * Settles once a released lock is really free: a release takes effect a moment later, and a new
   * request made before then would find this tab's own lock still held.
   */
  const released = new Map<string, Promise<unknown>>();
  /** Asks for the lock; `resolve` learns whether this tab holds it. */
  const request = (
    profileId: string,
    options: LockOptions,
    resolve: (held: boolean) => void,
    keep: () => boolean,
  ) => {
    const done = locks
      .request(lockName(profileId), options, (lock) => {
        // Refused, or granted just as the tab gave up waiting (or got it another way): let go at once.
        if (!lock || !keep() || releasers.has(profileId)) {
          resolve(lock !== null && keep());
          return undefined;
        }
        resolve(true);
        return new Promise<void>((release) =>
          releasers.set(profileId, () => {
            released.set(profileId, done);
            release();
          }),
        );
      })
      .catch(() => resolve(false));
  };
  return {
    async acquire(profileId) {
      if (releasers.has(profileId)) return true;
      await released.get(profileId);
      return new Promise<boolean>((resolve) =>
        request(profileId, { ifAvailable: true }, resolve, () => true),
      );
    },
    release(profileId) {
      releasers.get(profileId)?.();
      releasers.delete(profileId);
    },
    async whenFree(profileId, signal) {
      if (releasers.has(profileId)) return true;
      await released.get(profileId);
      // No ifAvailable: the request waits in the browser's queue until the holder lets go or its tab closes.
      return new Promise<boolean>((resolve) =>
        request(profileId, { signal }, resolve, () => !signal.aborted),
      );
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
    // The handshake has no queue and no way to learn that the holder closed: a tab that was
    // refused keeps not saving until the player starts or resumes a game again (which asks anew).
    whenFree: (_id, signal) => untilAborted(signal),
  };
}

/**
 * For tests and single-process use: every lock made by one registry shares the same held set, and
 * waiters queue first come, first served, as Web Locks do.
 */
export function createSharedMemoryLocks(): () => TabLock {
  const held = new Set<string>();
  const queues = new Map<string, { grant: () => void; signal: AbortSignal }[]>();
  const next = (profileId: string) => {
    const queue = queues.get(profileId) ?? [];
    for (let waiter = queue.shift(); waiter; waiter = queue.shift()) {
      if (waiter.signal.aborted) continue;
      waiter.grant();
      return;
    }
  };
  return () => {
    const mine = new Set<string>();
    const take = (profileId: string) => {
      held.add(profileId);
      mine.add(profileId);
    };
    return {
      async acquire(profileId) {
        if (mine.has(profileId)) return true;
        if (held.has(profileId)) return false;
        take(profileId);
        return true;
      },
      release(profileId) {
        if (!mine.delete(profileId)) return;
        held.delete(profileId);
        next(profileId);
      },
      whenFree(profileId, signal) {
        if (mine.has(profileId)) return Promise.resolve(true);
        if (signal.aborted) return Promise.resolve(false);
        if (!held.has(profileId)) {
          take(profileId);
          return Promise.resolve(true);
        }
        return new Promise<boolean>((resolve) => {
          const grant = () => {
            take(profileId);
            resolve(true);
          };
          signal.addEventListener('abort', () => resolve(false), { once: true });
          queues.set(profileId, [...(queues.get(profileId) ?? []), { grant, signal }]);
        });
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
