// The dialogs reachable from anywhere: settings, read the source, and the polite "coming soon" panels.
import { h, text } from './dom';
import { comingSoonBody, createPanel, type PanelHandle } from './panels';
import type { UiContext } from './screen-context';
import { settingsBody, type SettingsHandlers } from './settings-panel';

export type PanelId = 'settings' | 'source' | 'players' | 'continue' | 'join' | 'teacher' | 'quit';

export interface AppPanels {
  open(id: PanelId, opener: HTMLElement | null): Promise<void>;
  /** Re-syncs form controls after a settings or language change. */
  sync(): void;
}

export interface AppPanelDeps {
  readonly ctx: UiContext;
  readonly settings: SettingsHandlers;
  /** Loads the namespaces and mounts the Read-the-source view (lazily: it is only needed when opened). */
  mountSource(container: HTMLElement): Promise<unknown>;
  /** Mounts the Players panel once the save layer is open (it lives in the runtime chunk). */
  mountPlayers(container: HTMLElement): Promise<{ refresh(): void }>;
  onQuit(): void;
  onClosed(): void;
}

function quitBody(onQuit: () => void, close: () => void): Node {
  const yes = text('button', 'game:hud.quitYes', { type: 'button', class: 'button primary' });
  const no = text('button', 'game:hud.quitNo', { type: 'button', class: 'button secondary' });
  yes.addEventListener('click', () => {
    close();
    onQuit();
  });
  no.addEventListener('click', close);
  return h('div', {}, text('p', 'game:hud.quitConfirm'), h('div', { class: 'actions' }, no, yes));
}

export function createAppPanels(root: HTMLElement, deps: AppPanelDeps): AppPanels {
  const panels = new Map<PanelId, PanelHandle>();
  const settings = settingsBody(deps.settings);
  const sourceHost = h('div', { class: 'source-host' });
  let source: unknown = null;
  const playersHost = h('div', { class: 'players-host' });
  let players: { refresh(): void } | null = null;
  const add = (id: PanelId, titleKey: string, body: Node, wide = false) => {
    const panel = createPanel(`panel-${id}`, titleKey, body, deps.onClosed);
    if (wide) panel.dialog.classList.add('wide');
    panels.set(id, panel);
    root.append(panel.dialog);
    return panel;
  };
  add('settings', 'panel.settings.title', settings.body);
  add('source', 'panel.source.title', sourceHost, true);
  add('players', 'saves:players.title', playersHost, true);
  for (const id of ['continue', 'join', 'teacher'] as const)
    add(id, `panel.${id}.title`, comingSoonBody(`panel.${id}.body`));
  const quit = add('quit', 'game:hud.quit', h('div', {}));
  quit.dialog
    .querySelector('.panel-body')
    ?.replaceChildren(quitBody(deps.onQuit, () => quit.dialog.close()));
  quit.dialog.querySelector('.panel-foot')?.remove();

  return {
    async open(id, opener) {
      if (id === 'source' && !source) source = await deps.mountSource(sourceHost);
      if (id === 'players') {
        if (!players) players = await deps.mountPlayers(playersHost);
        else players.refresh();
      }
      if (id === 'settings') settings.sync();
      panels.get(id)?.open(opener);
    },
    sync: () => settings.sync(),
  };
}
