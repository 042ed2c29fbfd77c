// Every failure mode of the save layer: newer data, corrupt data, no storage, full quota, two tabs, hostile names, replay mismatch.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readDocument, writeDocument } from '../../../src/services/save/document';
import { profileSpecFor } from '../../../src/services/save/profile-doc';
import { profileListSpec } from '../../../src/services/save/profile-list-doc';
import { restoreGame, toSaved } from '../../../src/services/save/replay';
import { createSharedMemoryLocks } from '../../../src/services/save/tab-lock';
import { createMemoryAdapter, type StorageAdapter } from '../../../src/services/storage/adapter';
import type { YearRecord } from '../../../src/sim';
import { env, playGame, playUntil, rules } from '../../support/headless';
import { clearedStore, faulty, open } from './support';

const profileSpec = profileSpecFor(rules);

const fixtures = resolve(import.meta.dirname, '../../fixtures/saves');
const fixture = (name: string) => readFileSync(resolve(fixtures, name), 'utf8');
const standard = { seed: 42, difficulty: 'normal', length: 'standard' } as const;
const list = (ids: string[], activeId: string) => writeDocument({ ids, activeId }, profileListSpec);

let store: StorageAdapter;
beforeEach(async () => {
  store = await clearedStore();
});

describe('a document from a newer version', () => {
  it('is refused, reported, and its bytes are unchanged after a whole session of saves', async () => {
    const newer = fixture('profile-v99.json');
    await store.set('profile:p-from-the-future', newer);
    await store.set('profiles', list(['p-from-the-future'], 'p-from-the-future'));
    const p = await open(store);
    expect(p.problems).toContainEqual({
      code: 'document/newer',
      key: 'profile:p-from-the-future',
      version: 99,
    });
    expect(p.active().id).not.toBe('p-from-the-future');
    for (const step of playGame({ seed: 5, difficulty: 'normal', length: 'short' })) {
      expect(await p.saveGame(step.session, step.boxes)).toEqual({ ok: true });
    }
    await p.remove(p.active().id);
    await p.flush();
    expect(await store.get('profile:p-from-the-future')).toBe(newer);
    const listed = readDocument(await store.get('profiles'), profileListSpec);
    expect(listed.ok && listed.value.ids).toContain('p-from-the-future');
  });

  it('leaves a newer profile list untouched and still loads the profiles', async () => {
    const newerList = JSON.stringify({
      format: 'beijings-bet',
      kind: 'profile-list',
      version: 7,
      data: {},
    });
    await store.set('profiles', newerList);
    const p = await open(store);
    await p.create('Ana');
    await p.flush();
    expect(p.problems).toContainEqual({ code: 'document/newer', key: 'profiles', version: 7 });
    expect(await store.get('profiles')).toBe(newerList);
    expect((await open(store)).profiles().map((s) => s.name)).toContain('Ana');
  });
});

describe('corrupt data', () => {
  const bytes = new Uint8Array([0, 159, 146, 150, 255, 1]);
  it.each([
    ['null', null],
    ['an ArrayBuffer', bytes.buffer.slice(0)],
    ['a Blob', new Blob([bytes])],
    ['a number', 42],
  ])('reports %s under a game key and keeps its real bytes as a backup', async (_name, value) => {
    const memory = createMemoryAdapter([
      ['profile:p-odd', value],
      ['profiles', list(['p-odd'], 'p-odd')],
    ]);
    const p = await open(memory);
    const problem = p.problems.find((x) => x.code === 'document/corrupt');
    if (problem?.code !== 'document/corrupt') throw new Error('not reported');
    expect(problem.key).toBe('profile:p-odd');
    const kept = await memory.get(problem.backupKey);
    if (value instanceof Blob) expect(kept).toBe(value);
    else if (value instanceof ArrayBuffer)
      expect(new Uint8Array(kept as ArrayBuffer)).toEqual(bytes);
    else expect(kept).toBe(JSON.stringify(value));
    const offered = await p.backupText(problem.backupKey);
    if (typeof offered !== 'string' && offered)
      expect(new Uint8Array(await offered.arrayBuffer())).toEqual(bytes);
    expect(p.active().game).toBeNull();
  });

  it('keeps the exact raw text under a backup key, offers it, and starts with a fresh profile', async () => {
    const raw = fixture('corrupt.txt');
    await store.set('profile:p-broken', raw);
    await store.set('profiles', list(['p-broken'], 'p-broken'));
    const p = await open(store);
    const problem = p.problems.find((x) => x.code === 'document/corrupt');
    if (problem?.code !== 'document/corrupt') throw new Error('no corrupt problem');
    expect(problem.key).toBe('profile:p-broken');
    expect(problem.backupKey).toMatch(/^backup:profile:p-broken:\d+$/);
    expect(await store.get(problem.backupKey)).toBe(raw);
    expect(await p.backupText(problem.backupKey)).toBe(raw);
    expect(p.active()).toMatchObject({ id: 'p-broken', game: null });
    expect(await p.saveGame(null, p.active().boxes)).toEqual({ ok: true });
    await p.flush();
    const again = await open(store);
    expect(again.problems).toEqual([]);
    expect(await store.get(problem.backupKey)).toBe(raw);
  });

  it('rebuilds a corrupt profile list from the profiles that still read', async () => {
    const mid = playUntil(standard, (s) => s.session.log.length === 4);
    const first = await open(store);
    await first.saveGame(mid.session, mid.boxes);
    await first.create('Ana');
    await first.flush();
    await store.set('profiles', '<html>not json');
    const p = await open(store);
    expect(p.problems).toMatchObject([{ code: 'document/corrupt', key: 'profiles' }]);
    expect(
      p
        .profiles()
        .map((s) => s.name)
        .sort(),
    ).toEqual(['', 'Ana']);
    expect(p.profiles().find((s) => s.name === '')?.hasGameInProgress).toBe(true);
  });

  it('does not overwrite a corrupt document whose backup could not be written', async () => {
    const { adapter, state } = faulty(store);
    await store.set('profile:p-broken', 'garbage');
    await store.set('profiles', list(['p-broken'], 'p-broken'));
    state.failWrites = () => new DOMException('full', 'QuotaExceededError');
    const p = await open(adapter);
    expect(p.problems).toContainEqual({
      code: 'document/corrupt',
      key: 'profile:p-broken',
      backupKey: 'profile:p-broken',
    });
    state.failWrites = null;
    await p.saveGame(null, p.active().boxes);
    await p.flush();
    expect(await store.get('profile:p-broken')).toBe('garbage');
  });
});

describe('storage unavailable', () => {
  it('falls back to memory with a lasting problem, and play and export continue', async () => {
    const { adapter, state } = faulty(store);
    state.failAll = true;
    const p = await open(adapter);
    expect(p.mode).toBe('memory');
    expect(p.problems).toContainEqual({ code: 'storage/unavailable' });
    const mid = playUntil(standard, (s) => s.session.log.length === 6);
    expect(await p.saveGame(mid.session, mid.boxes)).toEqual({ ok: true });
    expect(p.active().game).toEqual(toSaved(mid.session));
    expect(p.problems).toContainEqual({ code: 'storage/unavailable' });
    expect(JSON.parse(p.exportProfile(p.active().id).text).data.game.log).toHaveLength(6);
  });

  it('falls back to memory when the probe hangs', async () => {
    const hanging: StorageAdapter = {
      ...createMemoryAdapter(),
      set: () => new Promise(() => undefined),
    };
    vi.useFakeTimers();
    try {
      const opening = open(hanging);
      await vi.advanceTimersByTimeAsync(5000);
      expect((await opening).mode).toBe('memory');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('quota exceeded on write', () => {
  it('returns a typed result, keeps the state in memory, and a later save succeeds', async () => {
    const { adapter, state } = faulty(store);
    const p = await open(adapter);
    const a = playUntil(standard, (s) => s.session.log.length === 2);
    const b = playUntil(standard, (s) => s.session.log.length === 3);
    state.failWrites = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(await p.saveGame(a.session, a.boxes)).toEqual({ ok: false, code: 'storage/quota' });
    expect(p.active().game).toEqual(toSaved(a.session));
    expect(JSON.parse(p.exportProfile(p.active().id).text).data.game).toEqual(toSaved(a.session));
    state.failWrites = () => Object.assign(new Error('ff'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' });
    expect(await p.saveGame(a.session, a.boxes)).toEqual({ ok: false, code: 'storage/quota' });
    state.failWrites = () => new Error('disk on fire');
    expect(await p.saveGame(a.session, a.boxes)).toEqual({ ok: false, code: 'storage/failed' });
    state.failWrites = null;
    expect(await p.saveGame(b.session, b.boxes)).toEqual({ ok: true });
    await p.flush();
    expect((await open(store)).active().game).toEqual(toSaved(b.session));
  });
});

describe('the same profile in two tabs', () => {
  it('locks the second tab out of every write, and lets it in once the first releases', async () => {
    const locks = createSharedMemoryLocks();
    const first = await open(store, { lock: locks() });
    const mid = playUntil(standard, (s) => s.session.log.length === 5);
    await first.saveGame(mid.session, mid.boxes);
    await first.flush();
    const before = await store.get('profile:p-1');
    const secondLock = locks();
    const second = await open(store, { lock: secondLock });
    expect(second.lockState()).toBe('locked');
    expect(second.problems).toContainEqual({ code: 'profile/locked', profileId: 'p-1' });
    const early = playUntil(standard, (s) => s.session.log.length === 1);
    expect(await second.saveGame(early.session, early.boxes)).toEqual({
      ok: false,
      code: 'profile/locked',
    });
    expect(await second.finishGame(early.session, early.boxes, 1)).toEqual({
      ok: false,
      code: 'profile/locked',
    });
    expect(await second.rename('p-1', 'Hijack')).toEqual({ ok: false, code: 'profile/locked' });
    expect(await second.remove('p-1')).toEqual({ ok: false, code: 'profile/locked' });
    await second.flush();
    expect(await store.get('profile:p-1')).toBe(before);
    const own = await second.create('Ana');
    expect(second.problems).toEqual([]);
    expect(second.lockState()).toBe('idle');
    expect(await second.claim()).toBe(true);
    expect(await second.saveGame(early.session, early.boxes)).toEqual({ ok: true });
    expect(own.id).not.toBe('p-1');
  });
});

describe('hostile names', () => {
  it.each([
    ['HTML and script', '<img src=x onerror=alert(1)><script>alert(2)</script>'],
    ['10,000 characters', 'A'.repeat(10_000)],
    ['right-to-left override', '\u202Eevil\u202C مرحبا'],
    ['zero-width characters', 'Me\u200Bi\u200D\uFEFF'],
    ['emoji', '🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉'],
  ])('stores %s as plain text, cleaned and trimmed to 24 code points', async (_name, name) => {
    const p = await open(store);
    const created = await p.create(name);
    await p.rename(created.id, name);
    await p.flush();
    const back = (await open(store)).profiles().find((s) => s.id === created.id)?.name ?? '';
    expect([...back].length).toBeLessThanOrEqual(24);
    for (const mark of ['\u200B', '\u200D', '\uFEFF', '\u202E', '\u202C'])
      expect(back).not.toContain(mark);
    expect(back).toBe(created.name);
  });

  it('cleans a hostile name inside a stored document too', async () => {
    const p = await open(store);
    await p.flush();
    const doc = JSON.parse(String(await store.get('profile:p-1')));
    doc.data.name = `\u202E${'x'.repeat(5000)}`;
    await store.set('profile:p-1', JSON.stringify(doc));
    expect((await open(store)).active().name).toBe('x'.repeat(24));
  });
});

describe('replay check', () => {
  it('replays the log on load: a snapshot that disagrees is replaced by the replay', () => {
    const mid = playUntil(standard, (s) => s.session.log.length === 6);
    const saved = toSaved(mid.session);
    expect(restoreGame(saved, env)).toEqual({ session: mid.session, problem: null });
    const game = { ...saved.snapshot.game, budget: saved.snapshot.game.budget + 1 };
    const tampered = { ...saved, snapshot: { ...saved.snapshot, game } };
    expect(restoreGame(tampered, env)).toEqual({
      session: mid.session,
      problem: { code: 'replay/differs' },
    });
  });

  it('takes a game saved before year records kept their shown values as agreeing with its replay', () => {
    const mid = playUntil(standard, (s) => s.session.game.history.length === 2);
    const saved = toSaved(mid.session);
    const strip = (record: YearRecord): YearRecord => {
      const rest = { ...record };
      delete rest.shown;
      delete rest.shownFrontier;
      return rest;
    };
    const older = { ...saved.snapshot.game, history: saved.snapshot.game.history.map(strip) };
    const before15 = { ...saved, snapshot: { ...saved.snapshot, game: older } };
    expect(restoreGame(before15, env)).toEqual({ session: mid.session, problem: null });
    // Another edit of such a save is still caught.
    const edited = { ...older, budget: older.budget + 1 };
    const tampered = { ...saved, snapshot: { ...saved.snapshot, game: edited } };
    expect(restoreGame(tampered, env).problem).toEqual({ code: 'replay/differs' });
  });

  it('keeps a stored snapshot that disagrees with its log as a backup, byte for byte, then saves the replay', async () => {
    const p = await open(store);
    const mid = playUntil(standard, (s) => s.session.log.length === 6);
    await p.saveGame(mid.session, mid.boxes);
    await p.flush();
    const doc = JSON.parse(String(await store.get('profile:p-1')));
    doc.data.game.snapshot.game.budget += 1;
    const raw = JSON.stringify(doc);
    await store.set('profile:p-1', raw);
    const reopened = await open(store);
    await reopened.flush();
    const problem = reopened.problems.find((x) => x.code === 'game/replayed');
    expect(problem).toMatchObject({ how: 'differs', key: 'profile:p-1' });
    const backupKey = problem?.code === 'game/replayed' ? problem.backupKey : null;
    expect(backupKey).toMatch(/^backup:profile:p-1:/);
    expect(await store.get(backupKey ?? '')).toBe(raw);
    expect(reopened.active().game?.snapshot.game).toEqual(mid.session.game);
    const rewritten = JSON.parse(String(await store.get('profile:p-1')));
    expect(rewritten.data.game.snapshot.game.budget).toBe(mid.session.game.budget);
    // Opened again, the game agrees with its log: nothing more to tell.
    expect((await open(store)).problems.some((x) => x.code === 'game/replayed')).toBe(false);
  });

  it("resumes from the saved snapshot when today's rules refuse the log part-way", () => {
    const mid = playUntil(standard, (s) => s.session.log.length === 6);
    const saved = toSaved(mid.session);
    const illegal = { ...saved, log: [{ type: 'resolve/continue' } as const, ...saved.log] };
    const refused = restoreGame(illegal, env);
    expect(refused.problem).toMatchObject({ code: 'replay/rejected', index: 0 });
    expect(refused.session.game).toEqual(mid.session.game);
    expect(refused.session.draft).toEqual(mid.session.draft);
    expect(refused.session.log).toEqual([]);
  });
});

describe('profile documents written by hand', () => {
  it('reads a profile with a numeric string as corrupt, never as data', () => {
    const doc = JSON.parse(fixture('profile-v1.json'));
    doc.data.bestScore = '99';
    expect(readDocument(JSON.stringify(doc), profileSpec)).toMatchObject({ reason: 'invalid' });
  });
});
