// The simulation's public API: create a game, apply actions, forecast a plan, read the content.
export { apply } from './apply';
export { newGame } from './new-game';
export { forecast } from './forecast';
export { cardsOf, eventForecast, type EventForecast, type EventNumbers } from './events';
export type { Forecast, IndicatorForecast } from './forecast';
export { capitalPerCredit } from './checkpoint';
export { scoreOf } from './score';
export { checkAllocation } from './budget';
export { baseBudget, scriptedFrontier } from './calendar';
export { DIFFICULTIES, INDICATORS, LENGTHS } from './types';
export {
  HELD_POINTS,
  STEADY_POINTS,
  eventShifts,
  indicatorSeries,
  isImprovement,
  previousIndicators,
  recordIndicators,
  shownDifference,
  shownFrontier,
  shownGap,
  shownIndicators,
  shownValues,
  trendOf,
  yearMood,
} from './indicators';
export type {
  Action,
  Allocation,
  ApplyResult,
  Contribution,
  Difficulty,
  GameLength,
  GameState,
  IndicatorId,
  Indicators,
  Modifier,
  NewGameOptions,
  Phase,
  ScoreBreakdown,
  SimError,
  SimErrorCode,
  Trace,
  YearRecord,
} from './types';
export type { Content, Effect, EventCard, EventOption, Scenario, SourceRef } from './content-types';
export { PILLARS, isPillarId } from './pillars';
export type { PillarId, QuestionResult } from './pillars';
export {
  RULES,
  contentOfRules,
  newSession,
  newSettings,
  quizContent,
  reduceSession,
  replay,
  rulesFor,
  type CheckpointSession,
  type GameSettings,
  type PlayAction,
  type PlaySession,
  type QuizContent,
  type QuizLogEntry,
  type ReplayResult,
  type SessionAction,
  type SessionEnv,
  type SessionError,
  type SessionState,
  type SessionStep,
} from './session';
export { draftOnly, transitionsOf, type Transition } from './transitions';
export { cleanNickname, NICKNAME_MAX } from './nickname';
