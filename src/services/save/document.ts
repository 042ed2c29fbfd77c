// The one pipeline every stored document goes through: parse → check envelope → refuse newer → migrate step by step → validate.
import type { SaveIssue } from './schemas';

export const FORMAT = 'beijings-bet';

export type DocumentKind = 'profile' | 'profile-list' | 'settings';

/** One step of the ladder: turns data of version `from` into data of version `to` (= from + 1). */
export interface Migration {
  readonly from: number;
  readonly to: number;
  readonly name: string;
  migrate(data: unknown): unknown;
}

export interface DocumentSpec<T> {
  readonly kind: DocumentKind;
  /** The version this build writes. */
  readonly version: number;
  /** Ordered ladder from version 1 to `version`; adding a version is adding one entry. */
  readonly migrations: readonly Migration[];
  /** Returns the cleaned value, or null when the shape is wrong. */
  validate(data: unknown): T | null;
  /** Why `validate` refused the data, per field (for import messages); optional. */
  explain?(data: unknown): readonly SaveIssue[];
}

/** What `writeDocument` needs of a spec. */
export type DocumentFormat = Pick<DocumentSpec<unknown>, 'kind' | 'version'>;

export interface Envelope {
  readonly format: typeof FORMAT;
  readonly kind: DocumentKind;
  readonly version: number;
  readonly data: unknown;
}

export type CorruptReason = 'parse' | 'envelope' | 'migration' | 'invalid';

export type ReadResult<T> =
  | { readonly ok: true; readonly value: T; readonly migratedFrom?: number }
  | {
      readonly ok: false;
      readonly code: 'document/corrupt';
      readonly reason: CorruptReason;
      /** For `invalid`: the fields refused, when the spec can say. */
      readonly issues?: readonly SaveIssue[];
    }
  | { readonly ok: false; readonly code: 'document/newer'; readonly version: number }
  | { readonly ok: false; readonly code: 'document/wrong-kind'; readonly kind: string };

function parse(raw: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof raw !== 'string') return { ok: true, value: raw };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (
    v.format === FORMAT &&
    typeof v.kind === 'string' &&
    typeof v.version === 'number' &&
    Number.isInteger(v.version) &&
    v.version >= 1 &&
    'data' in v
  );
}

/** Runs the ladder from `version` up to the spec's version; null when a step is missing or throws. */
function migrate<T>(spec: DocumentSpec<T>, version: number, data: unknown): unknown {
  let current = data;
  for (let v = version; v < spec.version; v += 1) {
    const step = spec.migrations.find((m) => m.from === v && m.to === v + 1);
    if (!step) return undefined;
    try {
      current = step.migrate(current);
    } catch {
      return undefined;
    }
  }
  return current;
}

export function readDocument<T>(raw: unknown, spec: DocumentSpec<T>): ReadResult<T> {
  const parsed = parse(raw);
  if (!parsed.ok) return { ok: false, code: 'document/corrupt', reason: 'parse' };
  const envelope = parsed.value;
  if (!isEnvelope(envelope)) return { ok: false, code: 'document/corrupt', reason: 'envelope' };
  if (envelope.kind !== spec.kind)
    return { ok: false, code: 'document/wrong-kind', kind: envelope.kind };
  if (envelope.version > spec.version)
    return { ok: false, code: 'document/newer', version: envelope.version };
  const migrated = migrate(spec, envelope.version, envelope.data);
  if (migrated === undefined) return { ok: false, code: 'document/corrupt', reason: 'migration' };
  const value = spec.validate(migrated);
  if (value === null) {
    const issues = spec.explain?.(migrated) ?? [];
    return { ok: false, code: 'document/corrupt', reason: 'invalid', issues };
  }
  return envelope.version < spec.version
    ? { ok: true, value, migratedFrom: envelope.version }
    : { ok: true, value };
}

/** Wraps data in the current envelope; `pretty` for files people read (exports and fixtures). */
export function writeDocument<T>(value: T, spec: DocumentFormat, pretty = false): string {
  const envelope: Envelope = {
    format: FORMAT,
    kind: spec.kind,
    version: spec.version,
    data: value,
  };
  return pretty ? `${JSON.stringify(envelope, null, 2)}\n` : JSON.stringify(envelope);
}
