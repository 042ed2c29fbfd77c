// Reads everything content:check needs from disk (article fixture, every locale folder's quiz.json and source.json) into plain data.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ARTICLE_SECTIONS,
  GLOSSARY_IDS,
  QUESTION_BANK,
  SOURCE_QUOTES,
} from '../src/content/questions/index';
import type { ContentInput } from './content-validate';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ARTICLE_PATH = join(ROOT, 'tests', 'fixtures', 'article-fr.txt');
export const LOCALES_DIR = join(ROOT, 'locales');

/** The source language comes first; the others follow alphabetically. */
export function languageFolders(localesDir = LOCALES_DIR): string[] {
  return readdirSync(localesDir)
    .filter((name) => statSync(join(localesDir, name)).isDirectory())
    .sort((a, b) => (a === 'fr' ? -1 : b === 'fr' ? 1 : a.localeCompare(b)));
}

function readJson(path: string): unknown {
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

export function loadContent(): ContentInput {
  const locales: ContentInput['locales'] = {};
  for (const lang of languageFolders()) {
    locales[lang] = {
      quiz: readJson(join(LOCALES_DIR, lang, 'quiz.json')),
      source: readJson(join(LOCALES_DIR, lang, 'source.json')),
    };
  }
  return {
    article: readFileSync(ARTICLE_PATH, 'utf8'),
    bank: QUESTION_BANK,
    sections: ARTICLE_SECTIONS,
    sourceQuotes: SOURCE_QUOTES,
    glossaryIds: GLOSSARY_IDS,
    locales,
  };
}
