// The tab locks: Web Locks (with a stand-in lock manager), the BroadcastChannel handshake, and the shared test registry.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createBroadcastLock,
  createSharedMemoryLocks,
  createWebLocksLock,
  type TabLock,
} from '../../../src/services/save/tab-lock';

/**
 * Just enough of LockManager: `ifAvailable` requests, and queued ones (first come, first served)
 * that an AbortSignal takes out of the queue; the callback's promise holds the lock.
 */
function fakeLockManager(): LockManager {
  const held = new Set<string>();
  const queues = new Map<string, (() => void)[]>();
  const free = (name: string) => {
    held.delete(name);
    queues.get(name)?.shift()?.();
  };
  const request = async (name: string, opts: LockOptions, cb: LockGrantedCallback<unknown>) => {
    if (opts.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    if (held.has(name)) {
      if (opts.ifAvailable) return cb(null);
      await new Promise<void>((granted, refused) => {
        const queue = queues.get(name) ?? [];
        queues.set(name, queue);
        queue.push(granted);
        opts.signal?.addEventListener('abort', () => {
          queue.splice(queue.indexOf(granted), 1);
          refused(new DOMException('aborted', 'AbortError'));
        });
      });
    }
    held.add(name);
    try {
      return await cb({ name, mode: 'exclusive' });
    } finally {
      free(name);
    }
  };
  return { request, query: async () => ({}) } as unknown as LockManager;
}

const channels: BroadcastChannel[] = [];
afterEach(() => {
  for (const c of channels.splice(0)) c.close();
});

async function twoTabs(make: () => () => TabLock) {
  const factory = make();
  const [a, b] = [factory(), factory()];
  expect(await a.acquire('p-1')).toBe(true);
  expect(await a.acquire('p-1')).toBe(true);
  expect(await b.acquire('p-1')).toBe(false);
  expect(await b.acquire('p-2')).toBe(true);
  a.release('p-1');
  await new Promise((r) => setTimeout(r, 0));
  expect(await b.acquire('p-1')).toBe(true);
}

/** The second tab waits in the queue; one that gave up its place is skipped. */
async function queued(make: () => () => TabLock) {
  const factory = make();
  const [a, b, c] = [factory(), factory(), factory()];
  expect(await a.acquire('p-1')).toBe(true);
  const gaveUp = new AbortController();
  const cWaits = c.whenFree('p-1', gaveUp.signal);
  const bWaits = b.whenFree('p-1', new AbortController().signal);
  gaveUp.abort();
  expect(await cWaits).toBe(false);
  a.release('p-1');
  expect(await bWaits).toBe(true);
  expect(await a.acquire('p-1')).toBe(false);
  expect(await c.acquire('p-1')).toBe(false);
  b.release('p-1');
  await new Promise((r) => setTimeout(r, 0));
  expect(await c.acquire('p-1')).toBe(true);
}

describe('tab locks', () => {
  it('Web Locks: a queued tab takes the lock once the holder lets go', () =>
    queued(() => {
      const manager = fakeLockManager();
      return () => createWebLocksLock(manager);
    }));

  it('shared memory registry queues the same way', () => queued(() => createSharedMemoryLocks()));

  it('Web Locks: a tab takes its own lock again right after letting it go', async () => {
    const lock = createWebLocksLock(fakeLockManager());
    expect(await lock.acquire('p-1')).toBe(true);
    lock.release('p-1');
    expect(await lock.acquire('p-1')).toBe(true);
  });

  it('BroadcastChannel cannot queue: a waiting tab only learns that it gave up', async () => {
    const channel = new BroadcastChannel('test-locks');
    channels.push(channel);
    const lock = createBroadcastLock(channel, 'tab-1', 10);
    const gaveUp = new AbortController();
    const waits = lock.whenFree('p-1', gaveUp.signal);
    gaveUp.abort();
    expect(await waits).toBe(false);
  });

  it('Web Locks: the second tab is refused until the first releases', () =>
    twoTabs(() => {
      const manager = fakeLockManager();
      return () => createWebLocksLock(manager);
    }));

  it('BroadcastChannel: the holder answers a claim, so the second tab is refused', () =>
    twoTabs(() => {
      let n = 0;
      return () => {
        const channel = new BroadcastChannel('test-locks');
        channels.push(channel);
        return createBroadcastLock(channel, `tab-${(n += 1)}`, 50);
      };
    }));

  it('shared memory registry behaves the same', () => twoTabs(() => createSharedMemoryLocks()));
});
