// The dialogs reachable from anywhere: settings, read the source, and the polite "coming soon" panels.
import { bind, h, text } from './dom';
import { comingSoonBody, createPanel, type PanelHandle } from './panels';
import type { UiContext } from './screen-context';
import { settingsBody, type SettingsHandlers } from './settings-panel';

export type PanelId = 'settings' | 'source' | 'players' | 'continue' | 'join' | 'teacher' | 'quit';

export interface AppPanels {
  /** `finished`: the quit panel is opened from a game that is over, so there is nothing to continue. */
  open(id: PanelId, opener: HTMLElement | null, options?: { finished?: boolean }): Promise<void>;
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
  /**
   * Mounts the classroom panels ("Join a class session", "Teacher") from the runtime chunk; without
   * it they stay the polite "coming soon" placeholders.
   */
  mountClass?(id: ClassPanelId, container: HTMLElement): Promise<ClassPanel>;
  onQuit(): void;
  onClosed(): void;
}

export type ClassPanelId = 'join' | 'teacher';

/** A classroom panel's body: refreshed each time it opens. */
export interface ClassPanel {
  refresh(): void;
}

function quitBody(onQuit: () => void, close: () => void): { body: Node; message: HTMLElement } {
  const yes = text('button', 'game:hud.quitYes', { type: 'button', class: 'button primary' });
  const no = text('button', 'game:hud.quitNo', { type: 'button', class: 'button secondary' });
  yes.addEventListener('click', () => {
    close();
    onQuit();
  });
  no.addEventListener('click', close);
  const message = text('p', 'game:hud.quitConfirm');
  return { body: h('div', {}, message, h('div', { class: 'actions' }, no, yes)), message };
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
  // "Continue" with no saved game explains why, without the "coming soon" badge: it is not coming, it is empty.
  add('continue', 'panel.continue.title', text('p', 'panel.continue.body'));
  const classHosts = new Map<ClassPanelId, { host: HTMLElement; body: ClassPanel | null }>();
  for (const id of ['join', 'teacher'] as const) {
    const host = h('div', { class: `class-host class-host-${id}` });
    if (!deps.mountClass) host.append(comingSoonBody(`panel.${id}.body`));
    classHosts.set(id, { host, body: null });
    add(id, `panel.${id}.title`, host, id === 'teacher');
  }
  const quit = add('quit', 'game:hud.quit', h('div', {}));
  const quitParts = quitBody(deps.onQuit, () => quit.dialog.close());
  quit.dialog.querySelector('.panel-body')?.replaceChildren(quitParts.body);
  quit.dialog.querySelector('.panel-foot')?.remove();

  return {
    async open(id, opener, options = {}) {
      // A finished game cannot be continued: the confirmation says where its score stays instead.
      if (id === 'quit') {
        const key = options.finished ? 'game:hud.quitFinished' : 'game:hud.quitConfirm';
        bind(quitParts.message, key, deps.ctx.t);
      }
      if (id === 'source' && !source) source = await deps.mountSource(sourceHost);
      if (id === 'players') {
        if (!players) players = await deps.mountPlayers(playersHost);
        else players.refresh();
      }
      if ((id === 'join' || id === 'teacher') && deps.mountClass) {
        const classHost = classHosts.get(id);
        if (classHost && !classHost.body)
          classHost.body = await deps.mountClass(id, classHost.host);
        else classHost?.body?.refresh();
      }
      if (id === 'settings') settings.sync();
      panels.get(id)?.open(opener);
    },
    sync: () => settings.sync(),
  };
}
