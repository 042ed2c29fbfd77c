// Where the generated sounds live after the build: Vite turns each `?url` import into a hashed local file URL.
import type { AudioAssetId } from './audio-ids';
import badYearMp3 from '../../assets/audio/bad-year.mp3?url';
import badYearOgg from '../../assets/audio/bad-year.ogg?url';
import clickMp3 from '../../assets/audio/click.mp3?url';
import clickOgg from '../../assets/audio/click.ogg?url';
import commitMp3 from '../../assets/audio/commit.mp3?url';
import commitOgg from '../../assets/audio/commit.ogg?url';
import correctMp3 from '../../assets/audio/correct.mp3?url';
import correctOgg from '../../assets/audio/correct.ogg?url';
import endFanfareMp3 from '../../assets/audio/end-fanfare.mp3?url';
import endFanfareOgg from '../../assets/audio/end-fanfare.ogg?url';
import eventAlertMp3 from '../../assets/audio/event-alert.mp3?url';
import eventAlertOgg from '../../assets/audio/event-alert.ogg?url';
import goodYearMp3 from '../../assets/audio/good-year.mp3?url';
import goodYearOgg from '../../assets/audio/good-year.ogg?url';
import musicMp3 from '../../assets/audio/music.mp3?url';
import musicOgg from '../../assets/audio/music.ogg?url';
import wrongMp3 from '../../assets/audio/wrong.mp3?url';
import wrongOgg from '../../assets/audio/wrong.ogg?url';

/** Each sound as [OGG, MP3]: Howler takes the first one the browser can play. */
export type AudioUrls = Record<AudioAssetId, readonly [ogg: string, mp3: string]>;

export const AUDIO_URLS: AudioUrls = {
  click: [clickOgg, clickMp3],
  commit: [commitOgg, commitMp3],
  'good-year': [goodYearOgg, goodYearMp3],
  'bad-year': [badYearOgg, badYearMp3],
  'event-alert': [eventAlertOgg, eventAlertMp3],
  correct: [correctOgg, correctMp3],
  wrong: [wrongOgg, wrongMp3],
  'end-fanfare': [endFanfareOgg, endFanfareMp3],
  music: [musicOgg, musicMp3],
};
