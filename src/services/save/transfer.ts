// Export of a profile as a readable JSON file, and the checks an imported file goes through before anything is written.
import type { ImportPreview, ProfileData } from './contract';
import { readDocument, writeDocument } from './document';
import { profileSpec } from './profile-doc';

/** Larger files are refused before parsing: a real profile is well under 100 kB. */
export const IMPORT_MAX_CHARS = 2_000_000;

/** ASCII-only slug of a display name, for file names on every OS. */
export function fileSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/g, '');
}

function isoDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function exportFile(profile: ProfileData, now: number) {
  const fileName = `beijings-bet-${fileSlug(profile.name) || 'profile'}-${isoDay(now)}.json`;
  return { fileName, text: writeDocument(profile, profileSpec, true) };
}

/** Parses and migrates an imported file; the caller adds the conflict check. Never throws. */
export function parseImport(
  text: unknown,
): { ok: true; profile: ProfileData } | Extract<ImportPreview, { ok: false }> {
  if (typeof text !== 'string' || text.length > IMPORT_MAX_CHARS)
    return { ok: false, code: 'import/invalid' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, code: 'import/not-json' };
  }
  const read = readDocument(parsed, profileSpec);
  if (read.ok) return { ok: true, profile: read.value };
  if (read.code === 'document/newer') return { ok: false, code: 'import/newer' };
  if (read.code === 'document/wrong-kind') return { ok: false, code: 'import/not-a-profile' };
  return {
    ok: false,
    code: read.reason === 'envelope' ? 'import/not-a-profile' : 'import/invalid',
  };
}
