// Player preferences that exist before saves do (language, motion), remembered in localStorage.
import { isMotionSetting, type MotionSetting } from './motion';
import type { KeyValueStore } from './storage-local';

const LANGUAGE_KEY = 'beijings-bet.language';
const MOTION_KEY = 'beijings-bet.motion';

export interface Prefs {
  /** The remembered language code, checked against the shipped ones. */
  language(): string | null;
  setLanguage(language: string): void;
  motion(): MotionSetting;
  setMotion(setting: MotionSetting): void;
}

export function createPrefs(store: KeyValueStore, supported: readonly string[]): Prefs {
  return {
    language() {
      const value = store.get(LANGUAGE_KEY);
      return value !== null && supported.includes(value) ? value : null;
    },
    setLanguage(language) {
      store.set(LANGUAGE_KEY, language);
    },
    motion() {
      const value = store.get(MOTION_KEY);
      return isMotionSetting(value) ? value : 'system';
    },
    setMotion(setting) {
      store.set(MOTION_KEY, setting);
    },
  };
}
