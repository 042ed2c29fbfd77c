// Every locale namespace must have the same keys and the same {{placeholders}} in French and English.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = 'locales';
type Tree = { [key: string]: string | Tree };

/** Flattens a namespace into "a.b.c" → text; i18next plural suffixes are kept as they are. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}|\$t\(([^)]+)\)/g)]
    .map((m) => m[1] ?? m[2] ?? '')
    .sort();
}

function load(lang: string, file: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')) as Tree);
}

const namespaces = readdirSync(join(LOCALES, 'en')).filter((f) => f.endsWith('.json'));
const languages = readdirSync(LOCALES).filter((d) => !d.startsWith('.'));

describe('locale parity', () => {
  it('ships French and English, each with the same namespace files', () => {
    expect(languages).toEqual(expect.arrayContaining(['en', 'fr']));
    for (const lang of languages) {
      expect(
        readdirSync(join(LOCALES, lang))
          .filter((f) => f.endsWith('.json'))
          .sort(),
      ).toEqual([...namespaces].sort());
    }
  });

  describe.each(namespaces)('%s', (file) => {
    const english = load('en', file);
    it.each(languages.filter((l) => l !== 'en'))(
      'has the same keys in %s as in English',
      (lang) => {
        const other = load(lang, file);
        expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
      },
    );
    it.each(languages.filter((l) => l !== 'en'))(
      'has the same placeholders in %s as in English',
      (lang) => {
        const other = load(lang, file);
        const mismatches = [...english].filter(
          ([key, text]) =>
            other.has(key) &&
            placeholders(text).join() !== placeholders(other.get(key) ?? '').join(),
        );
        expect(mismatches.map(([key]) => key)).toEqual([]);
      },
    );
    it.each(languages)('has no empty text in %s', (lang) => {
      const empty = [...load(lang, file)]
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => key);
      expect(empty).toEqual([]);
    });
  });
});

describe('the parity helpers', () => {
  it('sees a missing placeholder', () => {
    expect(placeholders('Year {{year}}: {{ amount }} billion')).toEqual(['amount', 'year']);
    expect(placeholders('Année {{year}}')).not.toEqual(placeholders('Year {{year}} {{amount}}'));
  });
  it('flattens nested keys', () => {
    expect([...flatten({ a: { b: 'x', c: { d: 'y' } } }).keys()]).toEqual(['a.b', 'a.c.d']);
  });
});

describe('language discovery', () => {
  it('lists every locales folder, French and English first', async () => {
    const { LANGUAGES, UI_RESOURCES } = await import('../../src/services/locales');
    expect(LANGUAGES.slice(0, 2)).toEqual(['fr', 'en']);
    expect([...LANGUAGES].sort()).toEqual([...languages].sort());
    expect(UI_RESOURCES.fr?.meta).toEqual({ name: 'Français' });
  });
});
