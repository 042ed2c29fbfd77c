// The tab locks: Web Locks (with a stand-in lock manager), the BroadcastChannel handshake, and the shared test registry.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createBroadcastLock,
  createSharedMemoryLocks,
  createWebLocksLock,
  type TabLock,
} from '../../../src/services/save/tab-lock';

/** Just enough of LockManager for `ifAvailable` requests: the callback's promise holds the lock. */
function fakeLockManager(): LockManager {
  const held = new Set<string>();
  const request = async (name: string, _opts: LockOptions, cb: LockGrantedCallback<unknown>) => {
    if (held.has(name)) return cb(null);
    held.add(name);
    try {
      return await cb({ name, mode: 'exclusive' });
    } finally {
      held.delete(name);
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

describe('tab locks', () => {
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
