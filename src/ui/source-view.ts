// The "Read the source" view: a note on what is shipped and on the article's origin, a table of contents, each article section (summary and short quotes with translations) and a bilingual glossary.
import { SECTION_IDS, type SectionId } from '../sim/quiz';
import { GLOSSARY_IDS, SOURCE_QUOTES } from '../content/questions';
import { h, paint } from './dom';
import { createPainter, uiText, type Painter } from './quiz/painter';
import type { Screen, UiContext } from './screen-context';
import './source-view.css';

const ID_PREFIX = 'source-section-';

/** Quotes are French; their translation is in the player's language, or English for a French player. */
function translationLanguage(ctx: UiContext): string {
  return ctx.language() === 'fr' ? ctx.otherLanguage() : ctx.language();
}

function painted<K extends keyof HTMLElementTagNameMap>(
  painter: Painter,
  tag: K,
  attrs: Record<string, string>,
  compute: (ctx: UiContext) => string,
): HTMLElementTagNameMap[K] {
  const element = h(tag, attrs);
  painter.add(() => {
    element.textContent = compute(painter.ctx);
  });
  return element;
}

/** In-page links scroll and move focus themselves, so the game's URL never changes under it. */
function contents(
  painter: Painter,
  headings: Map<SectionId | 'glossary', HTMLElement>,
): HTMLElement {
  const list = h('ol', { class: 'source-toc-list' });
  for (const [id, heading] of headings) {
    const key = id === 'glossary' ? 'checkpoint:source.glossary' : `source:sections.${id}.title`;
    const link = uiText(painter, 'a', key, { href: `#${heading.id}` });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      heading.scrollIntoView({ block: 'start' });
      heading.focus();
    });
    list.append(h('li', {}, link));
  }
  const headingId = 'source-toc-heading';
  return h(
    'nav',
    { class: 'source-toc', 'aria-labelledby': headingId },
    uiText(painter, 'h3', 'checkpoint:source.contents', { id: headingId }),
    list,
  );
}

function sectionBlock(painter: Painter, id: SectionId, heading: HTMLElement): HTMLElement {
  const quotes = (SOURCE_QUOTES[id] ?? []).map((quote) => {
    const translation = h('p', { class: 'source-translation' });
    const label = h('span', { class: 'source-label' });
    painter.add(({ ui }) => {
      const lang = translationLanguage(painter.ctx);
      label.textContent = ui('checkpoint:source.translation');
      translation.lang = lang;
      translation.textContent = painter.ctx.tIn(lang)(`source:sections.${id}.quotes.${quote.id}`);
    });
    return h(
      'li',
      { class: 'source-quote' },
      h('blockquote', { lang: 'fr' }, h('p', {}, document.createTextNode(quote.quote))),
      h('div', { class: 'source-quote-translation' }, label, translation),
    );
  });
  return h(
    'section',
    { class: 'source-section', 'aria-labelledby': heading.id },
    heading,
    uiText(painter, 'p', `source:sections.${id}.summary`, { class: 'source-summary' }),
    uiText(painter, 'h4', 'checkpoint:source.quotes'),
    h('ul', { class: 'source-quotes' }, ...quotes),
  );
}

/** Each term in French and English (each in its own `lang`), the definition in the player's language. */
function glossary(painter: Painter, heading: HTMLElement): HTMLElement {
  const list = h('dl', { class: 'source-glossary' });
  for (const id of GLOSSARY_IDS) {
    const key = `source:glossary.${id}.term`;
    const fr = painted(painter, 'span', { lang: 'fr', class: 'source-term' }, (ctx) =>
      ctx.tIn('fr')(key),
    );
    const en = painted(painter, 'span', { lang: 'en', class: 'source-term-other' }, (ctx) =>
      ctx.tIn('en')(key),
    );
    const definition = uiText(painter, 'dd', `source:glossary.${id}.definition`);
    list.append(
      h(
        'div',
        { class: 'source-entry' },
        h('dt', {}, fr, document.createTextNode(' / '), en),
        definition,
      ),
    );
  }
  return h(
    'section',
    { class: 'source-section', 'aria-labelledby': heading.id },
    heading,
    uiText(painter, 'p', 'checkpoint:source.glossaryIntro', { class: 'source-summary' }),
    list,
  );
}

export function mountSourceView(container: HTMLElement, ctx: UiContext): Screen {
  const painter = createPainter(ctx);
  const headings = new Map<SectionId | 'glossary', HTMLElement>();
  for (const id of SECTION_IDS) {
    // Focusable headings let the table of contents move keyboard and screen-reader focus.
    headings.set(
      id,
      uiText(painter, 'h3', `source:sections.${id}.title`, {
        id: `${ID_PREFIX}${id}`,
        tabindex: '-1',
      }),
    );
  }
  const glossaryHeading = uiText(painter, 'h3', 'checkpoint:source.glossary', {
    id: `${ID_PREFIX}glossary`,
    tabindex: '-1',
  });
  headings.set('glossary', glossaryHeading);

  const element = h(
    'div',
    { class: 'source-view' },
    h(
      'div',
      { class: 'source-intro' },
      uiText(painter, 'p', 'source:note'),
      // What is known of the article's origin: no title, author or date; its clues date it to 2025.
      uiText(painter, 'p', 'source:origin'),
      uiText(painter, 'p', 'checkpoint:source.intro'),
    ),
    contents(painter, headings),
    ...SECTION_IDS.map((id) => sectionBlock(painter, id, headings.get(id) as HTMLElement)),
    glossary(painter, glossaryHeading),
  );
  container.append(element);
  paint(element, () => painter.repaint());
  return {
    element,
    destroy() {
      painter.clear();
      element.remove();
    },
  };
}
