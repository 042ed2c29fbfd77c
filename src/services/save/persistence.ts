// The save layer the app talks to: profiles in memory, mirrored to versioned documents through one serialized write queue.
import { cleanNickname, type PlaySession } from '../../sim';
import type { LeitnerBoxes } from '../../sim/quiz';
import { openStorage, type StorageAdapter, type WriteResult } from '../storage/adapter';
import { restoreFromMirror, withMirror, type Mirror } from '../storage/mirror';
import type {
  ImportPreview,
  LockChange,
  LockState,
  Persistence,
  ProfileData,
  ProfileSummary,
  SaveResult,
  StartupProblem,
} from './contract';
import { readDocument, writeDocument } from './document';
import { loadDocuments, serializeList } from './load';
import { recordFinished } from './mastery';
import {
  newProfile,
  PROFILE_FORMAT,
  profileKey,
  profileSpecFor,
  validateProfile,
} from './profile-doc';
import { PROFILES_KEY } from './profile-list-doc';
import { toSaved } from './replay';
import type { SaveRules } from './save-rules';
import { createTabLock, type TabLock } from './tab-lock';
import { exportFile, parseImport } from './transfer';
import { createWriteQueue } from './write-queue';

export interface PersistenceOptions {
  /** Defaults to localforage on IndexedDB; probed either way, memory when it fails. */
  readonly storage?: StorageAdapter;
  /** ms since 1970; injected so the save logic never reads the clock itself. */
  readonly now: () => number;
  readonly lock?: TabLock;
  /** navigator.storage.persist(), asked once after the first successful save. */
  readonly persistStorage?: () => Promise<boolean>;
  readonly newId?: () => string;
  /** What stored and imported documents may hold (ids, calendars), and the rules their games replay with. */
  readonly rules: SaveRules;
  /** The second copy of every document (Cache Storage in the browser); none in memory mode. */
  readonly mirror?: Mirror | null;
}

const LOCKED: SaveResult = { ok: false, code: 'profile/locked' };

async function askPersist(): Promise<boolean> {
  return (await globalThis.navigator?.storage?.persist?.()) ?? false;
}

function randomId(): string {
  const uuid = globalThis.crypto?.randomUUID?.() ?? String(Math.random()).slice(2);
  return `p-${uuid.replace(/-/g, '').slice(0, 16)}`;
}

function summary(p: ProfileData): ProfileSummary {
  return {
    id: p.id,
    name: p.name,
    lastPlayedAt: p.lastPlayedAt,
    gamesPlayed: p.finished.length,
    bestScore: p.bestScore,
    hasGameInProgress: p.game !== null,
  };
}

const toSave = (r: WriteResult): SaveResult => (r.ok ? r : { ok: false, code: r.code });

export async function openPersistence(options: PersistenceOptions): Promise<Persistence> {
  const { now } = options;
  const lock = options.lock ?? createTabLock();
  const newId = options.newId ?? randomId;
  const persistStorage = options.persistStorage ?? askPersist;
  const opened = await openStorage(options.storage);
  // A second copy outside IndexedDB: what a crash deleted there comes back before anything is read.
  const mirror = opened.mode === 'indexeddb' ? (options.mirror ?? null) : null;
  const restored = mirror ? await restoreFromMirror(opened.storage, mirror) : [];
  const storage = mirror ? withMirror(opened.storage, mirror) : opened.storage;
  const loaded = await loadDocuments(storage, now(), options.rules);
  const { profiles, order, frozen } = loaded;
  const startup: StartupProblem[] = [...loaded.problems];
  if (opened.mode === 'memory') startup.unshift({ code: 'storage/unavailable' });
  if (restored.length) startup.unshift({ code: 'storage/restored', keys: restored });

  const queue = createWriteQueue(storage);
  const failed = new Set<string>();
  const held = new Set<string>();
  const locked = new Set<string>();
  let askedPersist = false;

  const fresh = (name = ''): ProfileData => {
    let id = newId();
    while (profiles.has(id) || frozen.has(profileKey(id))) id = newId();
    const p = newProfile(id, name, now());
    profiles.set(id, p);
    order.push(id);
    return p;
  };
  const mostRecent = (): ProfileData | undefined =>
    [...profiles.values()].sort((a, b) => b.lastPlayedAt - a.lastPlayedAt)[0];

  const listed = loaded.listActiveId;
  let active: ProfileData =
    (listed !== null ? profiles.get(listed) : undefined) ??
    (listed !== null && frozen.has(profileKey(listed)) ? undefined : mostRecent()) ??
    fresh();
  if (!loaded.listActiveId || loaded.listActiveId !== active.id) loaded.dirty.add(PROFILES_KEY);
  if (!profiles.has(active.id)) profiles.set(active.id, active);
  loaded.dirty.add(profileKey(active.id));

  function serialize(key: string): string | null {
    if (key === PROFILES_KEY) return serializeList(order, active.id);
    const p = profiles.get(key.slice('profile:'.length));
    return p ? writeDocument(p, PROFILE_FORMAT) : null;
  }

  /**
   * Writes the given keys, retrying earlier failures too (a player's document only while this tab
   * holds its lock, so an old failure never overwrites what another tab saved since); the memory
   * state is the truth either way.
   */
  async function persist(keys: readonly string[]): Promise<SaveResult> {
    const retry = [...failed].filter((k) => !k.startsWith('profile:') || held.has(k.slice(8)));
    const all = [...new Set([...retry, ...keys])].filter((k) => !frozen.has(k));
    const results = await Promise.all(
      all.map(async (key) => {
        const result = await queue.write(key, () => serialize(key));
        if (result.ok) failed.delete(key);
        else failed.add(key);
        return { key, result };
      }),
    );
    const bad = results.find((r) => keys.includes(r.key) && !r.result.ok);
    return bad ? toSave(bad.result) : { ok: true };
  }

  /** A game save; the first one that succeeds asks the browser to keep our storage (asked once). */
  async function saveActive(): Promise<SaveResult> {
    // Not holding the lock: another tab plays this player (or none claimed it), so nothing is written.
    if (!held.has(active.id)) {
      playedUnsaved = true;
      return LOCKED;
    }
    const result = await persist([profileKey(active.id)]);
    if (result.ok && !askedPersist && opened.mode === 'indexeddb') {
      askedPersist = true;
      void persistStorage().catch(() => false);
    }
    return result;
  }

  const listeners = new Set<(change: LockChange) => void>();
  const lockState = (): LockState =>
    held.has(active.id) ? 'held' : locked.has(active.id) ? 'locked' : 'idle';
  let told: LockState = 'idle';
  /** Tells the listeners when the lock state changed, and always when the lock came back from the queue. */
  const tell = (retaken = false, reloaded = false) => {
    const state = lockState();
    if (state === told && !retaken) return;
    told = state;
    for (const listener of [...listeners]) listener({ state, retaken, reloaded });
  };
  /** Set when the player changed here while another tab held it (played, kept in memory only). */
  let playedUnsaved = false;

  /** The one queued request for a lock (a second would be granted after the first and never let go). */
  let waiting: { readonly id: string; readonly controller: AbortController } | null = null;

  async function hold(id: string): Promise<boolean> {
    if (held.has(id)) return true;
    const ok = await lock.acquire(id);
    if (ok) {
      held.add(id);
      locked.delete(id);
    } else locked.add(id);
    return ok;
  }
  function letGo(id: string): void {
    if (held.delete(id)) lock.release(id);
    locked.delete(id);
    if (waiting?.id === id) {
      waiting.controller.abort();
      waiting = null;
    }
  }
  /** Runs a change to a profile that is not necessarily ours only when no other tab holds it, holding it only meanwhile. */
  async function withProfileLock(id: string, change: () => Promise<SaveResult>) {
    if (held.has(id)) return change();
    if (!(await lock.acquire(id))) return LOCKED;
    held.add(id);
    try {
      return await change();
    } finally {
      if (held.delete(id)) lock.release(id);
    }
  }
  /** Another player becomes active: the previous one's lock (or place in the queue) is let go. */
  function activate(p: ProfileData): void {
    if (active.id !== p.id) letGo(active.id);
    active = p;
    tell();
  }

  /**
   * Takes what storage holds for a player (another tab may have saved it since this tab read it):
   * a newer version's document freezes it; an absent or unreadable one leaves this tab's copy,
   * which is then written if this tab holds the lock.
   */
  async function reread(id: string, mine: boolean): Promise<void> {
    const key = profileKey(id);
    if (frozen.has(key)) return;
    // This tab's own writes still queued would otherwise read as older than they are.
    await queue.flush();
    const raw: unknown = await storage.get(key).catch(() => undefined);
    const read =
      raw === undefined || raw === null ? null : readDocument(raw, profileSpecFor(options.rules));
    playedUnsaved = false;
    if (read?.ok) {
      update({ ...read.value, id });
      failed.delete(key);
      return;
    }
    if (read?.code === 'document/newer') {
      frozen.add(key);
      startup.push({ code: 'document/newer', key, version: read.version });
      return;
    }
    if (mine) await persist([key]);
  }

  /** Queues for a lock another tab holds; once granted, writes what this tab played meanwhile. */
  function waitFor(id: string): void {
    if (waiting?.id === id) return;
    waiting?.controller.abort();
    const mine = { id, controller: new AbortController() };
    waiting = mine;
    void lock.whenFree(id, mine.controller.signal).then(async (granted) => {
      if (waiting === mine) waiting = null;
      if (!granted) return;
      if (mine.controller.signal.aborted || active.id !== id) {
        lock.release(id);
        return;
      }
      held.add(id);
      locked.delete(id);
      // Played here meanwhile: that game is the player's latest. Else the other tab's progress is.
      const reloaded = !playedUnsaved;
      if (reloaded) await reread(id, true);
      else await saveActive();
      tell(true, reloaded);
      // A game finished while waiting is now recorded; the results screen holds nothing.
      if (active.game === null) {
        letGo(id);
        tell();
      }
    });
  }

  let claiming: Promise<boolean> | null = null;
  /** Counts claims and unclaims, so an unclaim waiting for its writes does not undo a later claim. */
  let turn = 0;
  async function claimActive(): Promise<boolean> {
    turn += 1;
    const id = active.id;
    if (held.has(id)) return true;
    // Still queued behind the tab that plays this player: nothing has changed.
    if (waiting?.id === id) return false;
    const ok = await hold(id);
    if (active.id !== id) {
      letGo(id);
      return false;
    }
    await reread(id, ok);
    if (!ok) waitFor(id);
    tell();
    return ok;
  }

  // Start-up writes (a rebuilt list, replaced corrupt documents, a first profile) hold the active
  // player's lock only while they run: a tab idle on the title holds nothing. When another tab plays
  // that player, its document is left to that tab (claim() writes it here later if still missing).
  const activeKey = profileKey(active.id);
  const startupHeld = await lock.acquire(active.id);
  await persist([...loaded.dirty].filter((k) => startupHeld || k !== activeKey));
  if (startupHeld) lock.release(active.id);

  const update = (p: ProfileData) => {
    profiles.set(p.id, p);
    if (active.id === p.id) active = p;
  };

  return {
    mode: opened.mode,
    get problems() {
      const lockProblem: StartupProblem[] = locked.has(active.id)
        ? [{ code: 'profile/locked', profileId: active.id }]
        : [];
      return [...startup, ...lockProblem];
    },
    profiles: () => order.flatMap((id) => profiles.get(id) ?? []).map(summary),
    active: () => active,
    claim() {
      // One claim at a time: a second request from this tab would be refused by its own first one.
      claiming ??= claimActive().finally(() => {
        claiming = null;
      });
      return claiming;
    },
    async unclaim() {
      const id = active.id;
      const mine = (turn += 1);
      if (waiting?.id === id) letGo(id);
      // Writes already accepted reach storage before another tab may take the player and read it.
      await queue.flush();
      if (turn !== mine || active.id !== id) return;
      letGo(id);
      tell();
    },
    lockState,
    onLockChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async switchTo(id) {
      const p = profiles.get(id);
      if (!p) return active;
      activate(p);
      await persist([PROFILES_KEY]);
      return active;
    },
    async create(name) {
      const p = fresh(name);
      activate(p);
      await persist([profileKey(p.id), PROFILES_KEY]);
      return p;
    },
    rename(id, name) {
      const p = profiles.get(id);
      if (!p) return Promise.resolve({ ok: false, code: 'storage/failed' });
      return withProfileLock(id, () => {
        update({ ...p, name: cleanNickname(name.slice(0, 1000)) });
        return persist([profileKey(id)]);
      });
    },
    remove(id) {
      if (!profiles.has(id)) return Promise.resolve({ ok: false, code: 'storage/failed' });
      return withProfileLock(id, async () => {
        profiles.delete(id);
        order.splice(order.indexOf(id), 1);
        const keys = [profileKey(id), PROFILES_KEY];
        if (active.id === id) {
          const next = mostRecent() ?? fresh();
          keys.push(profileKey(next.id));
          activate(next);
          letGo(id);
        }
        return persist(keys);
      });
    },
    saveGame(game: PlaySession | null, boxes: LeitnerBoxes) {
      update({ ...active, game: game && toSaved(game), boxes, lastPlayedAt: now() });
      return saveActive();
    },
    async finishGame(game, boxes, finishedAt) {
      update(recordFinished(active, game, boxes, finishedAt));
      const result = await saveActive();
      // Written (or not): either way the results screen holds nothing. A tab still queued keeps its
      // place, so the finished game is recorded once the other tab lets go.
      if (held.has(active.id)) {
        letGo(active.id);
        tell();
      }
      return result;
    },
    flush: () => queue.flush(),
    exportProfile(id) {
      return exportFile(profiles.get(id) ?? active, now());
    },
    previewImport(text): ImportPreview {
      const parsed = parseImport(text, options.rules);
      if (!parsed.ok) return parsed;
      const existing = profiles.get(parsed.profile.id);
      return { ...parsed, conflictsWith: existing ? summary(existing) : null };
    },
    async confirmImport(preview, mode) {
      const checked = validateProfile(preview.profile, options.rules);
      if (!checked) return { ok: false, code: 'storage/failed' };
      const taken = profiles.has(checked.id) || frozen.has(profileKey(checked.id));
      const keepId = mode === 'replace' && !frozen.has(profileKey(checked.id));
      const id = keepId || !taken ? checked.id : fresh().id;
      return withProfileLock(id, () => {
        if (!order.includes(id)) order.push(id);
        update({ ...checked, id });
        return persist([profileKey(id), PROFILES_KEY]);
      });
    },
    async backupText(backupKey) {
      try {
        const raw = await storage.get(backupKey);
        if (typeof raw === 'string' || (typeof Blob !== 'undefined' && raw instanceof Blob))
          return raw;
        if (raw instanceof ArrayBuffer) return new Blob([raw]);
        if (ArrayBuffer.isView(raw))
          return new Blob([new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength).slice()]);
        return null;
      } catch {
        return null;
      }
    },
  };
}
