// The quiz engine's public API: pure functions to select, prepare, grade and review questions.
export * from './types';
export { grade, toQuestionResult, FULL_CREDIT } from './grade';
export { prepareQuestion } from './prepare';
export { selectCheckpoint, type CheckpointRequest, type Checkpoint } from './select';
export {
  emptyBoxes,
  startGame,
  updateBoxes,
  isDue,
  emptyGameRecord,
  recordCheckpoint,
  LEITNER_INTERVALS,
  LEITNER_MAX_BOX,
  type LeitnerBoxes,
  type LeitnerEntry,
  type GameQuizRecord,
} from './leitner';
export { quizRng, shuffle } from './rng';
