// An English game context for tests that mount the whole game view (screens, HUD), without sounds or announcements.
import { createTestI18n } from '../../support/i18n';
import type { UiContext } from '../../../src/ui/screen-context';

export async function englishViewContext(): Promise<UiContext> {
  const i18n = await createTestI18n('en', ['game', 'model', 'ui'], 'game');
  return {
    t: (key, options) => i18n.t(key, options),
    tIn: (lng) => (key, options) => i18n.t(key, { ...options, lng }),
    language: () => 'en',
    otherLanguage: () => 'fr',
    announce: () => undefined,
    cue: () => undefined,
  };
}
