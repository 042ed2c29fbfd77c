// Plays the generated sounds with Howler (Web Audio); every Howler failure is reported once and then ignored.
import type { Howl, HowlOptions, HowlerGlobal } from 'howler';
import { SOUND_IDS, type SoundId } from './audio-ids';
import type { AudioUrls } from './audio-urls';

/** The parts of the 'howler' module used here, so tests can hand in a fake. */
export interface HowlerModule {
  Howl: new (options: HowlOptions) => Howl;
  Howler: HowlerGlobal;
}

/** What the game audio asks of a player; volumes are 0..1, already muted/clamped by the caller. */
export interface SoundPlayer {
  /** Downloads and decodes the effects so the first one plays without delay. */
  preloadEffects(): void;
  playEffect(id: SoundId, volume: number): void;
  /** Volume 0 stops the music: at once, or fading out over `fadeOutMs` (ms). */
  music(volume: number, fadeOutMs: number): void;
}

/** The music fades in over 1.5 s so it never starts on a jolt. */
const MUSIC_FADE_IN_MS = 1500;
const FORMATS = ['ogg', 'mp3'];

export function createHowlerPlayer(
  module: HowlerModule,
  urls: AudioUrls,
  warn: (message: string, error?: unknown) => void,
): SoundPlayer {
  const effects = new Map<SoundId, Howl>();
  const failed = new Set<SoundId | 'music'>();
  let musicHowl: Howl | undefined;
  let musicVolume = 0;
  let stopping = false;

  const make = (id: SoundId | 'music', loop: boolean): Howl =>
    new module.Howl({
      // Both files: Howler picks the first format the browser decodes; `format` covers data: URLs.
      src: [...urls[id]],
      format: FORMATS,
      html5: false,
      loop,
      preload: true,
      onloaderror: (_soundId, error) => {
        failed.add(id);
        warn(`audio: could not load "${id}"`, error);
      },
      onplayerror: (_soundId, error) => warn(`audio: could not play "${id}"`, error),
    });

  const effect = (id: SoundId): Howl | undefined => {
    if (failed.has(id)) return undefined;
    let howl = effects.get(id);
    if (!howl) {
      try {
        howl = make(id, false);
      } catch (error) {
        // Not retried on every click: one failure is enough to know this sound is gone.
        failed.add(id);
        throw error;
      }
      effects.set(id, howl);
    }
    return howl;
  };

  const resume = (howl: Howl): void => {
    if (howl.playing()) return;
    howl.volume(0);
    howl.play();
    howl.fade(0, musicVolume, MUSIC_FADE_IN_MS);
  };

  const startMusic = (volume: number): void => {
    if (failed.has('music')) return;
    if (!musicHowl) {
      const howl = make('music', true);
      // A play blocked by the browser's autoplay rule is retried when Howler unlocks audio.
      howl.on('playerror', () => howl.once('unlock', () => musicVolume > 0 && resume(howl)));
      musicHowl = howl;
    }
    stopping = false;
    if (musicHowl.playing()) {
      musicHowl.volume(volume);
      return;
    }
    resume(musicHowl);
  };

  const stopMusic = (fadeOutMs: number): void => {
    const howl = musicHowl;
    if (!howl || !howl.playing()) {
      howl?.pause();
      return;
    }
    if (fadeOutMs <= 0) {
      stopping = false;
      howl.pause();
      return;
    }
    stopping = true;
    howl.once('fade', () => {
      // Paused only if nothing asked for the music again during the fade.
      if (stopping) howl.pause();
      stopping = false;
    });
    howl.fade(howl.volume(), 0, fadeOutMs);
  };

  return {
    preloadEffects() {
      for (const id of SOUND_IDS) effect(id);
    },
    playEffect(id, volume) {
      const howl = effect(id);
      if (!howl || volume <= 0) return;
      howl.volume(volume);
      howl.play();
    },
    music(volume, fadeOutMs) {
      musicVolume = volume;
      if (volume > 0) startMusic(volume);
      else stopMusic(fadeOutMs);
    },
  };
}
