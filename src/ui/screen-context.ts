// What every game screen and panel receives from the composition root: translation, announcements and sound cues.
import type { SoundId } from '../services/audio';
import type { Translate } from '../services/i18n';

export interface UiContext {
  /** Translates in the current language; keys are namespaced, e.g. `quiz:questions.q1.prompt`. */
  readonly t: Translate;
  /** Translates in a fixed language (the "show in the other language" toggle). */
  tIn(language: string): Translate;
  language(): string;
  /** The language a learner would practise: English when playing in French, French otherwise. */
  otherLanguage(): string;
  /** Speaks a short status message through the polite live region (and read-aloud when on). */
  announce(message: string): void;
  /** Plays a sound and shows its visual equivalent; safe when sound is off or failed. */
  cue(sound: SoundId): void;
}

/**
 * A mounted screen. Its text is bound keys and paint jobs (ui/dom.ts), so a language switch is one
 * translateTree over the page and a screen needs no code of its own for it.
 */
export interface Screen {
  readonly element: HTMLElement;
  destroy(): void;
}
