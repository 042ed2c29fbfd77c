// Test harness for the quiz views: a real i18next instance fed from the locale files and a fake UI context that records announcements and cues.
import { createTestI18n } from '../../support/i18n';
import { QUESTION_BANK } from '../../../src/content/questions';
import { prepareQuestion, type QuestionType, type QuizQuestion } from '../../../src/sim/quiz';
import type { UiContext } from '../../../src/ui/screen-context';

const NAMESPACES = ['ui', 'quiz', 'source', 'checkpoint', 'game'] as const;

export interface FakeContext extends UiContext {
  readonly announced: string[];
  readonly cues: string[];
  setLanguage(lang: string): void;
}

export async function createContext(language = 'en'): Promise<FakeContext> {
  const instance = await createTestI18n(language, NAMESPACES);
  let current = language;
  const announced: string[] = [];
  const cues: string[] = [];
  return {
    announced,
    cues,
    t: (key, options) => instance.t(key, { lng: current, ...options }),
    tIn: (lang) => (key, options) => instance.t(key, { ...options, lng: lang }),
    language: () => current,
    otherLanguage: () => (current === 'fr' ? 'en' : 'fr'),
    announce: (message) => announced.push(message),
    cue: (sound) => cues.push(sound),
    setLanguage: (lang) => {
      current = lang;
    },
  };
}

/** A real question of the given type from the bank (optionally by id). */
export function questionOf<T extends QuestionType>(
  type: T,
  id?: string,
): QuizQuestion & { type: T } {
  const found = QUESTION_BANK.find((q) => q.type === type && (id === undefined || q.id === id));
  if (!found) throw new Error(`no ${type} question ${id ?? ''}`);
  return found as QuizQuestion & { type: T };
}

export function prepared(question: QuizQuestion) {
  return prepareQuestion(question, 12345, 0);
}

export function submit(root: ParentNode): void {
  const form = root.querySelector('form');
  if (!form) throw new Error('no form');
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

export function byText(root: ParentNode, selector: string, text: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>(selector)].find((el) =>
    el.textContent?.includes(text),
  );
  if (!found) throw new Error(`no ${selector} with "${text}"`);
  return found;
}
