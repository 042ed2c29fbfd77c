// The Settings panel's body: language and motion as labelled radio groups in fieldsets.
import { MOTION_SETTINGS, type MotionSetting } from '../services/motion';
import { h, text } from './dom';

export interface SettingsHandlers {
  readonly languages: readonly string[];
  language(): string;
  motion(): MotionSetting;
  onLanguage(language: string): void;
  onMotion(setting: MotionSetting): void;
}

const MOTION_KEYS: Readonly<Record<MotionSetting, string>> = {
  system: 'panel.settings.motionSystem',
  reduce: 'panel.settings.motionReduce',
  full: 'panel.settings.motionFull',
};

function radio(name: string, value: string, labelKey: string, checked: boolean, lang?: string) {
  const input = h('input', { type: 'radio', name, value, checked });
  return h('label', { class: 'choice', lang }, input, text('span', labelKey, { 'data-lng': lang }));
}

export function settingsBody(handlers: SettingsHandlers): { body: Node; sync(): void } {
  const languageSet = h(
    'fieldset',
    {},
    text('legend', 'a11y.languageGroup'),
    ...handlers.languages.map((lang) =>
      radio('language', lang, 'meta.name', lang === handlers.language(), lang),
    ),
  );
  const motionSet = h(
    'fieldset',
    {},
    text('legend', 'panel.settings.motion'),
    ...MOTION_SETTINGS.map((value) =>
      radio('motion', value, MOTION_KEYS[value], value === handlers.motion()),
    ),
  );
  languageSet.addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value;
    const match = handlers.languages.find((lang) => lang === value);
    if (match) handlers.onLanguage(match);
  });
  motionSet.addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value;
    const match = MOTION_SETTINGS.find((setting) => setting === value);
    if (match) handlers.onMotion(match);
  });
  const sync = () => {
    for (const input of languageSet.querySelectorAll('input'))
      input.checked = input.value === handlers.language();
    for (const input of motionSet.querySelectorAll('input'))
      input.checked = input.value === handlers.motion();
  };
  return {
    body: h(
      'div',
      { class: 'settings' },
      languageSet,
      motionSet,
      text('p', 'panel.settings.more', { class: 'note' }),
    ),
    sync,
  };
}
