// @vitest-environment happy-dom
// Export downloads the profile's JSON through a temporary link and revokes the URL afterwards.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBackup } from '../../../src/ui/profiles/download';
import { profilesBody } from '../../../src/ui/profiles/profiles-panel';
import { createContext, fakePersistence, profile } from './fake';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

function spyDownloads() {
  const blobs: Blob[] = [];
  const clicked: { download: string; href: string }[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push({ download: this.download, href: this.href });
  });
  return { blobs, clicked, revoke };
}

describe('export', () => {
  it('downloads exportProfile(id).text as application/json and revokes the URL', async () => {
    vi.useFakeTimers();
    const ctx = await createContext();
    const persistence = fakePersistence([profile('a', 'Ada'), profile('b', 'Bo')]);
    const { body } = profilesBody(ctx, persistence, { onSwitched: vi.fn(), onChanged: vi.fn() });
    document.body.append(body);
    const { blobs, clicked, revoke } = spyDownloads();
    const exportBo = [...body.querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === 'Export Bo to a file',
    );
    exportBo?.click();
    expect(persistence.exportProfile).toHaveBeenCalledWith('b');
    expect(clicked).toEqual([{ download: 'b.json', href: 'blob:test' }]);
    expect(blobs[0]?.type).toBe('application/json');
    expect(await blobs[0]?.text()).toBe(JSON.stringify(profile('b', 'Bo')));
    expect(document.querySelector('a[download]')).toBeNull();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test');
    expect(ctx.announced).toContain('Download started: b.json.');
    vi.useRealTimers();
  });

  it('offers a corrupt document backup as a text download with a safe file name', async () => {
    const { blobs, clicked } = spyDownloads();
    const persistence = fakePersistence([profile('a', 'Ada')]);
    persistence.backupText.mockResolvedValueOnce('{broken');
    expect(await downloadBackup(persistence, 'backup:profile/<a>')).toBe(true);
    expect(clicked[0]?.download).toBe('backup-profile-a.txt');
    expect(await blobs[0]?.text()).toBe('{broken');
    persistence.backupText.mockResolvedValueOnce(null);
    expect(await downloadBackup(persistence, 'gone')).toBe(false);
  });
});
