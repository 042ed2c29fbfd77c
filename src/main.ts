// Composition root: settings, language, sound, the store and the overlay; then the game engine behind it once the page is idle.
import './ui/styles.css';
import './ui/game.css';
import { createHowlerAudio } from './services/audio';
import { AUDIO_URLS } from './services/audio-urls';
import { engineChunkUrl, prefetchEngine, startEngine, whenIdle } from './scenes/engine';
import { createI18n, loadNamespaces } from './services/i18n';
import { PSEUDO, pickLanguage } from './services/language';
import { LANGUAGES } from './services/locales';
import { shouldReduceMotion, systemPrefersReducedMotion } from './services/motion';
import { warmNumberFormats } from './services/number-format';
import { parseSeed, randomSeed } from './services/seed';
import { createSettingsStore, type Settings } from './services/settings';
import { browserLocalStorage, createKeyValueStore } from './services/storage-local';
import type { StageController } from './app/stage';
import { createAnnouncer } from './ui/announcer';
import { createAppPanels } from './ui/app-panels';
import { createAppView, type AppView } from './ui/app-view';
import { text, translateTree } from './ui/dom';
import { mountEngineProgress } from './ui/engine-progress';
import type { UiContext } from './ui/screen-context';
import { createSoundCues } from './ui/sound-cue';
import { createSpeech } from './ui/speech';
import { mountTitleScreen } from './ui/title-screen';

/** Share of the progress bar given to each engine start-up stage. */
const STAGE_SHARE = { download: 0.7, evaluate: 0.1, art: 0.2 } as const;
/** Namespaces the game screens need, loaded in the background after the title shows. */
const GAME_NAMESPACES = [
  'game',
  'model',
  'events',
  'quiz',
  'checkpoint',
  'results',
  'source',
  'saves',
];

async function main(): Promise<void> {
  const settings = createSettingsStore(createKeyValueStore(browserLocalStorage()), LANGUAGES);
  let language = pickLanguage({
    supported: LANGUAGES,
    query: new URLSearchParams(location.search).get('lang'),
    stored: settings.get().language,
    browser: navigator.languages ?? [navigator.language],
    allowPseudo: import.meta.env.DEV,
  });
  const i18n = await createI18n(language);
  const otherLanguage = () => (language === 'en' ? 'fr' : 'en');
  const namespaces = () => loadNamespaces(i18n, [language, otherLanguage()], GAME_NAMESPACES);
  let ready = namespaces();

  const overlay = document.getElementById('overlay') as HTMLElement;
  const stageElement = document.getElementById('stage') as HTMLElement;
  const announcer = createAnnouncer(document.getElementById('announcer') as HTMLElement);
  const speech = createSpeech();
  const audio = createHowlerAudio(AUDIO_URLS);
  const t = i18n.t.bind(i18n);
  const ctx: UiContext = {
    t,
    tIn: (lng) => i18n.getFixedT(lng),
    language: () => language,
    otherLanguage,
    announce(message) {
      announcer.say(message);
      if (settings.get().readAloud) speech.speak(message, language);
    },
    cue: (sound) => audio.play(sound),
  };
  audio.onCue(createSoundCues(overlay, t));
  const unlock = () => {
    audio.unlock();
    removeEventListener('pointerdown', unlock);
    removeEventListener('keydown', unlock);
  };
  addEventListener('pointerdown', unlock);
  addEventListener('keydown', unlock);

  const applySettings = (s: Settings) => {
    const root = document.documentElement;
    root.dataset.motion = shouldReduceMotion(s.motion, systemPrefersReducedMotion())
      ? 'reduce'
      : 'full';
    root.dataset.contrast = s.highContrast ? 'high' : 'normal';
    root.style.fontSize = `${s.textSize}%`;
    audio.configure({ music: s.musicVolume, effects: s.effectsVolume, muted: s.muted });
    if (!s.readAloud) speech.cancel();
  };
  const applyLanguage = () => {
    document.documentElement.lang = language === PSEUDO ? 'en' : language;
    document.title = t('app.documentTitle');
    translateTree(document.body, t);
  };

  let stage: StageController | null = null;
  const changeLanguage = async (next: string) => {
    if (next === language) return;
    language = next;
    settings.update({ language: next });
    ready = namespaces();
    await Promise.all([ready, i18n.changeLanguage(next)]);
    applyLanguage();
    title.sync();
    panels.sync();
    panels.refresh();
    app?.refresh();
    announcer.say(t('a11y.languageChanged'));
  };
  // The skip link exists from the first frame; whichever <main> is visible carries id="main".
  overlay.append(text('a', 'a11y.skipToMenu', { class: 'skip-link', href: '#main' }));
  const title = mountTitleScreen(overlay, {
    languages: LANGUAGES,
    language: () => language,
    onLanguage: (next) => void changeLanguage(next),
    onMenu: (entry, opener) => {
      // Only a game needs the runtime chunk; every other entry opens at once, even while it loads.
      if (entry === 'newGame' || entry === 'continue') void withApp((a) => a.menu(entry, opener));
      else void panels.open(entry, opener);
    },
  });
  const panels = createAppPanels(document.body, {
    ctx,
    settings: {
      languages: LANGUAGES,
      canReadAloud: speech.available,
      language: () => language,
      settings: () => settings.get(),
      onLanguage: (next) => void changeLanguage(next),
      onChange: (change) => applySettings(settings.update(change)),
    },
    async mountSource(container) {
      await ready;
      const { mountSourceView } = await import('./ui/source-view');
      const view = mountSourceView(container, ctx);
      translateTree(container, t);
      return view;
    },
    async mountPlayers(container) {
      const { runtime, runtimeModule, view } = await appReady;
      const players = runtimeModule.profilesBody(ctx, runtime.persistence, {
        onSwitched: () => {
          runtime.loadProfile();
          view.quit();
        },
        onChanged: () => undefined,
      });
      container.append(players.body);
      translateTree(container, t);
      return players;
    },
    onQuit: () => app?.quit(),
    onClosed: () => undefined,
  });
  // The rules, question bank, saves and game screens load in their own chunk, started as soon as the title shows.
  let app: AppView | null = null;
  const appReady = import('./runtime').then(async (runtimeModule) => {
    await ready;
    const settingsProblems = settings.fromNewerVersion
      ? [{ code: 'document/newer' as const, key: 'settings', version: 0 }]
      : [];
    const runtime = await runtimeModule.startRuntime(ctx, overlay, settingsProblems);
    translateTree(overlay, t);
    const view = createAppView({
      ctx,
      store: runtime.store,
      runtime: runtimeModule,
      overlay,
      panels,
      title,
      stage: () => stage,
      // Whole-page translation happens when namespaces load and on a language switch; each new
      // screen translates its own subtree, so waiting is all a game screen needs here.
      ready: () => ready,
      newSeed: () => parseSeed(new URLSearchParams(location.search).get('seed')) ?? randomSeed(),
      onModeChange: (mode) => audio.setMusic(mode === 'game'),
    });
    app = view;
    // A reload lands where the player was: same phase, same question, same slider values.
    view.resume();
    return { view, runtime, runtimeModule };
  });
  const withApp = (use: (a: AppView) => void) =>
    appReady.then(
      ({ view }) => use(view),
      (error: unknown) => {
        console.warn('The game could not be loaded', error);
        announcer.say(t('app.loadFailed'));
      },
    );
  applySettings(settings.get());
  applyLanguage();
  void ready.then(() => {
    translateTree(document.body, t);
    // The first number formatted in a language loads its locale data (over 10 ms): do it while idle.
    void whenIdle(2000).then(() => warmNumberFormats(language));
  });

  const progress = mountEngineProgress(title.progressSlot, t);
  progress.update('loading', 0);
  try {
    const url = engineChunkUrl(document);
    if (url) await prefetchEngine(url, (f) => progress.update('loading', f * STAGE_SHARE.download));
    await whenIdle(2000);
    progress.update('starting', STAGE_SHARE.download);
    stage = await startEngine(stageElement, {
      reducedMotion: () => document.documentElement.dataset.motion === 'reduce',
      topInset: () => document.querySelector('.hud')?.getBoundingClientRect().bottom ?? 0,
      onProgress: (f) =>
        progress.update(
          'preparing',
          STAGE_SHARE.download + STAGE_SHARE.evaluate + f * STAGE_SHARE.art,
        ),
      onReady: () => {
        progress.update('ready', 1);
        stageElement.classList.add('ready');
      },
    });
    void appReady.then(({ view }) => view.mode() === 'game' && view.refresh());
  } catch (error) {
    // The title screen never depends on the engine: say so, keep every control working.
    console.warn('Game engine failed to start', error);
    progress.update('failed', 0);
  }
}

void main();
