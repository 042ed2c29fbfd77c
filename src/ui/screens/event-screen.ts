// The event card: what happened, two choices with their trade-offs, and where the event comes from.
import type { GameState } from '../../sim';
import { bind, h, text } from '../dom';
import type { Screen, UiContext } from '../screen-context';
import illustrationUrl from '../../../assets/images/event-card.svg';

export function mountEventScreen(
  container: HTMLElement,
  ctx: UiContext,
  game: GameState,
  onChoose: (optionId: string) => void,
): Screen {
  const event = game.event;
  const card = h('article', { class: 'card event', 'aria-labelledby': 'event-title' });
  if (!event) return { element: card, destroy: () => card.remove() };
  const kicker = h('p', { class: 'kicker' });
  // Each card dates itself: a historical card gives the date it happened, a drawn one says "Scenario".
  bind(kicker, `events:${event.id}.kicker`, ctx.t, { year: game.year });
  const options = event.options.map((optionId) => {
    const base = `events:${event.id}.options.${optionId}`;
    const button = h(
      'button',
      { type: 'button', class: 'option-button', 'aria-describedby': `event-hint-${optionId}` },
      text('span', `${base}.label`, { class: 'option-title' }),
    );
    button.addEventListener('click', () => {
      for (const b of card.querySelectorAll('button')) b.disabled = true;
      onChoose(optionId);
    });
    return h(
      'li',
      {},
      button,
      text('p', `${base}.hint`, { id: `event-hint-${optionId}`, class: 'option-hint' }),
    );
  });
  card.append(
    h('img', {
      class: 'event-illustration',
      src: illustrationUrl,
      alt: '',
      width: '160',
      height: '110',
    }),
    kicker,
    text('h2', `events:${event.id}.title`, { id: 'event-title', tabindex: '-1' }),
    text('p', `events:${event.id}.body`, { class: 'event-body' }),
    h(
      'section',
      { 'aria-labelledby': 'event-choose' },
      text('h3', 'game:event.choose', { id: 'event-choose' }),
      h('ul', { class: 'options' }, ...options),
    ),
    h(
      'p',
      { class: 'source' },
      text('strong', 'game:event.source'),
      document.createTextNode(' '),
      text('span', `events:${event.id}.source`),
    ),
  );
  container.append(card);
  return { element: card, destroy: () => card.remove() };
}
