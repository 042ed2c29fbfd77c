// @vitest-environment happy-dom
// The storage banner: every start-up problem and failed save is told in words, with an icon and the button that helps.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStorageBanner } from '../../../src/ui/profiles/storage-banner';
import { button, createContext } from './fake';

async function mount(language = 'en') {
  const ctx = await createContext(language);
  const handlers = { onExport: vi.fn(), onDownloadBackup: vi.fn(), onDismiss: vi.fn() };
  const banner = createStorageBanner(ctx, handlers);
  document.body.append(banner.element);
  return { banner, handlers, el: banner.element };
}

const region = (el: HTMLElement, role: 'status' | 'alert') =>
  el.querySelector<HTMLElement>(`[role="${role}"]`) ?? document.createElement('div');
const buttons = (el: HTMLElement) => [...el.querySelectorAll('button')].map((b) => b.textContent);

afterEach(() => document.body.replaceChildren());

describe('storage banner', () => {
  it('is empty when there is no problem', async () => {
    const { banner, el } = await mount();
    banner.show([]);
    expect(el.textContent).toBe('');
  });

  it('memory mode: a lasting status with Export and no dismiss button', async () => {
    const { banner, el, handlers } = await mount();
    banner.show([{ code: 'storage/unavailable' }]);
    const status = region(el, 'status');
    expect(status.textContent).toContain('⚠');
    expect(status.textContent).toContain('Warning:');
    expect(status.textContent).toContain('Progress is not being saved on this computer');
    expect(buttons(el)).toEqual(['Export my profile']);
    button(el, 'Export my profile').click();
    expect(handlers.onExport).toHaveBeenCalledTimes(1);
  });

  it('corrupt data: an alert with one download per backup key, dismissible', async () => {
    const { banner, el, handlers } = await mount();
    banner.show([
      { code: 'document/corrupt', key: 'profile:a', backupKey: 'backup:1' },
      { code: 'document/corrupt', key: 'profile:b', backupKey: 'backup:2' },
    ]);
    const alert = region(el, 'alert');
    expect(alert.textContent).toContain('Problem:');
    expect(alert.textContent).toContain('could not be read');
    button(el, 'Download the damaged data (2)').click();
    expect(handlers.onDownloadBackup).toHaveBeenCalledWith('backup:2');
    button(el, 'Dismiss').click();
    expect(alert.textContent).toBe('');
    expect(handlers.onDismiss).toHaveBeenCalled();
    expect(document.activeElement).toBe(el);
  });

  it('a single corrupt document gets an unnumbered download button', async () => {
    const { banner, el } = await mount();
    banner.show([{ code: 'document/corrupt', key: 'k', backupKey: 'b' }]);
    expect(buttons(el)).toEqual(['Download the damaged data', 'Dismiss']);
  });

  it('newer version: told to update, kept untouched, dismissible', async () => {
    const { banner, el } = await mount();
    banner.show([{ code: 'document/newer', key: 'profile:a', version: 9 }]);
    expect(region(el, 'alert').textContent).toContain(
      'This progress was saved by a newer version of the game: update the game to use it. It has been kept untouched.',
    );
    expect(buttons(el)).toEqual(['Dismiss']);
  });

  it('a game recomputed from its log: the player is told which way, dismissible', async () => {
    const { banner, el, handlers } = await mount();
    banner.show([
      { code: 'game/replayed', how: 'differs', key: 'profile:a', backupKey: 'backup:profile:a:1' },
    ]);
    expect(el.textContent).toContain('it was recomputed from the moves you made');
    expect(buttons(el)).toEqual(['Download the saved game as it was', 'Dismiss']);
    el.querySelector<HTMLButtonElement>('[data-kind="replayed"] button')?.click();
    expect(handlers.onDownloadBackup).toHaveBeenCalledWith('backup:profile:a:1');
    banner.show([{ code: 'game/replayed', how: 'rejected', key: 'profile:a', backupKey: null }]);
    expect(el.textContent).toContain('it goes on from where it was saved');
  });

  it('locked in another tab: a lasting status without dismiss', async () => {
    const { banner, el } = await mount();
    banner.show([{ code: 'profile/locked', profileId: 'a' }]);
    expect(region(el, 'status').textContent).toContain('This player is open in another tab');
    expect(buttons(el)).toEqual([]);
  });

  it('lock taken back: "will not save" gives way to a dismissible "saves again", announced', async () => {
    const { banner, el } = await mount();
    banner.show([]);
    banner.showLock({ state: 'locked', retaken: false, reloaded: false });
    banner.showLock({ state: 'locked', retaken: false, reloaded: false });
    const status = region(el, 'status');
    expect(status.querySelectorAll('[data-kind="locked"]')).toHaveLength(1);
    banner.showLock({ state: 'held', retaken: true, reloaded: false });
    expect(status.querySelector('[data-kind="locked"]')).toBeNull();
    expect(status.textContent).toContain('✔');
    expect(status.textContent).toContain('Good news:');
    expect(status.textContent).toContain('this tab saves again');
    expect(buttons(el)).toEqual(['Dismiss']);
    button(el, 'Dismiss').click();
    expect(el.textContent).toBe('');
  });

  it('lock let go on the title: the "will not save" message goes away', async () => {
    const { banner, el } = await mount('fr');
    banner.show([{ code: 'profile/locked', profileId: 'a' }]);
    expect(region(el, 'status').textContent).toContain('ouvert dans un autre onglet');
    banner.showLock({ state: 'idle', retaken: false, reloaded: false });
    expect(el.textContent).toBe('');
    banner.showLock({ state: 'held', retaken: true, reloaded: false });
    expect(el.textContent).toContain('cet onglet enregistre de nouveau');
  });

  it('quota: shown with Export on a failed save, cleared by the next successful save', async () => {
    const { banner, el, handlers } = await mount();
    banner.show([]);
    banner.showSaveResult({ ok: false, code: 'storage/quota' });
    banner.showSaveResult({ ok: false, code: 'storage/quota' });
    const alert = region(el, 'alert');
    expect(alert.querySelectorAll('[data-kind="quota"]')).toHaveLength(1);
    expect(alert.textContent).toContain('Storage is full: your latest progress is kept');
    button(el, 'Export my profile').click();
    expect(handlers.onExport).toHaveBeenCalled();
    banner.showSaveResult({ ok: true });
    expect(el.textContent).toBe('');
  });

  it('keeps the start-up problems when a save result comes in, and the reverse', async () => {
    const { banner, el } = await mount();
    banner.show([{ code: 'storage/unavailable' }]);
    banner.showSaveResult({ ok: false, code: 'storage/failed' });
    expect(el.textContent).toContain('could not be saved');
    expect(el.textContent).toContain('not being saved on this computer');
    banner.showSaveResult({ ok: true });
    expect(el.textContent).toContain('not being saved on this computer');
  });

  it('speaks French with French typography', async () => {
    const { banner, el } = await mount('fr');
    banner.show([{ code: 'storage/unavailable' }]);
    expect(el.textContent).toContain('Attention\u00a0:');
    expect(buttons(el)).toEqual(['Exporter mon profil']);
  });
});
