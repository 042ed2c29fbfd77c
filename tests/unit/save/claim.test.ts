// The tab lock over a game's life: taken when play starts, let go on the title, queued for and taken back when another tab lets go.
import { beforeEach, describe, expect, it } from 'vitest';
import type { LockChange, Persistence } from '../../../src/services/save/contract';
import { readDocument } from '../../../src/services/save/document';
import { profileSpecFor } from '../../../src/services/save/profile-doc';
import { toSaved } from '../../../src/services/save/replay';
import { createSharedMemoryLocks, type TabLock } from '../../../src/services/save/tab-lock';
import type { StorageAdapter } from '../../../src/services/storage/adapter';
import { clearedStore, open } from './support';
import { playUntil, rules } from '../../support/headless';

const profileSpec = profileSpecFor(rules);

const standard = { seed: 42, difficulty: 'normal', length: 'standard' } as const;
const early = playUntil(standard, (s) => s.session.log.length === 1);
const mid = playUntil(standard, (s) => s.session.log.length === 5);

let store: StorageAdapter;
let locks: () => TabLock;
beforeEach(async () => {
  store = await clearedStore();
  locks = createSharedMemoryLocks();
});

/** A tab on the title: it has read storage and holds nothing. */
const tab = () => open(store, { lock: locks(), claim: false });

/** The stored game of player p-1, as a saved game (null when none). */
async function storedGame() {
  const read = readDocument(await store.get('profile:p-1'), profileSpec);
  if (!read.ok) throw new Error(`profile:p-1 does not read: ${read.code}`);
  return read.value.game;
}

/** Resolves with the next lock change that says the lock came back from the queue. */
const retaken = (p: Persistence) =>
  new Promise<LockChange>((resolve) => {
    const stop = p.onLockChange((change) => {
      if (!change.retaken) return;
      stop();
      resolve(change);
    });
  });

describe('the tab lock over a game', () => {
  it('holds nothing after start-up: a tab left on the title does not stop another from playing', async () => {
    const idle = await tab();
    expect(idle.lockState()).toBe('idle');
    expect(idle.problems).toEqual([]);
    const player = await tab();
    expect(await player.claim()).toBe(true);
    expect(await player.saveGame(mid.session, mid.boxes)).toEqual({ ok: true });
    await player.flush();
    expect(await storedGame()).toEqual(toSaved(mid.session));
    expect(idle.lockState()).toBe('idle');
  });

  it('refuses to save before a claim, holds the lock once claimed, and frees it on unclaim', async () => {
    const first = await tab();
    expect(await first.saveGame(early.session, early.boxes)).toEqual({
      ok: false,
      code: 'profile/locked',
    });
    expect(await first.claim()).toBe(true);
    expect(first.lockState()).toBe('held');
    const second = await tab();
    expect(await second.claim()).toBe(false);
    expect(second.lockState()).toBe('locked');
    expect(second.problems).toContainEqual({ code: 'profile/locked', profileId: 'p-1' });
    // The second tab stops waiting when it goes back to the title, so it takes nothing later.
    await second.unclaim();
    expect(second.lockState()).toBe('idle');
    await first.unclaim();
    expect(first.lockState()).toBe('idle');
    await new Promise((r) => setTimeout(r, 0));
    expect(second.lockState()).toBe('idle');
    const third = await tab();
    expect(await third.claim()).toBe(true);
  });

  it('takes the lock back by itself once the other tab lets go, writes its game and says so', async () => {
    const first = await tab();
    expect(await first.claim()).toBe(true);
    await first.saveGame(early.session, early.boxes);
    const second = await tab();
    const changes: LockChange[] = [];
    second.onLockChange((change) => changes.push(change));
    expect(await second.claim()).toBe(false);
    // Played meanwhile in the second tab: kept in memory, not written.
    expect(await second.saveGame(mid.session, mid.boxes)).toEqual({
      ok: false,
      code: 'profile/locked',
    });
    await first.flush();
    expect(await storedGame()).toEqual(toSaved(early.session));
    const back = retaken(second);
    await first.unclaim();
    expect(await back).toEqual({ state: 'held', retaken: true, reloaded: false });
    await second.flush();
    expect(await storedGame()).toEqual(toSaved(mid.session));
    expect(changes).toEqual([
      { state: 'locked', retaken: false, reloaded: false },
      { state: 'held', retaken: true, reloaded: false },
    ]);
    expect(second.problems).toEqual([]);
    // Claiming again while holding changes nothing.
    expect(await second.claim()).toBe(true);
    expect(await first.claim()).toBe(false);
  });

  it('reads the player again when it takes the lock back having played nothing meanwhile', async () => {
    const first = await tab();
    await first.claim();
    await first.saveGame(early.session, early.boxes);
    await first.flush();
    const second = await tab();
    expect(await second.claim()).toBe(false);
    // The claim already read what the first tab had saved.
    expect(second.active().game).toEqual(toSaved(early.session));
    await first.saveGame(mid.session, mid.boxes);
    const back = retaken(second);
    await first.unclaim();
    expect(await back).toEqual({ state: 'held', retaken: true, reloaded: true });
    expect(second.active().game).toEqual(toSaved(mid.session));
    await second.flush();
    expect(await storedGame()).toEqual(toSaved(mid.session));
  });

  it('queues once however often it claims, and gives up its place when it switches player', async () => {
    const first = await tab();
    await first.claim();
    const second = await tab();
    expect(await second.claim()).toBe(false);
    expect(await second.claim()).toBe(false);
    await second.create('Ana');
    expect(second.lockState()).toBe('idle');
    await first.unclaim();
    await new Promise((r) => setTimeout(r, 0));
    const third = await tab();
    expect(await third.claim()).toBe(true);
  });

  it('re-reads the player when claiming: newer progress saved by another tab is never overwritten', async () => {
    const old = await tab();
    expect(old.active().game).toBeNull();
    const other = await tab();
    await other.claim();
    await other.saveGame(mid.session, mid.boxes);
    await other.flush();
    await other.unclaim();
    expect(await old.claim()).toBe(true);
    expect(old.active().game).toEqual(toSaved(mid.session));
    await old.flush();
    expect(await storedGame()).toEqual(toSaved(mid.session));
  });

  it('lets the lock go when a game finishes: the results screen holds nothing', async () => {
    const first = await tab();
    await first.claim();
    expect(await first.finishGame(mid.session, mid.boxes, 1)).toEqual({ ok: true });
    expect(first.lockState()).toBe('idle');
    const second = await tab();
    expect(await second.claim()).toBe(true);
    expect(second.active().finished).toHaveLength(1);
  });
});
