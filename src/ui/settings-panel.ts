// The Settings panel's body: language, sound, text size, contrast, motion and read-aloud as labelled form controls.
import { MOTION_SETTINGS, type MotionSetting } from '../services/motion';
import { TEXT_SIZES, type Settings } from '../services/settings';
import { h, text } from './dom';

export interface SettingsHandlers {
  readonly languages: readonly string[];
  readonly canReadAloud: boolean;
  language(): string;
  settings(): Settings;
  onLanguage(language: string): void;
  onChange(change: Partial<Omit<Settings, 'version' | 'language'>>): void;
}

const MOTION_KEYS: Readonly<Record<MotionSetting, string>> = {
  system: 'panel.settings.motionSystem',
  reduce: 'panel.settings.motionReduce',
  full: 'panel.settings.motionFull',
};

function radio(name: string, value: string, label: HTMLElement, lang?: string) {
  return h('label', { class: 'choice', lang }, h('input', { type: 'radio', name, value }), label);
}

function checkbox(id: string, labelKey: string) {
  const input = h('input', { type: 'checkbox', id });
  return { input, row: h('div', { class: 'choice' }, input, text('label', labelKey, { for: id })) };
}

function volume(id: string, labelKey: string) {
  const input = h('input', { type: 'range', id, min: '0', max: '100', step: '5' });
  const output = h('output', { for: id });
  return {
    input,
    output,
    row: h('div', { class: 'range-row' }, text('label', labelKey, { for: id }), input, output),
  };
}

export function settingsBody(handlers: SettingsHandlers): { body: Node; sync(): void } {
  const languageSet = h(
    'fieldset',
    {},
    text('legend', 'a11y.languageGroup'),
    ...handlers.languages.map((lang) =>
      radio('language', lang, text('span', 'meta.name', { 'data-lng': lang }), lang),
    ),
  );
  const music = volume('setting-music', 'game:settings.music');
  const effects = volume('setting-effects', 'game:settings.effects');
  const mute = checkbox('setting-mute', 'game:settings.mute');
  const soundSet = h(
    'fieldset',
    {},
    text('legend', 'game:settings.sound'),
    music.row,
    effects.row,
    mute.row,
  );
  const sizes = h(
    'fieldset',
    { class: 'inline-choices' },
    text('legend', 'game:settings.textSize'),
    ...TEXT_SIZES.map((size) =>
      radio(
        'text-size',
        String(size),
        text('span', 'game:settings.textSizeValue', {}, { size: size / 100 }),
      ),
    ),
  );
  const contrast = checkbox('setting-contrast', 'game:settings.highContrast');
  const motionSet = h(
    'fieldset',
    {},
    text('legend', 'panel.settings.motion'),
    ...MOTION_SETTINGS.map((value) => radio('motion', value, text('span', MOTION_KEYS[value]))),
  );
  const readAloud = checkbox('setting-read-aloud', 'game:settings.readAloud');
  const displaySet = h(
    'fieldset',
    {},
    text('legend', 'game:settings.display'),
    sizes,
    contrast.row,
    readAloud.row,
  );
  if (!handlers.canReadAloud) {
    readAloud.input.disabled = true;
    displaySet.append(text('p', 'game:settings.readAloudMissing', { class: 'note' }));
  }

  languageSet.addEventListener('change', (event) =>
    handlers.onLanguage((event.target as HTMLInputElement).value),
  );
  music.input.addEventListener('input', () =>
    handlers.onChange({ musicVolume: Number(music.input.value) / 100 }),
  );
  effects.input.addEventListener('input', () =>
    handlers.onChange({ effectsVolume: Number(effects.input.value) / 100 }),
  );
  mute.input.addEventListener('change', () => handlers.onChange({ muted: mute.input.checked }));
  contrast.input.addEventListener('change', () =>
    handlers.onChange({ highContrast: contrast.input.checked }),
  );
  readAloud.input.addEventListener('change', () =>
    handlers.onChange({ readAloud: readAloud.input.checked }),
  );
  sizes.addEventListener('change', (event) => {
    const size = TEXT_SIZES.find((s) => String(s) === (event.target as HTMLInputElement).value);
    if (size) handlers.onChange({ textSize: size });
  });
  motionSet.addEventListener('change', (event) => {
    const motion = MOTION_SETTINGS.find((m) => m === (event.target as HTMLInputElement).value);
    if (motion) handlers.onChange({ motion });
  });

  const sync = () => {
    const s = handlers.settings();
    for (const input of languageSet.querySelectorAll('input'))
      input.checked = input.value === handlers.language();
    for (const input of sizes.querySelectorAll('input'))
      input.checked = input.value === String(s.textSize);
    for (const input of motionSet.querySelectorAll('input'))
      input.checked = input.value === s.motion;
    music.input.value = String(Math.round(s.musicVolume * 100));
    effects.input.value = String(Math.round(s.effectsVolume * 100));
    music.output.textContent = `${music.input.value}%`;
    effects.output.textContent = `${effects.input.value}%`;
    mute.input.checked = s.muted;
    contrast.input.checked = s.highContrast;
    readAloud.input.checked = s.readAloud && handlers.canReadAloud;
  };
  sync();
  const body = h('div', { class: 'settings' }, languageSet, soundSet, displaySet, motionSet);
  return { body, sync };
}
