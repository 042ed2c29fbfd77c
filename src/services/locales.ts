// Discovers the shipped languages from the locales/ folders, so adding a language means adding a folder.
import type { Resource } from './pseudo-locale';

const uiModules = import.meta.glob<Resource>('../../locales/*/ui.json', {
  eager: true,
  import: 'default',
});

/** ui namespace per language code, e.g. { en: {...}, fr: {...} }. */
export const UI_RESOURCES: Readonly<Record<string, Resource>> = Object.fromEntries(
  Object.entries(uiModules).map(([path, resource]) => [path.split('/').at(-2) ?? path, resource]),
);

/** Language codes in a stable order: French and English first, then any added language alphabetically. */
export const LANGUAGES: readonly string[] = Object.keys(UI_RESOURCES).sort((a, b) => {
  const rank = (code: string) => ['fr', 'en'].indexOf(code) >>> 0;
  return rank(a) - rank(b) || a.localeCompare(b);
});
