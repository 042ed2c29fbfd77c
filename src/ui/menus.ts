// The title's menu and the dialogs around it (settings, read the source, players, quit), mounted from what the root knows.
import type { AppEvents } from '../app/events';
import type { Settings } from '../services/settings';
import { createAppPanels, type AppPanels, type ClassPanel, type ClassPanelId } from './app-panels';
import { text, translateTree } from './dom';
import type { UiContext } from './screen-context';
import type { Shell } from './shell';
import { mountTitleScreen, type MenuEntry, type TitleScreen } from './title-screen';

export interface MenusDeps {
  readonly shell: Shell;
  /** Menus re-sync their controls after a language change. */
  readonly events: AppEvents;
  readonly languages: readonly string[];
  language(): string;
  settings(): Settings;
  onLanguage(next: string): void;
  onSettings(change: Partial<Settings>): void;
  /** Namespaces for the source view, loaded in the background. */
  ready(): Promise<void>;
  /** "New game" and "Continue": they need the runtime chunk. */
  onGame(entry: 'newGame' | 'continue', opener: HTMLElement): void;
  /** The Players panel's body, from the runtime chunk. */
  players(): Promise<{ body: HTMLElement; refresh(): void }>;
  /** The classroom panels' bodies ("Join a class session", "Teacher"), from the runtime chunk. */
  classroom(id: ClassPanelId, container: HTMLElement): Promise<ClassPanel>;
  onQuit(): void;
}

export function mountMenus(
  overlay: HTMLElement,
  deps: MenusDeps,
): { title: TitleScreen; panels: AppPanels } {
  const ctx: UiContext = deps.shell.ctx;
  // The skip link exists from the first frame; whichever <main> is visible carries id="main".
  overlay.append(text('a', 'a11y.skipToContent', { class: 'skip-link', href: '#main' }));
  const title = mountTitleScreen(overlay, {
    languages: deps.languages,
    language: deps.language,
    onLanguage: deps.onLanguage,
    onMenu: (entry: MenuEntry, opener) => {
      // Only a game needs the runtime chunk; every other entry opens at once, even while it loads.
      if (entry === 'newGame' || entry === 'continue') deps.onGame(entry, opener);
      else void panels.open(entry, opener);
    },
  });
  const panels = createAppPanels(document.body, {
    ctx,
    settings: {
      languages: deps.languages,
      canReadAloud: deps.shell.speech.available,
      language: deps.language,
      settings: deps.settings,
      onLanguage: deps.onLanguage,
      onChange: deps.onSettings,
    },
    async mountSource(container) {
      await deps.ready();
      const { mountSourceView } = await import('./source-view');
      const view = mountSourceView(container, ctx);
      translateTree(container, ctx.t);
      return view;
    },
    async mountPlayers(container) {
      const players = await deps.players();
      container.append(players.body);
      translateTree(container, ctx.t);
      return players;
    },
    async mountClass(id, container) {
      const body = await deps.classroom(id, container);
      translateTree(container, ctx.t);
      return body;
    },
    onQuit: deps.onQuit,
    onClosed: () => undefined,
  });
  deps.events.on('language', () => {
    title.sync();
    panels.sync();
  });
  return { title, panels };
}
