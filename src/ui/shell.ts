// The page around the game: the UI context every screen receives, and the settings and language applied to the document.
import type { AppEvents } from '../app/events';
import type { GameAudio } from '../services/audio';
import type { I18n } from '../services/i18n';
import { PSEUDO } from '../services/language';
import { shouldReduceMotion, systemPrefersReducedMotion } from '../services/motion';
import type { Settings } from '../services/settings';
import { createAnnouncer, type Announcer } from './announcer';
import { translateTree } from './dom';
import { createSoundCues } from './sound-cue';
import { createSpeech, type Speech } from './speech';
import type { UiContext } from './screen-context';

export interface Shell {
  readonly ctx: UiContext;
  readonly announcer: Announcer;
  readonly speech: Speech;
  /** Motion, contrast, text size and sound levels, on the document and the audio. */
  applySettings(settings: Settings): void;
  /** The document's language and title, and every bound text re-translated. */
  applyLanguage(): void;
  /** Read each time by the stage, so a change in Settings takes effect at once. */
  reducedMotion(): boolean;
  /** Bottom of the HUD over the canvas (px), so the stage keeps clear of it. */
  hudBottom(): number;
}

export interface ShellDeps {
  readonly i18n: I18n;
  readonly audio: GameAudio;
  /** The current language, and the one a learner would practise (the quiz's other-language toggle). */
  readonly language: { current(): string; other(): string };
  settings(): Settings;
  /** The shell follows language and settings changes by itself. */
  readonly events: AppEvents;
}

export function createShell(overlay: HTMLElement, deps: ShellDeps): Shell {
  const { i18n, audio } = deps;
  const root = document.documentElement;
  const announcer = createAnnouncer(document.getElementById('announcer') as HTMLElement);
  const speech = createSpeech();
  const t = i18n.t.bind(i18n);
  const language = deps.language.current;
  const ctx: UiContext = {
    t,
    tIn: (lng) => i18n.getFixedT(lng),
    language,
    otherLanguage: deps.language.other,
    announce(message) {
      announcer.say(message);
      if (deps.settings().readAloud) speech.speak(message, language());
    },
    cue: (sound) => audio.play(sound),
  };
  audio.onCue(createSoundCues(overlay, t));
  // Sound may only start after a gesture: the first key press or tap unlocks it.
  const unlock = () => {
    audio.unlock();
    removeEventListener('pointerdown', unlock);
    removeEventListener('keydown', unlock);
  };
  addEventListener('pointerdown', unlock);
  addEventListener('keydown', unlock);
  const shell: Shell = {
    ctx,
    announcer,
    speech,
    applySettings(s) {
      const reduce = shouldReduceMotion(s.motion, systemPrefersReducedMotion());
      root.dataset.motion = reduce ? 'reduce' : 'full';
      root.dataset.contrast = s.highContrast ? 'high' : 'normal';
      root.style.fontSize = `${s.textSize}%`;
      audio.configure({ music: s.musicVolume, effects: s.effectsVolume, muted: s.muted });
      if (!s.readAloud) speech.cancel();
    },
    applyLanguage() {
      root.lang = language() === PSEUDO ? 'en' : language();
      document.title = t('app.documentTitle');
      translateTree(document.body, t);
    },
    reducedMotion: () => root.dataset.motion === 'reduce',
    hudBottom: () => document.querySelector('.hud')?.getBoundingClientRect().bottom ?? 0,
  };
  deps.events.on('settings', (s) => shell.applySettings(s));
  deps.events.on('language', () => {
    shell.applyLanguage();
    announcer.say(t('a11y.languageChanged'));
  });
  shell.applySettings(deps.settings());
  return shell;
}
