// The profile document (kind 'profile', one per player): its version, migration ladder and validator.
import { emptyBoxes } from '../../sim/quiz/leitner';
import { SECTION_IDS, type SectionId } from '../../sim/quiz/types';
import type { FinishedGame, ProfileData, SavedGame, SectionMastery } from './contract';
import type { DocumentSpec } from './document';
import { isArrayOf, isId, isInt, isNum, isObj, isOneOf } from './guards';
import { DIFFICULTIES, LENGTHS, cleanNickname } from '../../sim';
import { validateBoxes } from './boxes-shape';
import { migrateV1Game, validateSavedGame } from './session-shape';

/** Finished games kept per profile: enough for a school year, bounded so the document stays small. */
export const FINISHED_MAX = 100;

export function emptyMastery(): SectionMastery {
  const entries = SECTION_IDS.map((id) => [id, { asked: 0, credit: 0 }] as const);
  return Object.fromEntries(entries) as Record<SectionId, { asked: number; credit: number }>;
}

export function newProfile(id: string, name: string, now: number): ProfileData {
  return {
    id,
    name: cleanNickname(name.slice(0, 1000)),
    createdAt: now,
    lastPlayedAt: now,
    game: null,
    finished: [],
    bestScore: null,
    mastery: emptyMastery(),
    boxes: emptyBoxes(),
  };
}

const isFinished = (v: unknown): v is FinishedGame =>
  isObj(v) &&
  isNum(v.finishedAt) &&
  isNum(v.score) &&
  isInt(v.seed) &&
  isOneOf(v.difficulty, DIFFICULTIES) &&
  isOneOf(v.length, LENGTHS);

/** Missing sections count as zero (a section added later); unknown ones are dropped. */
function validateMastery(v: unknown): SectionMastery | null {
  if (!isObj(v)) return null;
  const out = emptyMastery() as Record<SectionId, { asked: number; credit: number }>;
  for (const id of SECTION_IDS) {
    const m = v[id];
    if (m === undefined) continue;
    if (!isObj(m) || !isNum(m.asked) || !isNum(m.credit)) return null;
    out[id] = { asked: m.asked, credit: m.credit };
  }
  return out;
}

export function validateProfile(v: unknown): ProfileData | null {
  if (!isObj(v) || !isId(v.id) || typeof v.name !== 'string') return null;
  if (!isNum(v.createdAt) || !isNum(v.lastPlayedAt)) return null;
  if (!(v.bestScore === null || isNum(v.bestScore))) return null;
  if (!isArrayOf(v.finished, isFinished)) return null;
  const mastery = validateMastery(v.mastery);
  const boxes = validateBoxes(v.boxes);
  let game: SavedGame | null = null;
  if (v.game !== null) {
    game = validateSavedGame(v.game);
    if (game === null) return null;
  }
  if (!mastery || !boxes) return null;
  return {
    id: v.id,
    name: cleanNickname(v.name.slice(0, 1000)),
    createdAt: v.createdAt,
    lastPlayedAt: v.lastPlayedAt,
    game,
    finished: v.finished.slice(-FINISHED_MAX),
    bestScore: v.bestScore,
    mastery,
    boxes,
  };
}

export const PROFILE_VERSION = 2;

export const profileSpec: DocumentSpec<ProfileData> = {
  kind: 'profile',
  version: PROFILE_VERSION,
  // Add `{ from: 2, to: 3, name: '...', migrate }` here; fixtures of every version stay loadable.
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
  ],
  validate: validateProfile,
};

export const profileKey = (id: string): string => `profile:${id}`;
