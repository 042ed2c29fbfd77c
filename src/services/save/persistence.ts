// The save layer the app talks to: profiles in memory, mirrored to versioned documents through one serialized write queue.
import { cleanNickname, type PlaySession } from '../../sim';
import type { LeitnerBoxes } from '../../sim/quiz';
import { openStorage, type StorageAdapter, type WriteResult } from '../storage/adapter';
import type {
  ImportPreview,
  Persistence,
  ProfileData,
  ProfileSummary,
  SaveResult,
  StartupProblem,
} from './contract';
import { writeDocument } from './document';
import { loadDocuments, serializeList } from './load';
import { recordFinished } from './mastery';
import { newProfile, PROFILE_FORMAT, profileKey, validateProfile } from './profile-doc';
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
  const storage = opened.storage;
  const loaded = await loadDocuments(storage, now(), options.rules);
  const { profiles, order, frozen } = loaded;
  const startup: StartupProblem[] = [...loaded.problems];
  if (opened.mode === 'memory') startup.unshift({ code: 'storage/unavailable' });

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

  /** Writes the given keys, retrying earlier failures too; the memory state is the truth either way. */
  async function persist(keys: readonly string[]): Promise<SaveResult> {
    const all = [...new Set([...failed, ...keys])].filter((k) => !frozen.has(k));
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
    if (locked.has(active.id)) return LOCKED;
    const result = await persist([profileKey(active.id)]);
    if (result.ok && !askedPersist && opened.mode === 'indexeddb') {
      askedPersist = true;
      void persistStorage().catch(() => false);
    }
    return result;
  }

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
  }
  /** Runs a change to a profile that is not necessarily ours only when no other tab holds it. */
  async function withProfileLock(id: string, change: () => Promise<SaveResult>) {
    const mine = held.has(id);
    if (!(await hold(id))) return LOCKED;
    try {
      return await change();
    } finally {
      if (!mine && id !== active.id) letGo(id);
    }
  }
  async function activate(p: ProfileData): Promise<void> {
    if (active.id !== p.id) letGo(active.id);
    active = p;
    await hold(p.id);
  }

  await activate(active);
  if (!locked.has(active.id)) await persist([...loaded.dirty]);

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
    async switchTo(id) {
      const p = profiles.get(id);
      if (!p) return active;
      await activate(p);
      await persist([PROFILES_KEY]);
      return active;
    },
    async create(name) {
      const p = fresh(name);
      await activate(p);
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
          await activate(next);
          letGo(id);
        }
        return persist(keys);
      });
    },
    saveGame(game: PlaySession | null, boxes: LeitnerBoxes) {
      update({ ...active, game: game && toSaved(game), boxes, lastPlayedAt: now() });
      return saveActive();
    },
    finishGame(game, boxes, finishedAt) {
      update(recordFinished(active, game, boxes, finishedAt));
      return saveActive();
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
