// The profile document (kind 'profile', one per player): its version, migration ladder and validator.
import type { PlaySession } from '../../sim/session';
import { emptyBoxes, LEITNER_MAX_BOX, type LeitnerBoxes } from '../../sim/quiz/leitner';
import { SECTION_IDS, type SectionId } from '../../sim/quiz/types';
import { cleanNickname } from '../../sim/nickname';
import type { FinishedGame, ProfileData, SectionMastery } from './contract';
import type { DocumentSpec } from './document';
import { isArrayOf, isId, isInt, isNum, isObj, isOneOf, type Obj } from './guards';
import { DIFFICULTIES, LENGTHS, validateSession } from './session-shape';

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

const isEntry = (v: unknown): v is Obj =>
  isObj(v) && isInt(v.box) && v.box >= 1 && v.box <= LEITNER_MAX_BOX && isInt(v.lastGame);

export function validateBoxes(v: unknown): LeitnerBoxes | null {
  if (!isObj(v) || v.version !== 1 || !isInt(v.game) || v.game < 0 || !isObj(v.entries))
    return null;
  const entries = Object.values(v.entries);
  if (entries.length > 100_000 || !entries.every(isEntry)) return null;
  return v as unknown as LeitnerBoxes;
}

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
  let game: PlaySession | null = null;
  if (v.game !== null) {
    game = validateSession(v.game);
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

export const PROFILE_VERSION = 1;

export const profileSpec: DocumentSpec<ProfileData> = {
  kind: 'profile',
  version: PROFILE_VERSION,
  // Version 1 is the first released format. Add `{ from: 1, to: 2, name: '...', migrate }` here.
  migrations: [],
  validate: validateProfile,
};

export const profileKey = (id: string): string => `profile:${id}`;
