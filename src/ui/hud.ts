// The in-game header: year, turn, budget and player, with buttons for the source, settings and the main menu.
import type { GameState } from '../sim';
import type { Translate } from '../services/i18n';
import { bind, h, text } from './dom';

export interface HudHandlers {
  onSource(button: HTMLElement): void;
  onSettings(button: HTMLElement): void;
  onQuit(button: HTMLElement): void;
}

export interface Hud {
  readonly element: HTMLElement;
  update(game: GameState, nickname: string, t: Translate): void;
}

export function createHud(handlers: HudHandlers): Hud {
  const year = h('span', { class: 'hud-year' });
  const turn = h('span', { class: 'hud-turn' });
  const budget = h('span', { class: 'hud-budget' });
  const player = h('span', { class: 'hud-player' });
  const button = (key: string, onClick: (b: HTMLElement) => void) => {
    const b = text('button', key, { type: 'button', class: 'hud-button' });
    b.addEventListener('click', () => onClick(b));
    return b;
  };
  const element = h(
    'header',
    { class: 'hud' },
    h(
      'section',
      { class: 'hud-status', 'aria-labelledby': 'hud-status-label' },
      text('h2', 'game:hud.status', { id: 'hud-status-label', class: 'visually-hidden' }),
      year,
      turn,
      budget,
      player,
    ),
    h(
      'div',
      { class: 'hud-actions' },
      button('game:hud.source', handlers.onSource),
      button('game:hud.settings', handlers.onSettings),
      button('game:hud.quit', handlers.onQuit),
    ),
  );
  return {
    element,
    update(game, nickname, t) {
      bind(year, 'game:hud.year', t, { year: game.year });
      bind(turn, 'game:hud.turn', t, {
        turn: game.year - game.firstYear + 1,
        total: game.lastYear - game.firstYear + 1,
      });
      bind(budget, 'game:hud.budget', t, { amount: game.budget });
      if (nickname) bind(player, 'game:hud.player', t, { name: nickname });
      player.hidden = !nickname;
    },
  };
}
