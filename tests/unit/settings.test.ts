// Settings survive a reload, repair bad fields one by one, and keep working when storage is blocked.
import { describe, expect, it } from 'vitest';
import { createSettingsStore, DEFAULT_SETTINGS, parseSettings } from '../../src/services/settings';
import { createKeyValueStore } from '../../src/services/storage-local';
import { shouldReduceMotion } from '../../src/services/motion';

const LANGS = ['fr', 'en'];

function fakeStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

const throwing = {
  getItem(): string | null {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem(): void {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('settings', () => {
  it('start from defaults and remember changes across a reload', () => {
    const storage = fakeStorage();
    const first = createSettingsStore(createKeyValueStore(storage), LANGS);
    expect(first.get()).toEqual(DEFAULT_SETTINGS);
    first.update({ language: 'fr', textSize: 200, muted: true });
    const again = createSettingsStore(createKeyValueStore(storage), LANGS).get();
    expect(again).toMatchObject({ language: 'fr', textSize: 200, muted: true, musicVolume: 0.5 });
  });

  it('repair each bad field on its own and keep the good ones', () => {
    const raw = JSON.stringify({
      language: 'klingon',
      musicVolume: 7,
      effectsVolume: 0.2,
      textSize: 300,
      motion: 'warp',
      muted: 'yes',
    });
    expect(parseSettings(raw, LANGS)).toEqual({
      ...DEFAULT_SETTINGS,
      musicVolume: 1,
      effectsVolume: 0.2,
    });
  });

  it('accept garbage and arrays without throwing', () => {
    expect(parseSettings('{not json', LANGS)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('[1,2]', LANGS)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('null', LANGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('never overwrite settings written by a newer version of the game', () => {
    const storage = fakeStorage();
    const newer = JSON.stringify({ version: 7, language: 'fr', textSize: 150, hologram: true });
    storage.setItem('beijings-bet.settings', newer);
    const settings = createSettingsStore(createKeyValueStore(storage), LANGS);
    expect(settings.fromNewerVersion).toBe(true);
    expect(settings.get()).toMatchObject({ language: 'fr', textSize: 150 });
    settings.update({ textSize: 200 });
    expect(settings.get().textSize).toBe(200);
    expect(storage.data.get('beijings-bet.settings')).toBe(newer);
  });

  it('keep working in memory when storage throws', () => {
    const settings = createSettingsStore(createKeyValueStore(throwing), LANGS);
    settings.update({ highContrast: true });
    expect(settings.get().highContrast).toBe(true);
  });
});

describe('reduced motion', () => {
  it('follows the device unless the player chose', () => {
    expect(shouldReduceMotion('system', true)).toBe(true);
    expect(shouldReduceMotion('system', false)).toBe(false);
    expect(shouldReduceMotion('reduce', false)).toBe(true);
    expect(shouldReduceMotion('full', true)).toBe(false);
  });

  it('are written as a versioned document of the saves pipeline, and a version-1 object migrates', () => {
    const storage = fakeStorage();
    storage.setItem(
      'beijings-bet.settings',
      JSON.stringify({ version: 1, language: 'fr', textSize: 150 }),
    );
    const store = createSettingsStore(createKeyValueStore(storage), LANGS);
    expect(store.get()).toMatchObject({ language: 'fr', textSize: 150 });
    store.update({ muted: true });
    const written = JSON.parse(storage.data.get('beijings-bet.settings') ?? 'null');
    expect(written).toMatchObject({ format: 'beijings-bet', kind: 'settings', version: 2 });
    expect(written.data).toMatchObject({ language: 'fr', textSize: 150, muted: true });
    const again = createSettingsStore(createKeyValueStore(storage), LANGS);
    expect(again.get()).toEqual(store.get());
  });
});
