// The storage banner at the top of the overlay: tells the player, in words and icons, when progress is not being saved and what to do.
import type { LockChange, SaveResult, StartupProblem } from '../../services/save/contract';
import { h, text } from '../dom';
import type { UiContext } from '../screen-context';
import { translated } from './profile-format';
import './storage-banner.css';

export interface StorageBannerHandlers {
  onExport(): void;
  onDownloadBackup(backupKey: string): void;
  /** Called after the player dismisses a message (focus moved to the banner; the app may move it on). */
  onDismiss?(): void;
}

export interface StorageBanner {
  readonly element: HTMLElement;
  show(problems: readonly StartupProblem[]): void;
  showSaveResult(result: SaveResult): void;
  /** Follows the tab lock: "this tab will not save" while another tab plays, "saves again" once it is back. */
  showLock(change: LockChange): void;
}

type Tone = 'info' | 'warning' | 'error';
// Symbols every system font has (an emoji may show as an empty box on school machines).
const ICONS: Readonly<Record<Tone, string>> = { info: '✔', warning: '⚠', error: '✖' };

export function createStorageBanner(
  ctx: UiContext,
  handlers: StorageBannerHandlers,
): StorageBanner {
  // Both live regions exist from the start: text added to a region already in the page is announced reliably.
  const lasting = h('div', { class: 'storage-banner-region', role: 'status' });
  const fresh = h('div', { class: 'storage-banner-region', role: 'alert' });
  const saveSlot = h('div', { class: 'storage-banner-slot' });
  fresh.append(saveSlot);
  const element = h('div', { class: 'storage-banner', tabindex: '-1' }, lasting, fresh);

  const exportButton = () => {
    const button = text('button', 'saves:banner.export', {
      type: 'button',
      class: 'button primary',
    });
    button.addEventListener('click', () => handlers.onExport());
    return button;
  };

  const message = (
    kind: string,
    tone: Tone,
    key: string,
    buttons: HTMLButtonElement[],
    dismissible: boolean,
  ) => {
    const box = h(
      'div',
      { class: `storage-message ${tone}`, 'data-kind': kind },
      h(
        'p',
        {},
        h(
          'span',
          { class: 'storage-icon', 'aria-hidden': 'true' },
          document.createTextNode(ICONS[tone]),
        ),
        text('strong', `saves:banner.${tone}`),
        document.createTextNode(' '),
        text('span', key),
      ),
    );
    if (dismissible) {
      const dismiss = text('button', 'saves:banner.dismiss', {
        type: 'button',
        class: 'button secondary',
      });
      dismiss.addEventListener('click', () => {
        box.remove();
        element.focus();
        handlers.onDismiss?.();
      });
      buttons.push(dismiss);
    }
    if (buttons.length) box.append(h('div', { class: 'actions' }, ...buttons));
    return translated(box, ctx.t);
  };

  const backupButton = (backupKey: string, number: number, numbered: boolean) => {
    const button = numbered
      ? text(
          'button',
          'saves:banner.downloadBackupNumbered',
          { type: 'button', class: 'button primary' },
          { number },
        )
      : text('button', 'saves:banner.downloadBackup', { type: 'button', class: 'button primary' });
    button.addEventListener('click', () => handlers.onDownloadBackup(backupKey));
    return button;
  };

  const lockedMessage = () => message('locked', 'warning', 'saves:banner.locked', [], false);

  return {
    element,
    show(problems) {
      const lastingMessages: HTMLElement[] = [];
      const freshMessages: HTMLElement[] = [];
      // Memory mode cannot be dismissed: the player must keep seeing that closing the page loses progress.
      if (problems.some((p) => p.code === 'storage/unavailable'))
        lastingMessages.push(
          message('memory', 'warning', 'saves:banner.memory', [exportButton()], false),
        );
      if (problems.some((p) => p.code === 'profile/locked')) lastingMessages.push(lockedMessage());
      const corrupt = problems.flatMap((p) => (p.code === 'document/corrupt' ? [p.backupKey] : []));
      if (corrupt.length)
        freshMessages.push(
          message(
            'corrupt',
            'error',
            'saves:banner.corrupt',
            corrupt.map((key, i) => backupButton(key, i + 1, corrupt.length > 1)),
            true,
          ),
        );
      if (problems.some((p) => p.code === 'storage/restored'))
        freshMessages.push(message('restored', 'warning', 'saves:banner.restored', [], true));
      if (problems.some((p) => p.code === 'document/newer'))
        freshMessages.push(message('newer', 'error', 'saves:banner.newer', [], true));
      const replayed = problems.find((p) => p.code === 'game/replayed');
      if (replayed?.code === 'game/replayed') {
        const key = `saves:banner.replayed.${replayed.how}`;
        // The stored document the replay replaced can be downloaded, as for corrupt data.
        const backupKey = replayed.backupKey;
        const kept = backupKey
          ? [
              text('button', 'saves:banner.downloadReplaced', {
                type: 'button',
                class: 'button secondary',
              }),
            ]
          : [];
        kept[0]?.addEventListener('click', () => backupKey && handlers.onDownloadBackup(backupKey));
        freshMessages.push(message('replayed', 'warning', key, kept, true));
      }
      lasting.replaceChildren(...lastingMessages);
      fresh.replaceChildren(...freshMessages, saveSlot);
    },
    showSaveResult(result) {
      if (result.ok) {
        saveSlot.replaceChildren();
        return;
      }
      if (result.code === 'profile/locked') {
        if (!lasting.querySelector('[data-kind="locked"]')) lasting.append(lockedMessage());
        return;
      }
      const kind = result.code === 'storage/quota' ? 'quota' : 'failed';
      // The same failure on every autosave must not be re-announced each time.
      if (saveSlot.querySelector(`[data-kind="${kind}"]`)) return;
      saveSlot.replaceChildren(
        message(kind, 'error', `saves:banner.${kind}`, [exportButton()], false),
      );
    },
    showLock(change) {
      const locked = lasting.querySelector('[data-kind="locked"]');
      const unlocked = lasting.querySelector('[data-kind="unlocked"]');
      if (change.state === 'locked') {
        unlocked?.remove();
        if (!locked) lasting.append(lockedMessage());
        return;
      }
      // Not playing, or playing and saving: "this tab will not save" is no longer true.
      locked?.remove();
      if (!change.retaken) return;
      // Added to the lasting region already in the page, so screen readers announce it.
      unlocked?.remove();
      lasting.append(message('unlocked', 'info', 'saves:banner.unlocked', [], true));
    },
  };
}
