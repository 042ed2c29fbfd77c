// @vitest-environment happy-dom
// The class session's question timer: it runs only for a timed session's open question, counts down in words, and submits the answer as it stands at zero.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from '../../../src/app/store';
import { defaultContent } from '../../../src/content';
import { QUESTION_BANK } from '../../../src/content/questions';
import { classGameSettings } from '../../../src/services/classroom/class-game';
import { demoResults } from '../../../src/services/classroom/demo';
import {
  encodeSessionCode,
  type ClassSettings,
} from '../../../src/services/classroom/session-code';
import { quizContent, type SessionEnv } from '../../../src/sim';
import { connectQuestionTimer, timedQuestion } from '../../../src/ui/classroom/question-timer';
import { classContext } from './harness';

const env: SessionEnv = { content: defaultContent, quiz: quizContent(QUESTION_BANK) };
const base: ClassSettings = {
  length: 'short',
  difficulty: 'normal',
  language: 'any',
  checkpoints: true,
  timerSeconds: 20,
  seed: 5,
};

/** A store driven to the first checkpoint question of a class game (a simulated student's moves). */
function atFirstQuestion(settings: ClassSettings) {
  const store = createStore(env);
  const game = classGameSettings(settings, 'Ana');
  store.dispatch({ type: 'game/start', options: game.options, nickname: 'Ana', settings: game });
  const [student] = demoResults(encodeSessionCode(settings), 1, env);
  for (const action of student?.log ?? []) {
    const cp = store.snapshot().session?.checkpoint;
    if (cp?.started) break;
    store.dispatch(action);
  }
  return store;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('the question timer', () => {
  it('runs only for an open question of a timed class session', () => {
    expect(timedQuestion(atFirstQuestion(base).snapshot())).toEqual({ key: '0:0', seconds: 20 });
    expect(timedQuestion(atFirstQuestion({ ...base, timerSeconds: 0 }).snapshot())).toBeNull();
    expect(timedQuestion(createStore(env).snapshot())).toBeNull();
  });

  it('counts down in words and submits the answer on screen at zero', async () => {
    const ctx = await classContext('en');
    const store = atFirstQuestion(base);
    const submit = document.createElement('button');
    const clicks = vi.fn();
    submit.addEventListener('click', clicks);
    submit.className = 'quiz-submit';
    const main = document.createElement('main');
    main.className = 'game-main';
    const form = document.createElement('form');
    form.className = 'quiz-form';
    form.append(submit);
    main.append(form);
    document.body.append(main);
    const stop = connectQuestionTimer(ctx, store, document.body);
    const timer = document.querySelector('.class-timer');
    expect(timer?.getAttribute('role')).toBe('timer');
    expect(timer?.textContent).toBe('Time left: 20 s');
    vi.advanceTimersByTime(5_000);
    expect(timer?.textContent).toBe('Time left: 15 s');
    expect(ctx.announced).toEqual([]);
    vi.advanceTimersByTime(10_000);
    expect(ctx.announced).toEqual(['Time left: 5 s']);
    expect(clicks).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5_000);
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(ctx.announced.at(-1)).toMatch(/Time is up/);
    expect((timer as HTMLElement).hidden).toBe(true);
    stop();
  });
});
