// The app-wide changes every part may follow: the language, the settings and the active player.
import type { Settings } from '../services/settings';
import { createEmitter, type Emitter } from './emitter';

export interface AppEventMap {
  /** The new language code, after its texts are loaded. */
  readonly language: string;
  /** The settings after a change, already saved. */
  readonly settings: Settings;
  /** The id of the player now active (after a switch, a deletion or an import). */
  readonly player: string;
}

export type AppEvents = Emitter<AppEventMap>;

export const createAppEvents = (): AppEvents => createEmitter<AppEventMap>();
