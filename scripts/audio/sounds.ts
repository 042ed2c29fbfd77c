// The list of generated audio files: which function renders each one and how long it may last (s).
import type { AudioAssetId } from '../../src/services/audio-ids';
import {
  renderBadYear,
  renderClick,
  renderCommit,
  renderCorrect,
  renderEndFanfare,
  renderEventAlert,
  renderGoodYear,
  renderWrong,
} from './effects';
import { renderMusic } from './music';

export interface SoundSpec {
  render: () => Float32Array;
  /** Allowed length range (s): effects 0.1–2.5 s, the music loop 16–24 s. */
  minSeconds: number;
  maxSeconds: number;
}

const EFFECT = { minSeconds: 0.1, maxSeconds: 2.5 } as const;

export const SOUNDS: Record<AudioAssetId, SoundSpec> = {
  click: { render: renderClick, ...EFFECT },
  commit: { render: renderCommit, ...EFFECT },
  'good-year': { render: renderGoodYear, ...EFFECT },
  'bad-year': { render: renderBadYear, ...EFFECT },
  'event-alert': { render: renderEventAlert, ...EFFECT },
  correct: { render: renderCorrect, ...EFFECT },
  wrong: { render: renderWrong, ...EFFECT },
  'end-fanfare': { render: renderEndFanfare, ...EFFECT },
  music: { render: renderMusic, minSeconds: 16, maxSeconds: 24 },
};
