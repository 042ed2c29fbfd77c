// What a finished game adds to a profile: history (bounded), best score and quiz mastery per article section.
import type { PlaySession } from '../../sim';
import { toSaved } from './replay';
import type { LeitnerBoxes } from '../../sim/quiz';
import type { FinishedGame, ProfileData, SectionMastery } from './contract';
import { FINISHED_MAX } from './profile-doc';

export function addMastery(mastery: SectionMastery, session: PlaySession): SectionMastery {
  const out: Record<string, { asked: number; credit: number }> = { ...mastery };
  for (const entry of session.quizLog) {
    const before = out[entry.section] ?? { asked: 0, credit: 0 };
    out[entry.section] = { asked: before.asked + 1, credit: before.credit + entry.credit };
  }
  return out as SectionMastery;
}

export function recordFinished(
  profile: ProfileData,
  session: PlaySession,
  boxes: LeitnerBoxes,
  finishedAt: number,
): ProfileData {
  const score = session.game.score?.total ?? 0;
  const entry: FinishedGame = {
    finishedAt,
    score,
    seed: session.settings.options.seed,
    difficulty: session.settings.options.difficulty,
    length: session.settings.options.length,
  };
  return {
    ...profile,
    lastPlayedAt: finishedAt,
    // The ended game stays saved, so a reload shows its results until a new game starts.
    game: toSaved(session),
    boxes,
    finished: [...profile.finished, entry].slice(-FINISHED_MAX),
    bestScore: profile.bestScore === null ? score : Math.max(profile.bestScore, score),
    mastery: addMastery(profile.mastery, session),
  };
}
