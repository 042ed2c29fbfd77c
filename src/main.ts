// Composition root: settings, language and the title first; the game's runtime and the engine load behind it. Wiring only.
import './ui/styles.css';
import './ui/game.css';
import { createEmitter } from './app/emitter';
import type { StageController } from './app/stage';
import { bootEngine, engineChunkUrl, whenIdle } from './scenes/engine';
import { createHowlerAudio } from './services/audio';
import { AUDIO_URLS } from './services/audio-urls';
import { createI18n, loadNamespaces } from './services/i18n';
import { pickLanguage } from './services/language';
import { LANGUAGES } from './services/locales';
import { warmNumberFormats } from './services/number-format';
import { parseSeed, randomSeed } from './services/seed';
import { createSettingsStore } from './services/settings';
import { browserLocalStorage, createKeyValueStore } from './services/storage-local';
import { createAppPanels } from './ui/app-panels';
import { text, translateTree } from './ui/dom';
import { mountEngineProgress } from './ui/engine-progress';
import { createShell } from './ui/shell';
import { mountTitleScreen } from './ui/title-screen';

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
  const query = new URLSearchParams(location.search);
  const settings = createSettingsStore(createKeyValueStore(browserLocalStorage()), LANGUAGES);
  let language = pickLanguage({
    supported: LANGUAGES,
    query: query.get('lang'),
    stored: settings.get().language,
    browser: navigator.languages ?? [navigator.language],
    allowPseudo: import.meta.env.DEV,
  });
  const i18n = await createI18n(language);
  const namespaces = () => loadNamespaces(i18n, [language, ctx.otherLanguage()], GAME_NAMESPACES);
  const overlay = document.getElementById('overlay') as HTMLElement;
  const stageElement = document.getElementById('stage') as HTMLElement;
  const audio = createHowlerAudio(AUDIO_URLS);
  const shell = createShell(overlay, {
    i18n,
    audio,
    language: () => language,
    settings: settings.get,
  });
  const { ctx } = shell;
  let ready = namespaces();
  const events = createEmitter<{ language: string }>();
  const changeLanguage = async (next: string) => {
    if (next === language) return;
    language = next;
    settings.update({ language: next });
    ready = namespaces();
    await Promise.all([ready, i18n.changeLanguage(next)]);
    events.emit('language', next);
  };
  let stage: StageController | null = null;
  // The skip link exists from the first frame; whichever <main> is visible carries id="main".
  overlay.append(text('a', 'a11y.skipToMenu', { class: 'skip-link', href: '#main' }));
  const title = mountTitleScreen(overlay, {
    languages: LANGUAGES,
    language: () => language,
    onLanguage: (next) => void changeLanguage(next),
    onMenu: (entry, opener) => {
      // Only a game needs the runtime chunk; every other entry opens at once, even while it loads.
      if (entry === 'newGame' || entry === 'continue')
        void withApp((r) => r.view.menu(entry, opener));
      else void panels.open(entry, opener);
    },
  });
  const panels = createAppPanels(document.body, {
    ctx,
    settings: {
      languages: LANGUAGES,
      canReadAloud: shell.speech.available,
      language: () => language,
      settings: () => settings.get(),
      onLanguage: (next) => void changeLanguage(next),
      onChange: (change) => shell.applySettings(settings.update(change)),
    },
    async mountSource(container) {
      await ready;
      const { mountSourceView } = await import('./ui/source-view');
      const view = mountSourceView(container, ctx);
      translateTree(container, ctx.t);
      return view;
    },
    async mountPlayers(container) {
      const players = (await appReady).players();
      container.append(players.body);
      translateTree(container, ctx.t);
      return players;
    },
    onQuit: () => void withApp((r) => r.view.quit()),
    onClosed: () => undefined,
  });
  // The rules, question bank, saves and game screens load in their own chunk, started as soon as the title shows.
  const appReady = import('./runtime').then(async ({ startRuntime }) => {
    await ready;
    const runtime = await startRuntime({
      ctx,
      overlay,
      panels,
      title,
      problems: settings.fromNewerVersion
        ? [{ code: 'document/newer', key: 'settings', version: 0 }]
        : [],
      stage: () => stage,
      ready: () => ready,
      newSeed: () => parseSeed(query.get('seed')) ?? randomSeed(),
      onModeChange: (mode) => audio.setMusic(mode === 'game'),
    });
    translateTree(overlay, ctx.t);
    events.on('language', () => runtime.view.refresh());
    // A reload lands where the player was: same phase, same question, same slider values.
    runtime.view.resume();
    return runtime;
  });
  const withApp = (use: (r: Awaited<typeof appReady>) => void) =>
    appReady.then(use, (error: unknown) => {
      console.warn('The game could not be loaded', error);
      shell.announcer.say(ctx.t('app.loadFailed'));
    });
  events.on('language', () => {
    shell.applyLanguage();
    title.sync();
    panels.sync();
    panels.refresh();
    shell.announcer.say(ctx.t('a11y.languageChanged'));
  });
  shell.applySettings(settings.get());
  shell.applyLanguage();
  void ready.then(() => {
    translateTree(document.body, ctx.t);
    // The first number formatted in a language loads its locale data (over 10 ms): do it while idle.
    void whenIdle(2000).then(() => warmNumberFormats(language));
  });
  const progress = mountEngineProgress(title.progressSlot, ctx.t);
  stage = await bootEngine(stageElement, {
    chunkUrl: engineChunkUrl(document),
    reducedMotion: shell.reducedMotion,
    topInset: shell.hudBottom,
    onProgress: (s, f) => progress.update(s, f),
    onReady: () => stageElement.classList.add('ready'),
  });
  if (stage) void appReady.then((r) => r.view.mode() === 'game' && r.view.refresh());
}

void main();
