// The title screen: game title, main menu, language switch and engine progress, as real DOM controls over the canvas.
import type { MotionSetting } from '../services/motion';
import { h, text } from './dom';
import { icon } from './icons';
import { comingSoonBody, createPanel, type PanelHandle } from './panels';
import { settingsBody } from './settings-panel';
import sealUrl from '../../assets/images/seal.svg';

export const MENU_ENTRIES = [
  'newGame',
  'continue',
  'join',
  'teacher',
  'source',
  'settings',
] as const;
export type MenuEntry = (typeof MENU_ENTRIES)[number];

export interface TitleScreenDeps {
  readonly languages: readonly string[];
  language(): string;
  motion(): MotionSetting;
  onLanguage(language: string): void;
  onMotion(setting: MotionSetting): void;
  onPanel(entry: MenuEntry, open: boolean): void;
}

export interface TitleScreen {
  /** Brings pressed states and radio buttons in line after a language or motion change. */
  sync(): void;
  readonly progressSlot: HTMLElement;
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
      'aria-haspopup': 'dialog',
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

function panelFor(
  entry: MenuEntry,
  deps: TitleScreenDeps,
  onClose: () => void,
): { panel: PanelHandle; sync?: () => void } {
  if (entry === 'settings') {
    const settings = settingsBody(deps);
    return {
      panel: createPanel('panel-settings', 'panel.settings.title', settings.body, onClose),
      sync: settings.sync,
    };
  }
  return {
    panel: createPanel(
      `panel-${entry}`,
      `panel.${entry}.title`,
      comingSoonBody(`panel.${entry}.body`),
      onClose,
    ),
  };
}

export function mountTitleScreen(root: HTMLElement, deps: TitleScreenDeps): TitleScreen {
  const progressSlot = h('div', { class: 'progress-slot' });
  const menu = h('ul', { class: 'menu' });
  const syncers: (() => void)[] = [];
  for (const entry of MENU_ENTRIES) {
    const button = menuButton(entry);
    const { panel, sync } = panelFor(entry, deps, () => deps.onPanel(entry, false));
    if (sync) syncers.push(sync);
    button.addEventListener('click', () => {
      sync?.();
      panel.open(button);
      deps.onPanel(entry, true);
    });
    menu.append(h('li', {}, button));
    root.append(panel.dialog);
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
    { id: 'main', tabindex: '-1', class: 'title-main-area' },
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
  root.prepend(
    text('a', 'a11y.skipToMenu', { class: 'skip-link', href: '#main' }),
    header,
    main,
    footer,
  );

  const sync = () => {
    for (const button of root.querySelectorAll<HTMLButtonElement>('.language-switch button')) {
      button.setAttribute('aria-pressed', String(button.dataset.language === deps.language()));
    }
    for (const syncPanel of syncers) syncPanel();
  };
  sync();
  return { sync, progressSlot };
}
