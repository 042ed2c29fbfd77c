// The teacher guide as a page of its own, in the page's language (French or English), readable offline.
import { h, text } from '../dom';
import type { UiContext } from '../screen-context';
import { loadGuide, renderGuide } from './guide-view';

export function guideScreen(ctx: UiContext, host: HTMLElement, onClose: () => void) {
  const heading = text('h2', 'class:teacher.guide', { id: 'class-guide-heading', tabindex: '-1' });
  const close = text('button', 'class:guide.close', {
    type: 'button',
    class: 'button secondary',
    id: 'class-guide-close',
  });
  close.addEventListener('click', onClose);
  const body = h('div', { class: 'guide-body' });
  const card = h(
    'article',
    { class: 'card class-card class-guide', 'aria-labelledby': 'class-guide-heading' },
    h('div', { class: 'class-top' }, heading, close),
    body,
  );
  host.append(card);
  let language = '';
  const paint = async () => {
    if (language === ctx.language()) return;
    language = ctx.language();
    const markdown = await loadGuide(language);
    // The guide's own first heading repeats the page heading: it is left out.
    const content = markdown ? renderGuide(markdown.replace(/^#\s.*\n/, ''), 3) : h('p');
    body.replaceChildren(content);
  };
  return {
    async open() {
      heading.textContent = ctx.t('class:teacher.guide');
      await paint();
      heading.focus();
    },
    refresh() {
      heading.textContent = ctx.t('class:teacher.guide');
      void paint();
    },
    destroy() {
      card.remove();
    },
  };
}
