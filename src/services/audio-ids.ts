// The names of the game's sounds and the player's sound settings, shared by the game and the audio generator.

/** Effects the game can ask for; each has a visual equivalent on screen (see docs/audio.md). */
export const SOUND_IDS = [
  'click',
  'commit',
  'good-year',
  'bad-year',
  'event-alert',
  'correct',
  'wrong',
  'end-fanfare',
] as const;
export type SoundId = (typeof SOUND_IDS)[number];

/** Every generated audio file: the effects plus the music loop. */
export const AUDIO_ASSET_IDS = [...SOUND_IDS, 'music'] as const;
export type AudioAssetId = (typeof AUDIO_ASSET_IDS)[number];

export interface AudioSettings {
  /** Music volume, 0 (off) to 1. */
  music: number;
  /** Effects volume, 0 (off) to 1. */
  effects: number;
  /** True silences everything, whatever the volumes. */
  muted: boolean;
}

/** Defaults: music quieter than effects so it stays behind speech in a classroom. */
export const DEFAULT_AUDIO_SETTINGS: AudioSettings = { music: 0.5, effects: 0.8, muted: false };

export function isSoundId(value: unknown): value is SoundId {
  return typeof value === 'string' && (SOUND_IDS as readonly string[]).includes(value);
}

/** A volume forced into 0..1; anything that is not a finite number counts as 0. */
export function clampVolume(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
