// Player settings as one small versioned document: language, sound, text size, contrast, motion and read-aloud.
import { isMotionSetting, type MotionSetting } from './motion';
import type { KeyValueStore } from './storage-local';

export const SETTINGS_VERSION = 1;
const SETTINGS_KEY = 'beijings-bet.settings';

/** Text size as a percentage of the browser's default font size (WCAG asks for up to 200%). */
export const TEXT_SIZES = [100, 125, 150, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
  readonly version: typeof SETTINGS_VERSION;
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
  version: SETTINGS_VERSION,
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

/** Reads whatever was stored, field by field: a bad field falls back to its default, never the whole document. */
export function parseSettings(raw: string | null, languages: readonly string[]): Settings {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      data = parsed as Record<string, unknown>;
  } catch {
    // Unreadable settings are not worth a warning: defaults are a fine answer.
  }
  const d = DEFAULT_SETTINGS;
  return {
    version: SETTINGS_VERSION,
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

/** The stored document's version, or 0 when there is none or it cannot be read. */
export function storedSettingsVersion(raw: string | null): number {
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    const version =
      parsed && typeof parsed === 'object' ? (parsed as { version?: unknown }).version : 0;
    return typeof version === 'number' && Number.isInteger(version) ? version : 0;
  } catch {
    return 0;
  }
}

export interface SettingsStore {
  get(): Settings;
  update(change: Partial<Omit<Settings, 'version'>>): Settings;
  /** True when the stored settings come from a newer version: they are kept untouched and changes stay in memory. */
  readonly fromNewerVersion: boolean;
}

export function createSettingsStore(
  store: KeyValueStore,
  languages: readonly string[],
): SettingsStore {
  const raw = store.get(SETTINGS_KEY);
  const fromNewerVersion = storedSettingsVersion(raw) > SETTINGS_VERSION;
  // A newer game's settings may mean something else: read what we understand, never write over them.
  let current = parseSettings(raw, languages);
  return {
    fromNewerVersion,
    get: () => current,
    update(change) {
      current = parseSettings(JSON.stringify({ ...current, ...change }), languages);
      if (!fromNewerVersion) store.set(SETTINGS_KEY, JSON.stringify(current));
      return current;
    },
  };
}
