// The title screen: game title, main menu, language switch and engine progress, as real DOM controls over the canvas.
import type { Translate } from '../services/i18n';
import { bind, h, text } from './dom';
import { icon } from './icons';
import sealUrl from '../../assets/images/seal.svg';

export const MENU_ENTRIES = [
  'newGame',
  'continue',
  'players',
  'join',
  'teacher',
  'source',
  'settings',
] as const;
export type MenuEntry = (typeof MENU_ENTRIES)[number];

export interface TitleScreenDeps {
  readonly languages: readonly string[];
  language(): string;
  onLanguage(language: string): void;
  /** A menu entry was chosen; the opener gets focus back when whatever it opens is closed. */
  onMenu(entry: MenuEntry, opener: HTMLElement): void;
}

export interface TitleScreen {
  readonly element: HTMLElement;
  /** Brings the language switch's pressed state in line after a change. */
  sync(): void;
  readonly progressSlot: HTMLElement;
  /** Shows or hides the title (the game screens replace it). */
  setVisible(visible: boolean): void;
  /** Says on the Continue entry whether there is a game to continue (it still explains if not). */
  setSaved(saved: boolean, t: Translate): void;
}

function languageSwitch(deps: TitleScreenDeps): HTMLElement {
  const buttons = deps.languages.map((lang) => {
    const button = text('button', 'meta.name', {
      'data-lng': lang,
      type: 'button',
      lang,
      'data-language': lang,
    });
    button.addEventListener('click', () => deps.onLanguage(lang));
    return button;
  });
  return h(
    'div',
    { class: 'language-switch', role: 'group', 'aria-labelledby': 'language-switch-label' },
    text('span', 'a11y.languageGroup', { id: 'language-switch-label', class: 'visually-hidden' }),
    ...buttons,
  );
}

function menuButton(entry: MenuEntry): HTMLButtonElement {
  const button = h(
    'button',
    {
      type: 'button',
      id: `menu-${entry}`,
      class: entry === 'newGame' ? 'menu-item primary' : 'menu-item',
      'aria-labelledby': `menu-${entry}-label`,
      'aria-describedby': `menu-${entry}-hint`,
    },
    icon(entry),
    h(
      'span',
      { class: 'menu-text' },
      text('span', `menu.${entry}`, { id: `menu-${entry}-label`, class: 'menu-label' }),
      text('span', `menu.${entry}Hint`, { id: `menu-${entry}-hint`, class: 'menu-hint' }),
    ),
  );
  return button;
}

export function mountTitleScreen(root: HTMLElement, deps: TitleScreenDeps): TitleScreen {
  const progressSlot = h('div', { class: 'progress-slot' });
  const menu = h('ul', { class: 'menu' });
  for (const entry of MENU_ENTRIES) {
    const button = menuButton(entry);
    button.addEventListener('click', () => deps.onMenu(entry, button));
    menu.append(h('li', {}, button));
  }
  const header = h(
    'header',
    { class: 'title-header' },
    h(
      'div',
      { class: 'brand' },
      h('img', { class: 'seal', src: sealUrl, alt: '', width: '88', height: '88' }),
      h(
        'h1',
        { class: 'game-title' },
        text('span', 'app.title', { class: 'title-main' }),
        text('span', 'app.otherTitle', { class: 'title-other' }),
      ),
    ),
    languageSwitch(deps),
  );
  const main = h(
    'main',
    { id: 'main', tabindex: '-1', class: 'title-main-area page-main' },
    text('p', 'app.tagline', { class: 'tagline' }),
    h(
      'nav',
      { 'aria-labelledby': 'main-menu-heading' },
      text('h2', 'a11y.mainMenu', { id: 'main-menu-heading', class: 'visually-hidden' }),
      menu,
    ),
  );
  const footer = h(
    'footer',
    { class: 'title-footer' },
    text('p', 'app.disclaimer', { class: 'disclaimer' }),
    progressSlot,
  );
  const element = h('div', { class: 'title-screen' }, header, main, footer);
  root.append(element);

  const sync = () => {
    for (const button of root.querySelectorAll<HTMLButtonElement>('.language-switch button')) {
      button.setAttribute('aria-pressed', String(button.dataset.language === deps.language()));
    }
  };
  sync();
  return {
    element,
    sync,
    progressSlot,
    setVisible(visible) {
      element.hidden = !visible;
    },
    setSaved(saved, t) {
      // Still focusable and pressable (it opens a short explanation), but marked unavailable.
      const button = root.querySelector<HTMLButtonElement>('#menu-continue');
      const hint = root.querySelector<HTMLElement>('#menu-continue-hint');
      if (!button || !hint) return;
      button.setAttribute('aria-disabled', String(!saved));
      bind(hint, saved ? 'menu.continueHint' : 'menu.continueNone', t);
    },
  };
}
