// Composition root: settings, language and the title first; the game's runtime and the engine load behind it. Wiring only.
import './ui/styles.css';
import './ui/game.css';
import { createAppEvents } from './app/events';
import { createLanguageState } from './app/language';
import type { StageController } from './app/stage';
import { bootEngine, engineChunkUrl, whenIdle } from './scenes/engine';
import { createHowlerAudio } from './services/audio';
import { AUDIO_URLS } from './services/audio-urls';
import { LANGUAGES } from './services/locales';
import { warmNumberFormats } from './services/number-format';
import { parseSeed, randomSeed } from './services/seed';
import { createSettingsStore } from './services/settings';
import { browserLocalStorage, createKeyValueStore } from './services/storage-local';
import { translateTree } from './ui/dom';
import { mountEngineProgress } from './ui/engine-progress';
import { mountMenus } from './ui/menus';
import { createShell } from './ui/shell';

/** Resolves once the frame being built has been painted (or soon, in a background tab that paints nothing). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    // A tab hidden meanwhile stops painting: never wait for it long.
    setTimeout(resolve, 1500);
  });
}

async function main(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const settings = createSettingsStore(createKeyValueStore(browserLocalStorage()), LANGUAGES);
  const events = createAppEvents();
  const allowPseudo = import.meta.env.DEV;
  const language = await createLanguageState(settings, events, {
    supported: LANGUAGES,
    allowPseudo,
  });
  const { i18n, current, ready } = language;
  const overlay = document.getElementById('overlay') as HTMLElement;
  const stageElement = document.getElementById('stage') as HTMLElement;
  const audio = createHowlerAudio(AUDIO_URLS);
  const shell = createShell(overlay, { i18n, audio, language, settings: settings.get, events });
  const { ctx } = shell;
  let stage: StageController | null = null;
  // The rules, question bank, saves and game screens load in their own chunk, once the title has been
  // painted: evaluating it first would hold back the title's first frame on a slow laptop.
  const titlePainted = afterNextPaint();
  const runtime = titlePainted
    .then(() => import('./runtime'))
    .then(async ({ startRuntime }) => {
      await ready();
      return startRuntime({
        ctx,
        overlay,
        title,
        panels,
        ready,
        events,
        stage: () => stage,
        problems: settings.fromNewerVersion
          ? [{ code: 'document/newer', key: 'settings', version: 0 }]
          : [],
        newSeed: () => parseSeed(query.get('seed')) ?? randomSeed(),
        linkCode: query.get('class'),
        setLanguage: (next) => language.change(next),
        onModeChange: (mode) => {
          audio.setMusic(mode === 'game');
          if (mode !== 'title') startStage(mode);
        },
      });
    });
  const failed = (error: unknown) => {
    console.warn('The game could not be loaded', error);
    shell.announcer.say(ctx.t('app.loadFailed'));
  };
  const { title, panels } = mountMenus(overlay, {
    shell,
    events,
    languages: LANGUAGES,
    language: current,
    settings: settings.get,
    ready,
    onLanguage: (next) => void language.change(next),
    onSettings: (change) => events.emit('settings', settings.update(change)),
    onGame: (entry, opener) => void runtime.then((r) => r.view.menu(entry, opener), failed),
    players: () => runtime.then((r) => r.players()),
    classroom: (id, container) => runtime.then((r) => r.classroom(id, container)),
    onQuit: () => void runtime.then((r) => r.view.quit(), failed),
  });
  shell.applyLanguage();
  // The first number formatted in a language loads its locale data (over 10 ms): do it while idle.
  void titlePainted
    .then(() => ready())
    .then(() => translateTree(document.body, ctx.t))
    .then(() => whenIdle(2000))
    .then(() => warmNumberFormats(current()));
  const progress = mountEngineProgress(title.progressSlot, ctx.t);
  // A join link (`?class=CODE`) opens the join dialog with the code filled in, unless a game in
  // progress is reopening (the student came back to their session game).
  if (query.get('class'))
    void runtime.then((r) => (r.resuming ? undefined : panels.open('join', null)), failed);
  const engine = bootEngine(stageElement, {
    chunkUrl: engineChunkUrl(document),
    // The 1.4 MB engine is fetched once the title is usable, not beside the files that make it so.
    after: runtime.then(() => whenIdle(1000)),
    reducedMotion: shell.reducedMotion,
    topInset: shell.hudBottom,
    onReady: () => stageElement.classList.add('ready'),
    onProgress: (s, f) => progress.update(s, f),
  });
  // The engine is evaluated only once the player heads for a game; the setup screen shows its progress.
  function startStage(mode: 'setup' | 'game'): void {
    const setupHost = overlay.querySelector<HTMLElement>('main.setup-screen');
    if (mode === 'setup' && setupHost && !stage) setupHost.prepend(progress.element);
    void engine.start().then((started) => {
      if (!started || stage) return;
      stage = started;
      void runtime.then((r) => r.view.mode() === 'game' && r.view.refresh());
    });
  }
}

void main();
