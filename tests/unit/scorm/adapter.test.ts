// @vitest-environment happy-dom
// The LMS adapter against scorm-again's SCORM 1.2 and 2004 runtimes: resume data that fits, completion, score and pass/fail, and a resumed game.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { connectLms, PASS_SCALED, resultOf } from '../../../src/app/lms';
import { createStore, type Store } from '../../../src/app/store';
import { findApi } from '../../../src/services/scorm/api';
import { SCORM12_SUSPEND_MAX } from '../../../src/services/scorm/lms';
import { decodeSuspend, encodeSuspend } from '../../../src/services/scorm/suspend';
import type { NewGameOptions } from '../../../src/sim';
import { env, nextAction } from '../../support/headless';

type AnyApi = Scorm12API | Scorm2004API;

/** A page in an LMS frame: its parent holds the API (as Moodle's player does), its own window none. */
function framedIn(api: AnyApi, version: '1.2' | '2004'): Window {
  const lms: Record<string, unknown> = { [version === '1.2' ? 'API' : 'API_1484_11']: api };
  lms.parent = lms;
  return { parent: lms, opener: null, addEventListener: () => undefined } as unknown as Window;
}

/** Plays the store's game by the scripted player until `stop` (or the end). */
function play(
  store: Store,
  options: NewGameOptions,
  stop: (steps: number) => boolean = () => false,
) {
  store.dispatch({ type: 'game/start', options, nickname: 'Mei' });
  for (let i = 0; i < 2000 && !stop(i); i += 1) {
    const session = store.snapshot().session;
    if (!session || session.game.phase === 'end') return;
    expect(store.dispatch(nextAction(session, i))).toBeNull();
  }
}

const get = (api: AnyApi, element12: string, element2004: string) =>
  api instanceof Scorm12API ? api.LMSGetValue(element12) : api.GetValue(element2004);

const CASES = [
  ['1.2', () => new Scorm12API({ autocommit: false, logLevel: 5 })],
  ['2004', () => new Scorm2004API({ autocommit: false, logLevel: 5 })],
] as const;

describe.each(CASES)('inside a SCORM %s LMS', (version, makeApi) => {
  it('keeps a standard game in suspend_data within SCORM 1.2’s 4,096 characters at every step', () => {
    const api = makeApi();
    const store = createStore(env);
    expect(connectLms(store, env, framedIn(api, version))?.version).toBe(version);
    let longest = 0;
    store.subscribe(() => {
      const data = get(api, 'cmi.suspend_data', 'cmi.suspend_data');
      longest = Math.max(longest, data.length);
    });
    play(store, { seed: 42, difficulty: 'normal', length: 'standard' });
    expect(store.snapshot().session?.game.phase).toBe('end');
    expect(longest).toBeGreaterThan(0);
    expect(longest).toBeLessThanOrEqual(SCORM12_SUSPEND_MAX);
  });

  it('reports completion, a scaled score and pass/fail at the end', () => {
    const api = makeApi();
    const store = createStore(env);
    connectLms(store, env, framedIn(api, version));
    let score = 0;
    store.subscribe((change) => {
      for (const t of change.transitions) if (t.type === 'game/finished') score = t.score;
    });
    play(store, { seed: 7, difficulty: 'normal', length: 'short' });
    const { scaled, passed } = resultOf(score);
    expect(get(api, 'cmi.core.score.raw', 'cmi.score.raw')).toBe(String(Math.round(scaled * 100)));
    const status = passed ? 'passed' : 'failed';
    if (version === '1.2')
      expect((api as Scorm12API).LMSGetValue('cmi.core.lesson_status')).toBe(status);
    else {
      const a = api as Scorm2004API;
      expect(a.GetValue('cmi.completion_status')).toBe('completed');
      expect(a.GetValue('cmi.success_status')).toBe(status);
      expect(Number(a.GetValue('cmi.score.scaled'))).toBeCloseTo(scaled, 2);
    }
    expect(passed).toBe(scaled >= PASS_SCALED);
  });

  it('resumes a game from the suspend_data a previous attempt left', () => {
    const first = makeApi();
    const store = createStore(env);
    connectLms(store, env, framedIn(first, version));
    play(store, { seed: 3, difficulty: 'normal', length: 'short' }, (i) => i >= 20);
    const played = store.snapshot().session;
    const kept = get(first, 'cmi.suspend_data', 'cmi.suspend_data');
    expect(kept).not.toBe('');
    // The next attempt, on another computer: an empty local store, the LMS's data only.
    const next = makeApi();
    next.loadFromJSON({ cmi: { suspend_data: kept } });
    const resumed = createStore(env);
    connectLms(resumed, env, framedIn(next, version));
    expect(resumed.snapshot().session?.log).toEqual(played?.log);
    expect(resumed.snapshot().session?.game).toEqual(played?.game);
  });

  it('ignores damaged suspend_data: the game starts as usual', () => {
    const api = makeApi();
    api.loadFromJSON({ cmi: { suspend_data: 'bb1:not-base64!' } });
    const store = createStore(env);
    expect(connectLms(store, env, framedIn(api, version))).not.toBeNull();
    expect(store.snapshot().session).toBeNull();
  });
});

describe('outside an LMS', () => {
  it('finds no API on a page of its own, and connects nothing', () => {
    const store = createStore(env);
    expect(findApi(window)).toBeNull();
    expect(connectLms(store, env, window)).toBeNull();
  });

  it('round-trips resume data and refuses other text', () => {
    const value = { settings: { a: 1 }, log: [{ type: 'x' }] };
    expect(decodeSuspend(encodeSuspend(value))).toEqual(value);
    expect(decodeSuspend('')).toBeNull();
    expect(decodeSuspend('{"settings":{}}')).toBeNull();
  });
});
