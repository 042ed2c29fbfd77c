// First-visit language choice, the remembered choice, and the dev pseudo-locale.
import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../src/services/language';
import { pseudoLocalize, pseudoLocalizeString } from '../../src/services/pseudo-locale';
import enUi from '../../locales/en/ui.json';

const base = {
  supported: ['fr', 'en'],
  query: null,
  stored: null,
  browser: [] as string[],
  allowPseudo: false,
};

describe('pickLanguage', () => {
  it('follows a French or English browser on the first visit', () => {
    expect(pickLanguage({ ...base, browser: ['fr-CA', 'en'] })).toBe('fr');
    expect(pickLanguage({ ...base, browser: ['en-GB'] })).toBe('en');
  });
  it('takes the first supported language the browser lists, else English', () => {
    expect(pickLanguage({ ...base, browser: ['de-DE', 'fr-FR'] })).toBe('fr');
    expect(pickLanguage({ ...base, browser: ['de-DE', 'zh-CN'] })).toBe('en');
    expect(pickLanguage(base)).toBe('en');
  });
  it('prefers the remembered choice over the browser, and ?lang= over both', () => {
    expect(pickLanguage({ ...base, stored: 'en', browser: ['fr-FR'] })).toBe('en');
    expect(pickLanguage({ ...base, query: 'fr', stored: 'en' })).toBe('fr');
  });
  it('reads ?lang= whatever its case or region', () => {
    expect(pickLanguage({ ...base, query: 'FR', stored: 'en' })).toBe('fr');
    expect(pickLanguage({ ...base, query: ' fr-CA ', stored: 'en' })).toBe('fr');
    expect(pickLanguage({ ...base, query: 'EN_gb', browser: ['fr'] })).toBe('en');
    expect(pickLanguage({ ...base, query: 'xx', browser: ['fr'] })).toBe('fr');
  });
  it('picks up a language added as a new locales folder', () => {
    expect(pickLanguage({ ...base, supported: ['fr', 'en', 'es'], browser: ['es-MX'] })).toBe('es');
    expect(pickLanguage({ ...base, browser: ['es-MX'] })).toBe('en');
  });
  it('ignores unknown or hostile stored values', () => {
    expect(pickLanguage({ ...base, stored: '<script>', browser: ['fr'] })).toBe('fr');
  });
  it('offers the pseudo-locale only in development', () => {
    expect(pickLanguage({ ...base, query: 'pseudo', allowPseudo: true })).toBe('pseudo');
    expect(pickLanguage({ ...base, query: 'pseudo', allowPseudo: false, browser: ['fr'] })).toBe(
      'fr',
    );
  });
});

describe('pseudo-locale', () => {
  it('accents letters and makes text at least 40% longer', () => {
    const out = pseudoLocalizeString('New game');
    expect(out).toContain('Ñéw');
    expect(out.length).toBeGreaterThanOrEqual(Math.ceil('New game'.length * 1.4));
  });
  it('keeps placeholders, nesting and tags intact', () => {
    const out = pseudoLocalizeString('Year {{year}} of $t(app.title) <0>now</0>');
    expect(out).toContain('{{year}}');
    expect(out).toContain('$t(app.title)');
    expect(out).toContain('<0>');
    expect(out).toContain('</0>');
  });
  it('transforms every string of a namespace and keeps its keys', () => {
    const pseudo = pseudoLocalize(enUi) as typeof enUi;
    expect(Object.keys(pseudo.menu)).toEqual(Object.keys(enUi.menu));
    expect(pseudo.menu.newGame).not.toBe(enUi.menu.newGame);
  });
});
