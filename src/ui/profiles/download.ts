// Saves text as a file on the player's computer: no server, just a temporary object URL and a clicked <a download>.
import type { Persistence } from '../../services/save/contract';
import { h } from '../dom';

/** Starts the browser's download of `text` as `fileName`; the URL is revoked once the click has been handled. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Starts the browser's download of a Blob as `fileName`. */
function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers read the URL after the click event returns, so revoke on the next task.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** A safe file name for a download: letters, digits, dashes and dots only. */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 60);
  return cleaned || fallback;
}

/** Offers what is kept for a corrupt document as a download (text, or its very bytes); false when nothing is kept. */
export async function downloadBackup(
  persistence: Pick<Persistence, 'backupText'>,
  backupKey: string,
): Promise<boolean> {
  const raw = await persistence.backupText(backupKey);
  if (raw === null) return false;
  const name = safeFileName(backupKey, 'backup');
  if (typeof raw === 'string') downloadText(`${name}.txt`, raw, 'text/plain');
  else downloadBlob(`${name}.bin`, raw);
  return true;
}
