// The game audio adapter: silent until a gesture, respects mute and volumes, and survives every Howler failure.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  SOUND_IDS,
  createHowlerAudio,
  createSilentAudio,
  type GameAudio,
  type SoundId,
} from '../../src/services/audio';
import { AUDIO_ASSET_IDS } from '../../src/services/audio-ids';
import { AUDIO_URLS, type AudioUrls } from '../../src/services/audio-urls';

const fake = vi.hoisted(() => {
  /** A stand-in for Howler's Howl that records what the adapter asks of it. */
  class FakeHowl {
    static instances: FakeHowl[] = [];
    static throwOnCreate = false;
    calls: string[] = [];
    current = 1;
    isPlaying = false;
    listeners: { event: string; fn: (...args: unknown[]) => void; once: boolean }[] = [];
    constructor(public options: Record<string, unknown>) {
      if (FakeHowl.throwOnCreate) throw new Error('Howl exploded');
      FakeHowl.instances.push(this);
    }
    play() {
      this.calls.push('play');
      this.isPlaying = true;
      return 1;
    }
    pause() {
      this.calls.push('pause');
      this.isPlaying = false;
      return this;
    }
    playing() {
      return this.isPlaying;
    }
    volume(value?: number) {
      if (value === undefined) return this.current;
      this.current = value;
      this.calls.push(`volume ${value}`);
      return this;
    }
    fade(from: number, to: number, ms: number) {
      this.calls.push(`fade ${from}>${to} ${ms}`);
      this.current = to;
      return this;
    }
    on(event: string, fn: (...args: unknown[]) => void) {
      this.listeners.push({ event, fn, once: false });
      return this;
    }
    once(event: string, fn: (...args: unknown[]) => void) {
      this.listeners.push({ event, fn, once: true });
      return this;
    }
    /** Plays back an event as Howler would: the option callback, then on/once listeners. */
    emit(event: string, ...args: unknown[]) {
      const option = this.options[`on${event}`];
      if (typeof option === 'function') option(...args);
      const matching = this.listeners.filter((l) => l.event === event);
      this.listeners = this.listeners.filter((l) => !(l.event === event && l.once));
      for (const l of matching) l.fn(...args);
    }
  }
  return { FakeHowl, Howler: { noAudio: false, autoUnlock: true } };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: fake.Howler }));

type FakeHowl = InstanceType<typeof fake.FakeHowl>;

const URLS = Object.fromEntries(
  AUDIO_ASSET_IDS.map((id) => [id, [`/a/${id}.ogg`, `/a/${id}.mp3`]]),
) as unknown as AudioUrls;

function howlFor(id: SoundId | 'music'): FakeHowl {
  const howl = fake.FakeHowl.instances.find(
    (h) => (h.options.src as string[])[0] === `/a/${id}.ogg`,
  );
  if (!howl) throw new Error(`no Howl for ${id}`);
  return howl;
}

/** Lets the dynamic import of Howler and the set-up after it finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function unlocked(audio: GameAudio): Promise<GameAudio> {
  audio.unlock();
  await settle();
  return audio;
}

let warn: ReturnType<typeof vi.spyOn>;
let error: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  fake.FakeHowl.instances = [];
  fake.FakeHowl.throwOnCreate = false;
  fake.Howler.noAudio = false;
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  error = vi.spyOn(console, 'error');
});

afterEach(() => {
  // The browser tests fail on any console error; the adapter must never produce one.
  expect(error).not.toHaveBeenCalled();
  expect(warn.mock.calls.length).toBeLessThanOrEqual(1);
  vi.restoreAllMocks();
});

describe('before a user gesture', () => {
  it('loads nothing, plays nothing and never imports Howler', async () => {
    const load = vi.fn(() => import('howler') as never);
    const audio = createHowlerAudio(URLS, load);
    audio.configure({ music: 1, effects: 1, muted: false });
    audio.setMusic(true);
    audio.play('click');
    await settle();
    expect(load).not.toHaveBeenCalled();
    expect(fake.FakeHowl.instances).toHaveLength(0);
  });
});

describe('after unlock', () => {
  it('preloads every effect from its OGG and MP3 file with Web Audio', async () => {
    await unlocked(createHowlerAudio(URLS));
    expect(fake.FakeHowl.instances).toHaveLength(SOUND_IDS.length);
    const click = howlFor('click');
    expect(click.options.src).toEqual(['/a/click.ogg', '/a/click.mp3']);
    expect(click.options.html5).toBe(false);
  });

  it('plays an effect at the effects volume', async () => {
    const audio = await unlocked(createHowlerAudio(URLS));
    audio.configure({ music: 0.3, effects: 0.6, muted: false });
    audio.play('correct');
    expect(howlFor('correct').calls).toEqual(['volume 0.6', 'play']);
    expect(howlFor('wrong').calls).toEqual([]);
  });

  it('clamps volumes out of range into 0..1', async () => {
    const audio = await unlocked(createHowlerAudio(URLS));
    audio.configure({ music: 0, effects: 7, muted: false });
    audio.play('click');
    expect(howlFor('click').calls).toContain('volume 1');
  });

  it('effects volume 0 plays nothing', async () => {
    const audio = await unlocked(createHowlerAudio(URLS));
    audio.configure({ music: 1, effects: 0, muted: false });
    audio.play('commit');
    expect(fake.FakeHowl.instances.flatMap((h) => h.calls)).not.toContain('play');
  });
});

describe('music', () => {
  it('loops at the music volume, fading in, independent of the effects volume', async () => {
    const audio = await unlocked(createHowlerAudio(URLS));
    audio.configure({ music: 0.3, effects: 0.9, muted: false });
    audio.setMusic(true);
    const music = howlFor('music');
    expect(music.options.loop).toBe(true);
    expect(music.calls).toEqual(['volume 0', 'play', 'fade 0>0.3 1500']);
    audio.configure({ music: 0.7, effects: 0.9, muted: false });
    expect(music.calls.at(-1)).toBe('volume 0.7');
  });

  it('setMusic(false) fades out, then pauses', async () => {
    const audio = await unlocked(createHowlerAudio(URLS));
    audio.configure({ music: 0.5, effects: 1, muted: false });
    audio.setMusic(true);
    const music = howlFor('music');
    audio.setMusic(false);
    expect(music.calls.at(-1)).toBe('fade 0.5>0 800');
    expect(music.playing()).toBe(true);
    music.emit('fade', 1);
    expect(music.playing()).toBe(false);
  });

  it('asked for again during the fade-out, it keeps playing', async () => {
    const audio = await unlocked(createHowlerAudio(URLS));
    audio.setMusic(true);
    const music = howlFor('music');
    audio.setMusic(false);
    audio.setMusic(true);
    music.emit('fade', 1);
    expect(music.playing()).toBe(true);
  });

  it('starts only once unlocked when asked for before the gesture', async () => {
    const audio = createHowlerAudio(URLS);
    audio.setMusic(true);
    await unlocked(audio);
    expect(howlFor('music').playing()).toBe(true);
  });

  it('is not even downloaded while the music volume is 0', async () => {
    const audio = await unlocked(createHowlerAudio(URLS));
    audio.configure({ music: 0, effects: 1, muted: false });
    audio.setMusic(true);
    expect(() => howlFor('music')).toThrow();
  });
});

describe('muted', () => {
  it('plays no sound at all but still sends every cue', async () => {
    const audio = await unlocked(createHowlerAudio(URLS));
    audio.setMusic(true);
    const cues: SoundId[] = [];
    audio.onCue((id) => cues.push(id));
    audio.configure({ music: 1, effects: 1, muted: true });
    audio.play('event-alert');
    audio.play('bad-year');
    expect(howlFor('music').playing()).toBe(false);
    expect(howlFor('event-alert').calls).toEqual([]);
    expect(cues).toEqual(['event-alert', 'bad-year']);
  });

  it('muted from the start downloads nothing on unlock', async () => {
    const audio = createHowlerAudio(URLS);
    audio.configure({ music: 1, effects: 1, muted: true });
    audio.setMusic(true);
    await unlocked(audio);
    expect(fake.FakeHowl.instances).toHaveLength(0);
  });
});

describe('failures never reach the game', () => {
  it('a sound that fails to load is skipped; the others still play', async () => {
    const audio = await unlocked(createHowlerAudio(URLS));
    howlFor('wrong').emit('loaderror', 1, 'decode failed');
    expect(() => audio.play('wrong')).not.toThrow();
    expect(howlFor('wrong').calls).toEqual([]);
    audio.play('correct');
    expect(howlFor('correct').calls).toContain('play');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('a play error is reported once and later plays do not throw', async () => {
    const audio = await unlocked(createHowlerAudio(URLS));
    howlFor('click').emit('playerror', 1, 'blocked');
    howlFor('click').emit('playerror', 1, 'blocked');
    expect(() => audio.play('click')).not.toThrow();
  });

  it('music blocked by the autoplay rule starts when Howler unlocks audio', async () => {
    const audio = await unlocked(createHowlerAudio(URLS));
    audio.setMusic(true);
    const music = howlFor('music');
    music.pause();
    music.emit('playerror', 1, 'not allowed');
    music.emit('unlock');
    expect(music.playing()).toBe(true);
  });

  it('a Howl that throws on creation leaves the game silent but working', async () => {
    fake.FakeHowl.throwOnCreate = true;
    const audio = await unlocked(createHowlerAudio(URLS));
    const cues: SoundId[] = [];
    audio.onCue((id) => cues.push(id));
    expect(() => {
      audio.play('commit');
      audio.setMusic(true);
      audio.configure({ music: 0.2, effects: 0.2, muted: false });
    }).not.toThrow();
    expect(cues).toEqual(['commit']);
  });

  it('Howler failing to import leaves a silent game that still sends cues', async () => {
    const audio = createHowlerAudio(URLS, () => Promise.reject(new Error('chunk failed')));
    const cues: SoundId[] = [];
    audio.onCue((id) => cues.push(id));
    await unlocked(audio);
    audio.setMusic(true);
    audio.play('good-year');
    expect(cues).toEqual(['good-year']);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('a browser without audio gets no Howls at all', async () => {
    fake.Howler.noAudio = true;
    const audio = await unlocked(createHowlerAudio(URLS));
    audio.play('click');
    expect(fake.FakeHowl.instances).toHaveLength(0);
  });

  it('a cue listener that throws does not stop the sound or other listeners', async () => {
    const audio = await unlocked(createHowlerAudio(URLS));
    const seen: SoundId[] = [];
    audio.onCue(() => {
      throw new Error('ui bug');
    });
    audio.onCue((id) => seen.push(id));
    expect(() => audio.play('click')).not.toThrow();
    expect(seen).toEqual(['click']);
    expect(howlFor('click').calls).toContain('play');
  });
});

describe('silent audio', () => {
  it('fires cues for every request, and stops after the listener is removed', () => {
    const audio = createSilentAudio();
    const cues: SoundId[] = [];
    const off = audio.onCue((id) => cues.push(id));
    audio.unlock();
    audio.setMusic(true);
    audio.configure({ music: 1, effects: 1, muted: false });
    for (const id of SOUND_IDS) audio.play(id);
    off();
    audio.play('click');
    expect(cues).toEqual([...SOUND_IDS]);
  });
});

describe('asset URLs', () => {
  it('every sound and the music has an OGG then an MP3 URL', () => {
    for (const id of AUDIO_ASSET_IDS) {
      const [ogg, mp3] = AUDIO_URLS[id];
      expect(ogg).toMatch(/\.ogg$|^data:audio\/ogg/);
      expect(mp3).toMatch(/\.mp3$|^data:audio\/mpeg/);
    }
  });
});
