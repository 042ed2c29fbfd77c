// Shared helpers for the game screens' view tests: i18next with the game's namespaces and number formats, and a recording context.
import type { i18n as I18n } from 'i18next';
import type { UiContext } from '../../../src/ui/screen-context';
import { createTestI18n } from '../../support/i18n';

const NAMESPACES = ['ui', 'game', 'model', 'events'] as const;

/** Like the game's instance: the same `{{x, signed}}`, `{{x, upTo1}}`… formats as services/i18n.ts. */
export async function makeGameI18n(language: string): Promise<I18n> {
  return createTestI18n(language, NAMESPACES, 'game');
}

export function gameContext(i18n: I18n): UiContext {
  return {
    t: (key, options) => i18n.t(key, options),
    tIn: (lng) => (key, options) => i18n.t(key, { ...options, lng }),
    language: () => i18n.language,
    otherLanguage: () => (i18n.language === 'fr' ? 'en' : 'fr'),
    announce: () => undefined,
    cue: () => undefined,
  };
}
