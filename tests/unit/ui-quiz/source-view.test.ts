// @vitest-environment happy-dom
// "Read the source": the intro note, six sections with summaries and French quotes plus translations, a working table of contents and the bilingual glossary.
import { afterEach, describe, expect, it } from 'vitest';
import { translateTree } from '../../../src/ui/dom';
import { GLOSSARY_IDS, SOURCE_QUOTES } from '../../../src/content/questions';
import { SECTION_IDS } from '../../../src/sim/quiz';
import { mountSourceView } from '../../../src/ui/source-view';
import { createContext } from './harness';

afterEach(() => document.body.replaceChildren());

describe('the source view', () => {
  it('renders the note, every section with its quotes and translations', async () => {
    const ctx = await createContext('en');
    const view = mountSourceView(document.body, ctx);
    expect(view.element.textContent).toContain(ctx.t('source:note'));
    expect(view.element.textContent).toContain(ctx.t('source:origin'));
    expect(ctx.t('source:origin')).toMatch(/no title, no author and no date.*2025/);
    const sections = [...view.element.querySelectorAll('section')];
    expect(sections).toHaveLength(SECTION_IDS.length + 1);
    SECTION_IDS.forEach((id, index) => {
      const section = sections[index];
      expect(section?.querySelector('h3')?.textContent).toBe(ctx.t(`source:sections.${id}.title`));
      expect(section?.textContent).toContain(ctx.t(`source:sections.${id}.summary`));
      const quotes = [...(section?.querySelectorAll('blockquote[lang="fr"]') ?? [])].map(
        (q) => q.textContent,
      );
      expect(quotes).toEqual(SOURCE_QUOTES[id].map((q) => q.quote));
      const translations = [...(section?.querySelectorAll('p[lang="en"]') ?? [])].map(
        (p) => p.textContent,
      );
      expect(translations).toEqual(
        SOURCE_QUOTES[id].map((q) => ctx.t(`source:sections.${id}.quotes.${q.id}`)),
      );
    });
  });

  it('lists the glossary with French and English terms and a definition in the current language', async () => {
    const ctx = await createContext('fr');
    const view = mountSourceView(document.body, ctx);
    const entries = [...view.element.querySelectorAll('dl > div')];
    expect(entries).toHaveLength(GLOSSARY_IDS.length);
    GLOSSARY_IDS.forEach((id, index) => {
      const entry = entries[index];
      expect(entry?.querySelector('dt [lang="fr"]')?.textContent).toBe(
        ctx.tIn('fr')(`source:glossary.${id}.term`),
      );
      expect(entry?.querySelector('dt [lang="en"]')?.textContent).toBe(
        ctx.tIn('en')(`source:glossary.${id}.term`),
      );
      expect(entry?.querySelector('dd')?.textContent).toBe(
        ctx.tIn('fr')(`source:glossary.${id}.definition`),
      );
    });
    // A French player gets English translations of the quotes.
    expect(view.element.querySelector('.source-quote p[lang="en"]')?.textContent).not.toBe('');
  });

  it('moves focus to a section from the table of contents, without changing the URL', async () => {
    const ctx = await createContext('en');
    const view = mountSourceView(document.body, ctx);
    const links = [...view.element.querySelectorAll<HTMLAnchorElement>('nav a')];
    expect(links).toHaveLength(SECTION_IDS.length + 1);
    const before = window.location.hash;
    const target = links[3];
    target?.click();
    const heading = document.activeElement;
    expect(heading?.tagName).toBe('H3');
    expect(`#${heading?.id}`).toBe(target?.getAttribute('href'));
    expect(window.location.hash).toBe(before);
  });

  it('switches language in place', async () => {
    const ctx = await createContext('en');
    const view = mountSourceView(document.body, ctx);
    ctx.setLanguage('fr');
    translateTree(document.body, ctx.t);
    expect(view.element.querySelector('h3')?.textContent).toBe('Sommaire');
    expect(view.element.querySelector('.source-section h3')?.textContent).toBe(
      ctx.tIn('fr')('source:sections.intro.title'),
    );
  });
});
