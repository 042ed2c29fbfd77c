// The game's sound, behind a small interface: nothing plays before a user gesture, and no failure ever reaches the game.
import { createHowlerPlayer, type HowlerModule, type SoundPlayer } from './audio-howler';
import { DEFAULT_AUDIO_SETTINGS, clampVolume, type AudioSettings, type SoundId } from './audio-ids';
import type { AudioUrls } from './audio-urls';

export { DEFAULT_AUDIO_SETTINGS, SOUND_IDS, type AudioSettings, type SoundId } from './audio-ids';

export interface GameAudio {
  /** Call from a user gesture (pointerdown, keydown). Before it nothing loads or plays and no AudioContext exists. */
  unlock(): void;
  /** Plays an effect; never throws; silent when muted, at effects volume 0, not loaded or failed. */
  play(id: SoundId): void;
  /** Starts the music loop (once unlocked and audible) or fades it out. */
  setMusic(playing: boolean): void;
  configure(settings: AudioSettings): void;
  /**
   * Called on every play() request, even when muted or failed, so the UI can show the visual
   * equivalent. Returns a function that removes the listener.
   */
  onCue(listener: (id: SoundId) => void): () => void;
}

/** The music fades out over 0.8 s when the game asks it to stop; mute stops it at once. */
const MUSIC_FADE_OUT_MS = 800;

type Warn = (message: string, error?: unknown) => void;

/** At most one console.warn per audio object: a broken sound must not flood the console. */
function warnOnce(): Warn {
  let warned = false;
  return (message, error) => {
    if (warned) return;
    warned = true;
    console.warn(message, error ?? '');
  };
}

function createCues(warn: Warn) {
  const listeners = new Set<(id: SoundId) => void>();
  return {
    emit(id: SoundId): void {
      for (const listener of [...listeners]) {
        try {
          listener(id);
        } catch (error) {
          warn('audio: a cue listener failed', error);
        }
      }
    },
    add(listener: (id: SoundId) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Audio that only fires cues: for tests, and for whenever real audio is unavailable. */
export function createSilentAudio(): GameAudio {
  const cues = createCues(warnOnce());
  return {
    unlock() {},
    play: (id) => cues.emit(id),
    setMusic() {},
    configure() {},
    onCue: (listener) => cues.add(listener),
  };
}

/** Loads Howler only when audio is unlocked, so it stays out of the entry chunk. */
async function importHowler(): Promise<HowlerModule> {
  const module: Partial<HowlerModule> & { default?: Partial<HowlerModule> } =
    await import('howler');
  // A CommonJS package: depending on the bundler the classes sit on the namespace or its default.
  const found = module.Howl ? module : module.default;
  if (!found?.Howl || !found.Howler) throw new Error('howler has no Howl export');
  return { Howl: found.Howl, Howler: found.Howler };
}

/**
 * Real audio with Howler. Returns at once; Howler is imported and the sounds loaded on unlock().
 * `loadHowler` is replaceable for tests.
 */
export function createHowlerAudio(
  urls: AudioUrls,
  loadHowler: () => Promise<HowlerModule> = importHowler,
): GameAudio {
  const warn = warnOnce();
  const cues = createCues(warn);
  let settings: AudioSettings = { ...DEFAULT_AUDIO_SETTINGS };
  let musicWanted = false;
  let unlocked = false;
  let player: SoundPlayer | null = null;

  const guard = (action: () => void): void => {
    try {
      action();
    } catch (error) {
      warn('audio: Howler failed; the game goes on without sound', error);
    }
  };

  const apply = (fadeOutMs: number): void => {
    const active = player;
    if (!active) return;
    guard(() => {
      if (!settings.muted && settings.effects > 0) active.preloadEffects();
      const volume = settings.muted || !musicWanted ? 0 : settings.music;
      active.music(volume, fadeOutMs);
    });
  };

  const start = async (): Promise<void> => {
    try {
      const module = await loadHowler();
      if (module.Howler.noAudio) throw new Error('no Web Audio or HTML5 audio in this browser');
      player = createHowlerPlayer(module, urls, warn);
      apply(0);
    } catch (error) {
      warn('audio: unavailable; the game goes on without sound', error);
    }
  };

  return {
    unlock() {
      if (unlocked) return;
      unlocked = true;
      void start();
    },
    play(id) {
      cues.emit(id);
      const active = player;
      if (!active || settings.muted || settings.effects <= 0) return;
      guard(() => active.playEffect(id, settings.effects));
    },
    setMusic(playing) {
      musicWanted = playing;
      apply(playing ? 0 : MUSIC_FADE_OUT_MS);
    },
    configure(next) {
      settings = {
        music: clampVolume(next.music),
        effects: clampVolume(next.effects),
        muted: next.muted === true,
      };
      apply(0);
    },
    onCue: (listener) => cues.add(listener),
  };
}
