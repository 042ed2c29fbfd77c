// Shared helpers of the classroom tests: class settings arbitraries, the game's real rules and bank, and the locale keys of `codes`.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import { defaultContent } from '../../../src/content';
import { QUESTION_BANK } from '../../../src/content/questions';
import { DIFFICULTIES, LENGTHS, quizContent, type SessionEnv } from '../../../src/sim';
import {
  CLASS_LANGUAGES,
  CLASS_SEED_LIMIT,
  TIMER_CHOICES,
  type ClassSettings,
  type CodeError,
} from '../../../src/services/classroom';

export const env: SessionEnv = { content: defaultContent, quiz: quizContent(QUESTION_BANK) };

export const classSettings: fc.Arbitrary<ClassSettings> = fc.record({
  length: fc.constantFrom(...LENGTHS),
  difficulty: fc.constantFrom(...DIFFICULTIES),
  language: fc.constantFrom(...CLASS_LANGUAGES),
  checkpoints: fc.boolean(),
  timerSeconds: fc.constantFrom(...TIMER_CHOICES),
  seed: fc.integer({ min: 0, max: CLASS_SEED_LIMIT - 1 }),
  rules: fc.constantFrom(1, 2),
});

type Tree = { [key: string]: string | Tree };
function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}
const load = (lang: string) =>
  new Set(keysOf(JSON.parse(readFileSync(`locales/${lang}/codes.json`, 'utf8')) as Tree));
export const CODE_KEYS = { en: load('en'), fr: load('fr') };

/** Fails unless the error is a translated reason: its key exists in both languages. */
export function expectTranslated(error: CodeError): void {
  expect(CODE_KEYS.en.has(error.key), error.key).toBe(true);
  expect(CODE_KEYS.fr.has(error.key), error.key).toBe(true);
}

/** The same check without `expect`, for loops of 100,000 runs: true when both languages have the key. */
export const isTranslated = (error: CodeError): boolean =>
  CODE_KEYS.en.has(error.key) && CODE_KEYS.fr.has(error.key);
