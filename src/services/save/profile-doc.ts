// The profile document (kind 'profile', one per player): its version, migration ladder and validator.
import { emptyBoxes } from '../../sim/quiz/leitner';
import { SECTION_IDS, type SectionId } from '../../sim/quiz/types';
import type { ProfileData, SectionMastery } from './contract';
import type { DocumentSpec } from './document';
import { isObj } from './guards';
import { cleanNickname } from '../../sim';
import type { SaveRules } from './save-rules';
import { checkProfile, NAME_MAX_CHARS } from './schemas';
import { migrateV1Game } from './session-shape';

/** Finished games kept per profile: enough for a school year, bounded so the document stays small. */
export const FINISHED_MAX = 100;

export function emptyMastery(): SectionMastery {
  const entries = SECTION_IDS.map((id) => [id, { asked: 0, credit: 0 }] as const);
  return Object.fromEntries(entries) as Record<SectionId, { asked: number; credit: number }>;
}

export function newProfile(id: string, name: string, now: number): ProfileData {
  return {
    id,
    name: cleanNickname(name.slice(0, NAME_MAX_CHARS)),
    createdAt: now,
    lastPlayedAt: now,
    game: null,
    finished: [],
    bestScore: null,
    mastery: emptyMastery(),
    boxes: emptyBoxes(),
  };
}

/** Missing sections count as zero (a section added later); unknown ones are dropped. */
function fillMastery(v: Readonly<Record<string, { asked: number; credit: number } | undefined>>) {
  const out = emptyMastery() as Record<SectionId, { asked: number; credit: number }>;
  for (const id of SECTION_IDS) {
    const m = v[id];
    if (m) out[id] = { asked: m.asked, credit: m.credit };
  }
  return out;
}

/** The profile with its names cleaned and lists bounded, or null when any rule of the schema refuses it. */
export function validateProfile(v: unknown, rules: SaveRules): ProfileData | null {
  if (!checkProfile(v, rules).ok) return null;
  const p = v as ProfileData;
  const game = p.game && {
    ...p.game,
    settings: { ...p.game.settings, nickname: cleanNickname(p.game.settings.nickname) },
  };
  return {
    id: p.id,
    name: cleanNickname(p.name),
    createdAt: p.createdAt,
    lastPlayedAt: p.lastPlayedAt,
    game,
    finished: p.finished.slice(-FINISHED_MAX),
    bestScore: p.bestScore,
    mastery: fillMastery(p.mastery),
    boxes: p.boxes,
  };
}

/**
 * 3: games carry the rules version they were started with (December 2026). Each new rules version
 * bumps it, so an older build (another tab, a cached copy) refuses such a save as newer instead of
 * replaying it by the wrong rules.
 */
export const PROFILE_VERSION = 3;

/** What a profile is written as: its kind and the version this build writes. */
export const PROFILE_FORMAT = { kind: 'profile', version: PROFILE_VERSION } as const;

/** The profile document read under one set of rules (known ids, calendars) from the rules and bank in use. */
export const profileSpecFor = (rules: SaveRules): DocumentSpec<ProfileData> => ({
  ...PROFILE_FORMAT,
  // Add `{ from: 3, to: 4, name: '...', migrate }` here; fixtures of every version stay loadable.
  migrations: [
    {
      from: 1,
      to: 2,
      name: 'game in progress: settings and action log',
      migrate: (data) =>
        isObj(data) && isObj(data.game)
          ? { ...data, game: migrateV1Game(data.game, data.boxes) }
          : data,
    },
    // Nothing to change: a game without `rules` is played by rules 1, the rules it was saved under.
    { from: 2, to: 3, name: 'games name their rules version', migrate: (data) => data },
  ],
  validate: (data) => validateProfile(data, rules),
  explain: (data) => {
    const checked = checkProfile(data, rules);
    return checked.ok ? [] : checked.issues;
  },
});

export const profileKey = (id: string): string => `profile:${id}`;
