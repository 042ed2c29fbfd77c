// @vitest-environment happy-dom
// The game's locale files are asked for only when something first needs them (after the title is painted), then for both languages.
import { describe, expect, it } from 'vitest';
import { createAppEvents } from '../../../src/app/events';
import { createLanguageState } from '../../../src/app/language';
import { createKeyValueStore } from '../../../src/services/storage-local';
import { createSettingsStore } from '../../../src/services/settings';

async function state() {
  const settings = createSettingsStore(createKeyValueStore(undefined), ['fr', 'en']);
  return createLanguageState(settings, createAppEvents(), {
    supported: ['fr', 'en'],
    allowPseudo: false,
    query: 'fr',
    browser: [],
  });
}

describe('the language state', () => {
  it('has the interface strings at once but loads no game namespace before ready() is called', async () => {
    const { i18n, ready } = await state();
    expect(i18n.hasResourceBundle('fr', 'ui')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(i18n.hasResourceBundle('fr', 'game')).toBe(false);
    await ready();
    expect(i18n.hasResourceBundle('fr', 'game')).toBe(true);
    // The other language too: any question can be shown in it.
    expect(i18n.hasResourceBundle('en', 'quiz')).toBe(true);
  });

  it('shares one load between callers', async () => {
    const { ready } = await state();
    expect(ready()).toBe(ready());
  });
});
