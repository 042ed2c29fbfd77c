// Preferences survive a reload, and blocked or full storage never breaks the game.
import { describe, expect, it } from 'vitest';
import { createPrefs } from '../../src/services/prefs';
import { createKeyValueStore } from '../../src/services/storage-local';
import { shouldReduceMotion } from '../../src/services/motion';

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

describe('prefs', () => {
  it('remembers the language and motion choice in storage', () => {
    const storage = fakeStorage();
    createPrefs(createKeyValueStore(storage), ['fr', 'en']).setLanguage('fr');
    const again = createPrefs(createKeyValueStore(storage), ['fr', 'en']);
    expect(again.language()).toBe('fr');
    expect(again.motion()).toBe('system');
  });
  it('ignores values it does not know', () => {
    const storage = fakeStorage();
    storage.setItem('beijings-bet.language', 'klingon');
    storage.setItem('beijings-bet.motion', 'warp');
    const prefs = createPrefs(createKeyValueStore(storage), ['fr', 'en']);
    expect(prefs.language()).toBeNull();
    expect(prefs.motion()).toBe('system');
  });
  it('keeps working in memory when storage throws', () => {
    const prefs = createPrefs(createKeyValueStore(throwing), ['fr', 'en']);
    expect(prefs.language()).toBeNull();
    prefs.setLanguage('en');
    prefs.setMotion('reduce');
    expect(prefs.language()).toBe('en');
    expect(prefs.motion()).toBe('reduce');
  });
  it('works with no storage at all', () => {
    const prefs = createPrefs(createKeyValueStore(undefined), ['fr', 'en']);
    prefs.setLanguage('fr');
    expect(prefs.language()).toBe('fr');
  });
});

describe('reduced motion', () => {
  it('follows the device unless the player chose', () => {
    expect(shouldReduceMotion('system', true)).toBe(true);
    expect(shouldReduceMotion('system', false)).toBe(false);
    expect(shouldReduceMotion('reduce', false)).toBe(true);
    expect(shouldReduceMotion('full', true)).toBe(false);
  });
});
