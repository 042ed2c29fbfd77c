// Test harness for the classroom screens: a real i18next instance with the classroom namespaces and a context that records announcements.
import { createTestI18n } from '../../support/i18n';
import type { UiContext } from '../../../src/ui/screen-context';

const NAMESPACES = ['ui', 'game', 'class', 'codes', 'quiz', 'source', 'results', 'model', 'events'];

export interface ClassContext extends UiContext {
  readonly announced: string[];
}

export async function classContext(language = 'en'): Promise<ClassContext> {
  const instance = await createTestI18n(language, NAMESPACES);
  const announced: string[] = [];
  return {
    announced,
    t: (key, options) => instance.t(key, { lng: language, ...options }),
    tIn: (lang) => (key, options) => instance.t(key, { ...options, lng: lang }),
    language: () => language,
    otherLanguage: () => (language === 'fr' ? 'en' : 'fr'),
    announce: (message) => announced.push(message),
    cue: () => undefined,
  };
}
