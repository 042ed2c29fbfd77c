// Composition root: preferences, language, the title screen, then the game engine behind it once the page is idle.
import './ui/styles.css';
import { createI18n } from './services/i18n';
import { PSEUDO, pickLanguage } from './services/language';
import { LANGUAGES } from './services/locales';
import {
  shouldReduceMotion,
  systemPrefersReducedMotion,
  type MotionSetting,
} from './services/motion';
import { createPrefs } from './services/prefs';
import { browserLocalStorage, createKeyValueStore } from './services/storage-local';
import { engineChunkUrl, prefetchEngine, startEngine, whenIdle } from './services/engine';
import { createAnnouncer } from './ui/announcer';
import { translateTree } from './ui/dom';
import { mountEngineProgress } from './ui/engine-progress';
import { mountTitleScreen } from './ui/title-screen';

/** Share of the progress bar given to each engine start-up stage. */
const STAGE_SHARE = { download: 0.7, evaluate: 0.1, art: 0.2 } as const;

async function main(): Promise<void> {
  const prefs = createPrefs(createKeyValueStore(browserLocalStorage()), LANGUAGES);
  const query = new URLSearchParams(location.search).get('lang');
  let language = pickLanguage({
    supported: LANGUAGES,
    query,
    stored: prefs.language(),
    browser: navigator.languages ?? [navigator.language],
    allowPseudo: import.meta.env.DEV,
  });
  const i18n = await createI18n(language);
  const t = i18n.t.bind(i18n);
  const overlay = document.getElementById('overlay') as HTMLElement;
  const stage = document.getElementById('stage') as HTMLElement;
  const announcer = createAnnouncer(document.getElementById('announcer') as HTMLElement);

  const applyMotion = (setting: MotionSetting) => {
    document.documentElement.dataset.motion = shouldReduceMotion(
      setting,
      systemPrefersReducedMotion(),
    )
      ? 'reduce'
      : 'full';
  };
  const applyLanguage = () => {
    document.documentElement.lang = language === PSEUDO ? 'en' : language;
    document.title = t('app.documentTitle');
    translateTree(document.body, t);
  };

  const title = mountTitleScreen(overlay, {
    languages: LANGUAGES,
    language: () => language,
    motion: () => prefs.motion(),
    async onLanguage(next: string) {
      if (next === language) return;
      language = next;
      prefs.setLanguage(next);
      await i18n.changeLanguage(next);
      applyLanguage();
      title.sync();
      announcer.say(t('a11y.languageChanged'));
    },
    onMotion(setting) {
      prefs.setMotion(setting);
      applyMotion(setting);
      title.sync();
    },
    onPanel(_entry, open) {
      if (!open) announcer.say(t('a11y.panelClosed'));
    },
  });
  applyMotion(prefs.motion());
  applyLanguage();

  const progress = mountEngineProgress(title.progressSlot, t);
  progress.update('loading', 0);
  try {
    const url = engineChunkUrl(document);
    if (url) await prefetchEngine(url, (f) => progress.update('loading', f * STAGE_SHARE.download));
    await whenIdle(2000);
    progress.update('starting', STAGE_SHARE.download);
    await startEngine(stage, {
      reducedMotion: () => document.documentElement.dataset.motion === 'reduce',
      onProgress: (f) =>
        progress.update(
          'preparing',
          STAGE_SHARE.download + STAGE_SHARE.evaluate + f * STAGE_SHARE.art,
        ),
      onReady: () => {
        progress.update('ready', 1);
        stage.classList.add('ready');
      },
    });
  } catch (error) {
    // The title screen never depends on the engine: say so, keep every control working.
    console.warn('Game engine failed to start', error);
    progress.update('failed', 0);
  }
}

void main();
