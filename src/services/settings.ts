// Player settings as one small versioned document (the same pipeline as saves), kept in localStorage so the first paint can read it: language, sound, text size, contrast, motion and read-aloud.
import { isMotionSetting, type MotionSetting } from './motion';
import { readDocument, writeDocument, type DocumentSpec } from './save/document';
import type { KeyValueStore } from './storage-local';

/** Version 1 was a bare object; version 2 is the saves' envelope around the same fields. */
export const SETTINGS_VERSION = 2;
const SETTINGS_KEY = 'beijings-bet.settings';

/** Text size as a percentage of the browser's default font size (WCAG asks for up to 200%). */
export const TEXT_SIZES = [100, 125, 150, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
  /** null until the player chooses: the browser's language is used meanwhile. */
  readonly language: string | null;
  /** 0–1 */
  readonly musicVolume: number;
  /** 0–1 */
  readonly effectsVolume: number;
  readonly muted: boolean;
  readonly textSize: TextSize;
  readonly highContrast: boolean;
  readonly motion: MotionSetting;
  readonly readAloud: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  language: null,
  musicVolume: 0.5,
  effectsVolume: 0.8,
  muted: false,
  textSize: 100,
  highContrast: false,
  motion: 'system',
  readAloud: false,
};

const volume = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : fallback;

/** Field by field: a bad field falls back to its default, never the whole document. */
function cleanSettings(value: unknown, languages: readonly string[]): Settings {
  const data =
    value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  const d = DEFAULT_SETTINGS;
  return {
    language:
      typeof data.language === 'string' && languages.includes(data.language)
        ? data.language
        : d.language,
    musicVolume: volume(data.musicVolume, d.musicVolume),
    effectsVolume: volume(data.effectsVolume, d.effectsVolume),
    muted: typeof data.muted === 'boolean' ? data.muted : d.muted,
    textSize: TEXT_SIZES.find((size) => size === data.textSize) ?? d.textSize,
    highContrast: typeof data.highContrast === 'boolean' ? data.highContrast : d.highContrast,
    motion: isMotionSetting(data.motion) ? data.motion : d.motion,
    readAloud: typeof data.readAloud === 'boolean' ? data.readAloud : d.readAloud,
  };
}

function settingsSpec(languages: readonly string[]): DocumentSpec<Settings> {
  return {
    kind: 'settings',
    version: SETTINGS_VERSION,
    migrations: [{ from: 1, to: 2, name: 'settings in the saves envelope', migrate: (d) => d }],
    validate: (data) => cleanSettings(data, languages),
  };
}

/** Version 1 stored the bare fields with `version: 1`: read it as a version-1 document. */
function asEnvelope(parsed: unknown): unknown {
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return parsed;
  const v = parsed as Record<string, unknown>;
  if ('format' in v) return v;
  const version = typeof v.version === 'number' && Number.isInteger(v.version) ? v.version : 1;
  return { format: 'beijings-bet', kind: 'settings', version: Math.max(1, version), data: v };
}

/** Reads what was stored; unreadable settings are not worth a warning: defaults are a fine answer. */
export function parseSettings(raw: string | null, languages: readonly string[]): Settings {
  return readSettings(raw, languages).settings;
}

function readSettings(raw: string | null, languages: readonly string[]) {
  let parsed: unknown;
  try {
    parsed = raw ? JSON.parse(raw) : null;
  } catch {
    parsed = null;
  }
  const read = readDocument(asEnvelope(parsed), settingsSpec(languages));
  if (read.ok) return { settings: read.value, newer: false };
  // A newer game's settings may mean something else: read the fields we understand, write nothing.
  const data = (asEnvelope(parsed) as { data?: unknown } | null)?.data;
  return { settings: cleanSettings(data, languages), newer: read.code === 'document/newer' };
}

export interface SettingsStore {
  get(): Settings;
  update(change: Partial<Settings>): Settings;
  /** True when the stored settings come from a newer version: they are kept untouched and changes stay in memory. */
  readonly fromNewerVersion: boolean;
}

export function createSettingsStore(
  store: KeyValueStore,
  languages: readonly string[],
): SettingsStore {
  const spec = settingsSpec(languages);
  const read = readSettings(store.get(SETTINGS_KEY), languages);
  const fromNewerVersion = read.newer;
  let current = read.settings;
  return {
    fromNewerVersion,
    get: () => current,
    update(change) {
      current = cleanSettings({ ...current, ...change }, languages);
      if (!fromNewerVersion) store.set(SETTINGS_KEY, writeDocument(current, spec));
      return current;
    },
  };
}
