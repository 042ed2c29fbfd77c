// The reducer: the one function that changes game state, returning a new state or a typed error.
import type { Content } from './content-types';
import { checkAllocation, cleanAllocation } from './budget';
import { capitalPerCredit, checkpointDue, checkResults, earnCapital } from './checkpoint';
import { applyEffects, cardsOf, drawEvent, drawIntensity } from './events';
import { stepYear } from './model';
import { PARAMS } from './params';
import { PILLARS, type QuestionResult } from './pillars';
import { nextFloat, openRng, saveRng } from './rng';
import { addToTrace, topCauses } from './trace';
import { round1, scriptedFrontier } from './calendar';
import { closeYear } from './year-end';
import { draft } from './state-copy';
import {
  INDICATORS,
  type Action,
  type Allocation,
  type ApplyResult,
  type GameState,
  type Phase,
  type SimError,
} from './types';

const fail = (error: SimError): ApplyResult => ({ ok: false, error });
const done = (state: GameState): ApplyResult => ({ ok: true, state });
const wrongPhase = (s: GameState, action: string, expected: Phase): ApplyResult =>
  fail({ code: 'phase/wrong', action, phase: s.phase, expected });

export function apply(state: GameState, action: Action, content: Content): ApplyResult {
  const type: unknown = (action as { type?: unknown } | null)?.type;
  switch (type) {
    case 'plan/commit':
      return commitPlan(state, (action as { allocation: unknown }).allocation);
    case 'resolve/continue':
      return state.phase === 'resolve'
        ? done(afterResolve(state, content))
        : wrongPhase(state, type, 'resolve');
    case 'event/choose':
      return chooseOption(state, (action as { optionId: unknown }).optionId, content);
    case 'checkpoint/answer':
      return answerCheckpoint(state, (action as { results: unknown }).results, content);
    default:
      return fail({ code: 'action/unknown', type: typeof type === 'string' ? type : String(type) });
  }
}

function commitPlan(s: GameState, allocation: unknown): ApplyResult {
  if (s.phase !== 'plan') return wrongPhase(s, 'plan/commit', 'plan');
  const error = checkAllocation(allocation, s.budget);
  if (error) return fail(error);
  const alloc = cleanAllocation(allocation as Allocation);
  const rng = openRng(s.rng);
  const noise = PILLARS.map(() => 1 + PARAMS.noise * (2 * nextFloat(rng) - 1));
  const out = stepYear(s, alloc, noise);
  const n = draft(s);
  n.phase = 'resolve';
  n.indicators = out.indicators;
  n.pipeline = out.pipeline;
  n.frontierBoost = s.frontierBoost + out.frontierGain;
  n.frontier = scriptedFrontier(s.year, s.difficulty, n.frontierBoost);
  n.lastAllocation = alloc;
  n.lastTrace = topCauses(out.causes);
  n.rng = saveRng(rng);
  return done(n);
}

function afterResolve(s: GameState, content: Content): GameState {
  const rng = openRng(s.rng);
  const card = drawEvent(s, content, rng);
  const intensity = card ? drawIntensity(rng) : 1;
  const n = draft(s);
  n.rng = saveRng(rng);
  if (!card) return afterEvent(n, content);
  n.phase = 'event';
  n.event = { id: card.id, options: card.options.map((o) => o.id), intensity };
  return n;
}

function chooseOption(s: GameState, optionId: unknown, content: Content): ApplyResult {
  if (s.phase !== 'event' || !s.event) return wrongPhase(s, 'event/choose', 'event');
  const eventId = s.event.id;
  const card = cardsOf(content, s.length).find((c) => c.id === eventId);
  const option = card?.options.find((o) => o.id === optionId);
  if (!card || !option) {
    const options = s.event.options;
    return fail({ code: 'event/unknown-option', eventId, optionId: String(optionId), options });
  }
  const out = applyEffects(s, [...card.shock, ...option.effects], card.shock.length);
  const n = draft(s);
  Object.assign(n, out.patch);
  n.frontier = scriptedFrontier(s.year, s.difficulty, n.frontierBoost);
  n.event = null;
  // What the year screen showed, kept until the year's record is written (the event changes it next).
  n.yearEvent = {
    id: card.id,
    optionId: option.id,
    shown: INDICATORS.map((id) => round1(s.indicators[id])),
    shownFrontier: round1(s.frontier),
  };
  n.usedEvents = [...s.usedEvents, card.id];
  if (s.lastTrace) n.lastTrace = addToTrace(s.lastTrace, out.shifts, `event.${card.id}`);
  return done(afterEvent(n, content));
}

/** After the year's event: a checkpoint if one is due, else the year closes. */
function afterEvent(s: GameState, content: Content): GameState {
  const due = checkpointDue(s, content.scenarios[s.length]);
  if (!due) return closeYear(s);
  const n = draft(s);
  n.phase = 'checkpoint';
  n.event = null;
  n.checkpoint = due;
  return n;
}

function answerCheckpoint(s: GameState, results: unknown, content: Content): ApplyResult {
  if (s.phase !== 'checkpoint' || !s.checkpoint) {
    return wrongPhase(s, 'checkpoint/answer', 'checkpoint');
  }
  const error = checkResults(results, s.checkpoint.questionCount);
  if (error) return fail(error);
  const list = results as readonly QuestionResult[];
  const credit = list.reduce((sum, r) => sum + r.credit, 0);
  const n = draft(s);
  n.capital = earnCapital(s.capital, list, capitalPerCredit(content.scenarios[s.length]));
  n.checkpoint = null;
  n.checkpointsDone = s.checkpointsDone + 1;
  n.quiz = { answered: s.quiz.answered + list.length, credit: s.quiz.credit + credit };
  return done(closeYear(n));
}
