// The adapter between the teacher's class store (services/classroom) and the classroom screens: results verified by replay on load, imports reported per line, CSV and the demo class.
import { classRows } from '../services/classroom/aggregate';
import {
  verifiedResults,
  type ClassStore,
  type StoredSession,
} from '../services/classroom/class-store';
import { classCsvRows, toCsv } from '../services/classroom/csv';
import { demoResults, demoSettings } from '../services/classroom/demo';
import type { CodeError } from '../services/classroom/errors';
import { encodeResultCode } from '../services/classroom/result-code';
import { parseSessionCode, type ClassSettings } from '../services/classroom/session-code';
import type { VerifiedResult, VerifyOptions } from '../services/classroom/verify';
import type { Translate } from '../services/i18n';
import type { SessionEnv } from '../sim';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: CodeError };

/** Where a code came from, so a rejection names its line or its file. */
export type ImportSource =
  | { readonly kind: 'line'; readonly line: number }
  | { readonly kind: 'file'; readonly name: string }
  | { readonly kind: 'scan' };

export interface ImportEntry {
  readonly source: ImportSource;
  readonly text: string;
}

export interface ImportSummary {
  readonly added: number;
  readonly duplicates: number;
  readonly rejected: readonly { readonly source: ImportSource; readonly error: CodeError }[];
}

/** A session as the list shows it (its id is its code: one session per code). */
export interface SessionItem {
  readonly id: string;
  readonly code: string;
  readonly label: string;
  readonly settings: ClassSettings;
  readonly createdAt: number;
  readonly resultCount: number;
}

export interface SessionData extends Omit<SessionItem, 'createdAt' | 'resultCount'> {
  /** Verified by replay, duplicates merged by the aggregation. */
  readonly results: readonly VerifiedResult[];
}

export interface ClassroomDataDeps {
  readonly store: ClassStore;
  readonly env: SessionEnv;
  /** The results screen's tier per final score (ui/results/score-tier.ts). */
  readonly verify: VerifyOptions;
  /** A seed below 2^30 for a new demo class. */
  randomSeed(): number;
  /** Translation for the CSV's column names, in a given language. */
  t(): Translate;
}

export const DEMO_STUDENTS = 30;

function itemOf(s: StoredSession): SessionItem | null {
  const parsed = parseSessionCode(s.code);
  if (!parsed.ok) return null;
  return {
    id: parsed.code,
    code: parsed.code,
    label: s.label,
    settings: parsed.settings,
    createdAt: s.createdAt,
    resultCount: s.results.length,
  };
}

const noSession: CodeError = { key: 'store.no-session' };

export function createClassroomData(deps: ClassroomDataDeps) {
  const { store, env } = deps;
  const toItem = (s: StoredSession): Outcome<SessionItem> => {
    const item = itemOf(s);
    return item ? { ok: true, value: item } : { ok: false, error: noSession };
  };

  const addCodes = async (id: string, entries: readonly ImportEntry[]): Promise<ImportSummary> => {
    const report = await store.addResults(
      id,
      entries.map((e) => e.text),
      env,
    );
    const sourceAt = (line: number): ImportSource =>
      entries[line - 1]?.source ?? { kind: 'line', line };
    if (report.error)
      return {
        added: 0,
        duplicates: 0,
        rejected: entries.map((e) => ({ source: e.source, error: report.error ?? noSession })),
      };
    return {
      added: report.added,
      duplicates: report.lines.filter((l) => l.status === 'duplicate').length,
      rejected: report.lines.flatMap((l) =>
        l.status === 'rejected' ? [{ source: sourceAt(l.line), error: l.error }] : [],
      ),
    };
  };

  /** Simulated students for a session, as result codes. */
  const demoCodes = (code: string) =>
    demoResults(code, DEMO_STUDENTS, env).map((payload) => encodeResultCode(payload));

  return {
    list: async () =>
      (await store.list()).flatMap((s) => {
        const item = itemOf(s);
        return item ? [item] : [];
      }),
    async create(choice: { settings: ClassSettings; label: string }) {
      const created = await store.create(choice.settings, choice.label);
      return created.ok ? toItem(created.value) : created;
    },
    remove: (id: string) => store.remove(id),
    async importFile(text: string): Promise<Outcome<null>> {
      const imported = await store.importFile(text, env);
      return imported.ok ? { ok: true, value: null } : imported;
    },
    async demo(label: string): Promise<Outcome<SessionItem>> {
      const created = await store.create(demoSettings(deps.randomSeed()), label);
      if (!created.ok) return created;
      const report = await store.addResults(created.value.code, demoCodes(created.value.code), env);
      if (report.error) return { ok: false, error: report.error };
      const stored = await store.get(created.value.code);
      return stored ? toItem(stored) : { ok: false, error: noSession };
    },
    async load(id: string): Promise<SessionData | null> {
      const stored = await store.get(id);
      const item = stored && itemOf(stored);
      if (!stored || !item) return null;
      return { ...item, results: verifiedResults(stored, env, deps.verify) };
    },
    addCodes,
    async addDemo(id: string): Promise<Outcome<number>> {
      const report = await store.addResults(id, demoCodes(id), env);
      return report.error ? { ok: false, error: report.error } : { ok: true, value: report.added };
    },
    exportFile: (id: string) => store.exportFile(id),
    csv(p: { code: string; label: string; results: readonly VerifiedResult[] }, language: string) {
      const t = deps.t();
      const rows = classCsvRows(classRows(p.results), {
        column: (k) => t(`codes:csv.${k}`, { lng: language }),
        outcome: (o) => t(`results:tiers.${o}.name`, { lng: language }),
      });
      const name = (p.label || p.code)
        .normalize('NFKD')
        .replace(/[^\w-]+/g, '-')
        .replace(/^-+|-+$/g, '');
      return { fileName: `${name || 'class'}.csv`, text: toCsv(rows, language) };
    },
  };
}

export type ClassroomData = ReturnType<typeof createClassroomData>;

/** A class store opened on first use (the teacher's storage is probed only when a teacher needs it). */
export function lazyClassStore(open: () => Promise<ClassStore>): ClassStore {
  let opening: Promise<ClassStore> | null = null;
  const store = () => (opening ??= open());
  return {
    list: async () => (await store()).list(),
    get: async (code) => (await store()).get(code),
    create: async (settings, label) => (await store()).create(settings, label),
    addResults: async (code, lines, env) => (await store()).addResults(code, lines, env),
    remove: async (code) => (await store()).remove(code),
    exportFile: async (code) => (await store()).exportFile(code),
    importFile: async (text, env) => (await store()).importFile(text, env),
  };
}
