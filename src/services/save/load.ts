// Start-up reading of every stored document: corrupt ones are backed up and replaced, newer ones are frozen (never written).
import { safeWrite, type StorageAdapter } from '../storage/adapter';
import type { ProfileData, StartupProblem } from './contract';
import { readDocument, writeDocument } from './document';
import { isId } from './guards';
import { newProfile, profileKey, profileSpecFor } from './profile-doc';
import { PROFILES_KEY, profileListSpec, type ProfileList } from './profile-list-doc';
import { restoreGame, toSaved } from './replay';
import type { SaveRules } from './save-rules';

export interface Loaded {
  readonly profiles: Map<string, ProfileData>;
  /** Profile ids in list order, frozen (newer) ones included so the list never forgets them. */
  readonly order: string[];
  readonly listActiveId: string | null;
  /** Keys this session must never write: documents from a newer version, or corrupt ones whose backup failed. */
  readonly frozen: Set<string>;
  /** Keys to write now: replacements of corrupt documents, a rebuilt list. */
  readonly dirty: Set<string>;
  readonly problems: StartupProblem[];
}

export const backupKeyOf = (key: string, now: number): string => `backup:${key}:${now}`;

/** What a key holds; `failed` when storage would not say (then it is left alone, as if absent). */
async function safeGet(storage: StorageAdapter, key: string): Promise<unknown> {
  try {
    return await storage.get(key);
  } catch {
    return FAILED;
  }
}
const FAILED = Symbol('read failed');

/**
 * The value to keep as a backup: bytes (Blob, ArrayBuffer, typed arrays) as they are, so nothing is
 * lost; text as it is; anything else (null, numbers, objects) as its JSON text.
 */
function backupValue(raw: unknown): unknown {
  if (typeof raw === 'string') return raw;
  if (typeof Blob !== 'undefined' && raw instanceof Blob) return raw;
  if (raw instanceof ArrayBuffer || ArrayBuffer.isView(raw)) return raw;
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return String(raw);
  }
}

/**
 * Copies the raw bytes of `key` aside before anything replaces them; without a backup the original is
 * frozen instead (never written this session). Returns the backup's key, or null when it failed.
 */
async function backUp(
  storage: StorageAdapter,
  key: string,
  raw: unknown,
  now: number,
  out: Loaded,
): Promise<string | null> {
  const backupKey = backupKeyOf(key, now);
  const saved = await safeWrite(storage, backupKey, backupValue(raw));
  if (!saved.ok) out.frozen.add(key);
  return saved.ok ? backupKey : null;
}

async function keepCorrupt(
  storage: StorageAdapter,
  key: string,
  raw: unknown,
  now: number,
  out: Loaded,
): Promise<boolean> {
  const backupKey = await backUp(storage, key, raw, now, out);
  out.problems.push({ code: 'document/corrupt', key, backupKey: backupKey ?? key });
  return backupKey !== null;
}

async function readList(storage: StorageAdapter, now: number, out: Loaded, stored: boolean) {
  const raw = await safeGet(storage, PROFILES_KEY);
  // A key that is listed but holds null is not absent: it is a document that cannot be read.
  if (raw === FAILED || raw === undefined || (raw === null && !stored)) {
    out.dirty.add(PROFILES_KEY);
    return null;
  }
  const read = readDocument(raw, profileListSpec);
  if (read.ok) return read.value;
  if (read.code === 'document/newer') {
    out.problems.push({ code: 'document/newer', key: PROFILES_KEY, version: read.version });
    out.frozen.add(PROFILES_KEY);
    return null;
  }
  if (await keepCorrupt(storage, PROFILES_KEY, raw, now, out)) out.dirty.add(PROFILES_KEY);
  return null;
}

/**
 * The log is the truth: a stored game whose saved state the replay disagrees with is backed up as
 * it was stored, then replaced by the replay (and the player told); a log today's rules refuse
 * part-way resumes from its saved state, already checked by the schema.
 */
async function replayGame(
  storage: StorageAdapter,
  key: string,
  raw: unknown,
  profile: ProfileData,
  context: { now: number; rules: SaveRules; out: Loaded },
): Promise<ProfileData> {
  const { now, rules, out } = context;
  if (!profile.game) return profile;
  const restored = restoreGame(profile.game, rules.env);
  if (!restored.problem) return profile;
  if (restored.problem.code === 'replay/rejected') {
    out.problems.push({ code: 'game/replayed', how: 'rejected', key, backupKey: null });
    return profile;
  }
  const backupKey = await backUp(storage, key, raw, now, out);
  out.problems.push({ code: 'game/replayed', how: 'differs', key, backupKey });
  // Rewritten only once its stored version is kept; without a backup the stored one stays as it is.
  if (backupKey) out.dirty.add(key);
  return { ...profile, game: toSaved(restored.session) };
}

async function readProfile(
  storage: StorageAdapter,
  id: string,
  context: { now: number; rules: SaveRules; out: Loaded },
) {
  const { now, rules, out } = context;
  const key = profileKey(id);
  const raw = await safeGet(storage, key);
  // Only keys storage lists get here, so a null is a stored null: corrupt, not absent.
  if (raw === FAILED || raw === undefined) return;
  const read = readDocument(raw, profileSpecFor(rules));
  if (read.ok) {
    out.profiles.set(id, await replayGame(storage, key, raw, { ...read.value, id }, context));
  } else if (read.code === 'document/newer') {
    out.problems.push({ code: 'document/newer', key, version: read.version });
    out.frozen.add(key);
  } else if (await keepCorrupt(storage, key, raw, now, out)) {
    out.profiles.set(id, newProfile(id, '', now));
    out.dirty.add(key);
  }
  out.order.push(id);
}

export async function loadDocuments(
  storage: StorageAdapter,
  now: number,
  rules: SaveRules,
): Promise<Loaded> {
  const out: Loaded = {
    profiles: new Map(),
    order: [],
    listActiveId: null,
    frozen: new Set(),
    dirty: new Set(),
    problems: [],
  };
  const keys = await storage.keys().catch((): string[] => []);
  const list: ProfileList | null = await readList(storage, now, out, keys.includes(PROFILES_KEY));
  const stored = keys
    .filter((k) => k.startsWith('profile:'))
    .map((k) => k.slice(8))
    .filter(isId);
  const listed = (list?.ids ?? []).filter((id) => stored.includes(id));
  const extra = stored.filter((id) => !listed.includes(id)).sort();
  if (list && (extra.length > 0 || listed.length !== list.ids.length)) out.dirty.add(PROFILES_KEY);
  for (const id of [...listed, ...extra]) await readProfile(storage, id, { now, rules, out });
  return { ...out, listActiveId: list?.activeId ?? null };
}

export const serializeList = (ids: readonly string[], activeId: string | null): string =>
  writeDocument({ ids, activeId }, profileListSpec);
