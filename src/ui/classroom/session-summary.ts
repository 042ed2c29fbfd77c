// A session's settings in words (length, difficulty, language, checkpoints, timer, seed), as a list the sheet and the join form share.
import type { ClassSettings } from '../../services/classroom/session-code';
import type { Translate } from '../../services/i18n';
import { h } from '../dom';

/** One line per setting, in the given translation. */
export function summaryLines(settings: ClassSettings, t: Translate): string[] {
  return [
    t('class:summary.length', { value: t(`game:setup.${settings.length}`) }),
    t('class:summary.difficulty', { value: t(`game:setup.${settings.difficulty}`) }),
    t('class:summary.language', { value: t(`class:new.lang.${settings.language}`) }),
    t(settings.checkpoints ? 'class:summary.checkpointsOn' : 'class:summary.checkpointsOff'),
    settings.timerSeconds === 0
      ? t('class:summary.timerOff')
      : t('class:summary.timer', { seconds: settings.timerSeconds }),
    t('class:summary.seed', { seed: settings.seed }),
  ];
}

export function summaryList(settings: ClassSettings, t: Translate): HTMLUListElement {
  return h(
    'ul',
    { class: 'class-summary' },
    ...summaryLines(settings, t).map((line) => h('li', {}, document.createTextNode(line))),
  );
}
