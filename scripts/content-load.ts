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
import { defaultContent } from '../src/content/index';
import type { ContentInput } from './content-types';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ARTICLE_PATH = join(ROOT, 'tests', 'fixtures', 'article-fr.txt');
export const LOCALES_DIR = join(ROOT, 'locales');
export const DOCS_DIR = join(ROOT, 'docs');

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

/** Every French text a player or teacher reads: locales/fr/*.json (parsed) and docs/*.fr.md (raw). */
export function loadFrenchFiles(): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  const fr = join(LOCALES_DIR, 'fr');
  for (const name of readdirSync(fr)
    .filter((n) => n.endsWith('.json'))
    .sort())
    files[`locales/fr/${name}`] = readJson(join(fr, name));
  for (const name of readdirSync(DOCS_DIR)
    .filter((n) => n.endsWith('.fr.md'))
    .sort())
    files[`docs/${name}`] = readFileSync(join(DOCS_DIR, name), 'utf8');
  return files;
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
    events: defaultContent.events,
    frenchFiles: loadFrenchFiles(),
    bank: QUESTION_BANK,
    sections: ARTICLE_SECTIONS,
    sourceQuotes: SOURCE_QUOTES,
    glossaryIds: GLOSSARY_IDS,
    locales,
  };
}
