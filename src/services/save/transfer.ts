// Export of a profile as a readable JSON file, and the checks an imported file goes through before anything is written.
import type { ImportPreview, ProfileData } from './contract';
import { readDocument, writeDocument } from './document';
import { PROFILE_FORMAT, profileSpecFor } from './profile-doc';
import { restoreGame, toSaved } from './replay';
import type { SaveRules } from './save-rules';
import type { SaveIssue } from './schemas';

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
  return { fileName, text: writeDocument(profile, PROFILE_FORMAT, true) };
}

type Parsed =
  { ok: true; profile: ProfileData; recomputed: boolean } | Extract<ImportPreview, { ok: false }>;

/**
 * Parses, migrates and checks an imported file against the schema, then replays its game: a move
 * the rules refuse refuses the file; a saved state that disagrees with the log is replaced by the
 * replay. The caller adds the conflict check. Never throws.
 */
export function parseImport(text: unknown, rules: SaveRules): Parsed {
  if (typeof text !== 'string' || text.length > IMPORT_MAX_CHARS)
    return { ok: false, code: 'import/invalid' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, code: 'import/not-json' };
  }
  const read = readDocument(parsed, profileSpecFor(rules));
  if (read.ok) return replayed(read.value, rules);
  if (read.code === 'document/newer') return { ok: false, code: 'import/newer' };
  if (read.code === 'document/wrong-kind') return { ok: false, code: 'import/not-a-profile' };
  if (read.reason === 'envelope') return { ok: false, code: 'import/not-a-profile' };
  return { ok: false, code: 'import/invalid', issues: read.issues ?? [] };
}

function replayed(profile: ProfileData, rules: SaveRules): Parsed {
  if (!profile.game) return { ok: true, profile, recomputed: false };
  const restored = restoreGame(profile.game, rules.env);
  const problem = restored.problem;
  if (problem?.code === 'replay/rejected') {
    const issue: SaveIssue = {
      path: `game.log.${problem.index}`,
      rule: 'illegal-move',
      move: problem.reason,
    };
    return { ok: false, code: 'import/invalid', issues: [issue] };
  }
  if (!problem) return { ok: true, profile, recomputed: false };
  return { ok: true, profile: { ...profile, game: toSaved(restored.session) }, recomputed: true };
}
