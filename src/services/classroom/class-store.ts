// The teacher's sessions, kept in this browser (localforage through a StorageAdapter): create, list, add results whole or not at all, delete, export and import.
import * as v from 'valibot';
import type { SessionEnv } from '../../sim';
import { safeWrite, type StorageAdapter } from '../storage/adapter';
import { foldCode } from './alphabet';
import { codeError, type CodeError } from './errors';
import { parseResultCode, RESULT_CODE_MAX_SYMBOLS } from './result-code';
import { encodeSessionCode, parseSessionCode, type ClassSettings } from './session-code';
import { verifyResult, type VerifiedResult, type VerifyOptions } from './verify';

/** What is stored of a session: its code (the settings), the teacher's label and the result codes as handed in. */
export interface StoredSession {
  readonly code: string;
  readonly label: string;
  /** ms since 1970, from the clock the store was given. */
  readonly createdAt: number;
  /** Result codes (folded text): the scores are never stored, they are replayed from these. */
  readonly results: readonly string[];
}

export type ImportLine =
  | { readonly line: number; readonly status: 'added'; readonly nickname: string }
  | { readonly line: number; readonly status: 'duplicate'; readonly nickname: string }
  | { readonly line: number; readonly status: 'rejected'; readonly error: CodeError };

export interface ImportReport {
  readonly lines: readonly ImportLine[];
  readonly added: number;
  /** Set when the session could not be saved: nothing of this import was kept. */
  readonly error: CodeError | null;
}

export type StoreResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CodeError };

const KEY_PREFIX = 'class-session:';
const FORMAT = 'beijings-bet';
const KIND = 'class-sessions';
const VERSION = 1;
export const LABEL_MAX = 120;
export const RESULTS_MAX = 500;
export const SESSIONS_MAX = 200;
/** A real export of a few classes is well under 1 MB. */
export const CLASS_FILE_MAX_CHARS = 5_000_000;

const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/;
const sessionSchema = v.object({
  code: v.pipe(v.string(), v.regex(CODE)),
  label: v.pipe(v.string(), v.maxLength(LABEL_MAX)),
  createdAt: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4_102_444_800_000)),
  results: v.pipe(
    v.array(
      v.pipe(v.string(), v.regex(/^[0-9A-HJKMNP-TV-Z]+$/), v.maxLength(RESULT_CODE_MAX_SYMBOLS)),
    ),
    v.maxLength(RESULTS_MAX),
  ),
});
const envelope = v.object({
  format: v.literal(FORMAT),
  kind: v.literal(KIND),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  data: v.unknown(),
});
const fileData = v.object({
  sessions: v.pipe(v.array(sessionSchema), v.maxLength(SESSIONS_MAX)),
});

/** Splits pasted text into candidate codes: one per line (commas and semicolons also separate). */
export function splitCodes(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|[,;]/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The session's results, verified by replay (rejected ones, which a hand-edited store could hold, left out). */
export function verifiedResults(
  stored: StoredSession,
  env: SessionEnv,
  options: VerifyOptions = {},
): VerifiedResult[] {
  const parsed = parseSessionCode(stored.code);
  if (!parsed.ok) return [];
  return stored.results.flatMap((text) => {
    const decoded = parseResultCode(text);
    if (!decoded.ok) return [];
    const verified = verifyResult(
      decoded.payload,
      { ...parsed.settings, code: parsed.code },
      env,
      options,
    );
    return verified.ok ? [verified.result] : [];
  });
}

function wrap(data: unknown): string {
  return JSON.stringify({ format: FORMAT, kind: KIND, version: VERSION, data }, null, 2);
}

/** A stored or imported document: the sessions it holds, or why it cannot be read. */
function readSessions(raw: unknown): StoreResult<StoredSession[]> {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { ok: false, error: codeError('store.not-json') };
    }
  }
  const env = v.safeParse(envelope, value);
  if (!env.success) return { ok: false, error: codeError('store.not-a-class-file') };
  if (env.output.version > VERSION) return { ok: false, error: codeError('store.newer') };
  const data = v.safeParse(fileData, env.output.data);
  if (!data.success) {
    const path = v.getDotPath(data.issues[0]) ?? '';
    return { ok: false, error: codeError('store.invalid', { path }) };
  }
  return { ok: true, value: data.output.sessions };
}

export interface ClassStore {
  /** Newest first. */
  list(): Promise<StoredSession[]>;
  get(code: string): Promise<StoredSession | null>;
  /** A new session (or the existing one with the same code, label updated). */
  create(settings: ClassSettings, label: string): Promise<StoreResult<StoredSession>>;
  /**
   * Adds result codes, one per line: each is decoded and verified against the session (a code is
   * added whole or not at all); duplicates are merged; the rest are rejected with a reason.
   */
  addResults(code: string, lines: readonly string[], env: SessionEnv): Promise<ImportReport>;
  remove(code: string): Promise<StoreResult<null>>;
  /** One session, or every session when no code is given, as a JSON file. */
  exportFile(code?: string): Promise<{ readonly fileName: string; readonly text: string }>;
  /** A file written by exportFile: checked whole, then merged (results of a known session are added). */
  importFile(
    text: string,
    env: SessionEnv,
  ): Promise<StoreResult<{ sessions: number; results: number }>>;
}

export function createClassStore(storage: StorageAdapter, now: () => number): ClassStore {
  const keyOf = (code: string) => `${KEY_PREFIX}${code}`;

  async function read(code: string): Promise<StoredSession | null> {
    let raw: unknown;
    try {
      raw = await storage.get(keyOf(code));
    } catch {
      return null;
    }
    if (raw === null || raw === undefined) return null;
    const sessions = readSessions(raw);
    return sessions.ok ? (sessions.value[0] ?? null) : null;
  }

  async function write(session: StoredSession): Promise<StoreResult<StoredSession>> {
    const written = await safeWrite(storage, keyOf(session.code), wrap({ sessions: [session] }));
    if (written.ok) return { ok: true, value: session };
    return {
      ok: false,
      error: codeError(written.code === 'storage/quota' ? 'store.quota' : 'store.failed'),
    };
  }

  async function list(): Promise<StoredSession[]> {
    let keys: string[];
    try {
      keys = await storage.keys();
    } catch {
      return [];
    }
    const codes = keys
      .filter((k) => k.startsWith(KEY_PREFIX))
      .map((k) => k.slice(KEY_PREFIX.length));
    const sessions = await Promise.all(codes.map(read));
    return sessions
      .filter((s): s is StoredSession => s !== null)
      .sort((a, b) => b.createdAt - a.createdAt || (a.code < b.code ? -1 : 1));
  }

  /** The result codes to add to a session, each judged on its own; nothing is written here. */
  function judge(session: StoredSession, lines: readonly string[], env: SessionEnv) {
    const parsed = parseSessionCode(session.code);
    const known = new Map<string, true>();
    const keep: string[] = [...session.results];
    const report: ImportLine[] = [];
    if (!parsed.ok) return { keep, report };
    const target = { ...parsed.settings, code: parsed.code };
    const keyOfResult = (r: VerifiedResult) => `${r.nickname}\u0000${r.fingerprint}`;
    for (const text of session.results) {
      const decoded = parseResultCode(text);
      const verified = decoded.ok ? verifyResult(decoded.payload, target, env) : null;
      if (verified?.ok) known.set(keyOfResult(verified.result), true);
    }
    lines.forEach((text, index) => {
      const line = index + 1;
      const decoded = parseResultCode(text);
      if (!decoded.ok) return report.push({ line, status: 'rejected', error: decoded.error });
      const verified = verifyResult(decoded.payload, target, env);
      if (!verified.ok) return report.push({ line, status: 'rejected', error: verified.error });
      const { nickname } = verified.result;
      const key = keyOfResult(verified.result);
      if (known.has(key)) return report.push({ line, status: 'duplicate', nickname });
      if (keep.length >= RESULTS_MAX)
        return report.push({
          line,
          status: 'rejected',
          error: codeError('store.full', { max: RESULTS_MAX }),
        });
      known.set(key, true);
      keep.push(foldCode(text));
      return report.push({ line, status: 'added', nickname });
    });
    return { keep, report };
  }

  return {
    list,
    get: (code) => {
      const parsed = parseSessionCode(code);
      return parsed.ok ? read(parsed.code) : Promise.resolve(null);
    },

    async create(settings, label) {
      const code = encodeSessionCode(settings);
      const existing = await read(code);
      const clean = label.trim().slice(0, LABEL_MAX);
      return write(
        existing
          ? { ...existing, label: clean }
          : { code, label: clean, createdAt: Math.max(0, Math.floor(now())), results: [] },
      );
    },

    async addResults(code, lines, env) {
      const parsed = parseSessionCode(code);
      const session = parsed.ok ? await read(parsed.code) : null;
      if (!session) return { lines: [], added: 0, error: codeError('store.no-session') };
      const { keep, report } = judge(session, lines, env);
      const added = report.filter((l) => l.status === 'added').length;
      if (added === 0) return { lines: report, added, error: null };
      const written = await write({ ...session, results: keep });
      return written.ok
        ? { lines: report, added, error: null }
        : { lines: report, added: 0, error: written.error };
    },

    async remove(code) {
      const parsed = parseSessionCode(code);
      const written = await safeWrite(storage, keyOf(parsed.ok ? parsed.code : code), null);
      return written.ok
        ? { ok: true, value: null }
        : { ok: false, error: codeError('store.failed') };
    },

    async exportFile(code) {
      const all = await list();
      const sessions = code === undefined ? all : all.filter((s) => s.code === code);
      const name = sessions.length === 1 && sessions[0] ? sessions[0].code : 'all';
      return { fileName: `beijings-bet-class-${name}.json`, text: wrap({ sessions }) };
    },

    async importFile(text, env) {
      if (typeof text !== 'string' || text.length > CLASS_FILE_MAX_CHARS)
        return { ok: false, error: codeError('store.not-a-class-file') };
      const sessions = readSessions(text);
      if (!sessions.ok) return sessions;
      // Every session and every result must check out before anything is written.
      const merged: StoredSession[] = [];
      let results = 0;
      for (const incoming of sessions.value) {
        const existing = await read(incoming.code);
        const base = existing ?? { ...incoming, results: [] };
        const { keep, report } = judge(base, incoming.results, env);
        const bad = report.find((l) => l.status === 'rejected');
        if (bad && bad.status === 'rejected')
          return {
            ok: false,
            error: codeError('store.bad-result', { code: incoming.code, line: bad.line }),
          };
        results += report.filter((l) => l.status === 'added').length;
        merged.push({ ...base, results: keep });
      }
      for (const session of merged) {
        const written = await write(session);
        if (!written.ok) return written;
      }
      return { ok: true, value: { sessions: merged.length, results } };
    },
  };
}
