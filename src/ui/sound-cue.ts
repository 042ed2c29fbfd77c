// The visual equivalent of every sound: a small badge with an icon and a word, shown whether or not sound is on.
import type { SoundId } from '../services/audio';
import type { Translate } from '../services/i18n';
import { h } from './dom';

const ICONS: Readonly<Record<SoundId, string>> = {
  click: '•',
  commit: '✔',
  'good-year': '▲',
  'bad-year': '▼',
  'event-alert': '!',
  correct: '✓',
  wrong: '✗',
  'end-fanfare': '★',
};

/** How long a cue stays on screen (ms); it carries nothing that is not also written on the screen. */
const SHOW_MS = 1800;

export function createSoundCues(host: HTMLElement, t: Translate): (sound: SoundId) => void {
  // Decorative: the same information is already on screen and in the live region.
  const badge = h('div', { class: 'sound-cue', 'aria-hidden': 'true' });
  host.append(badge);
  let timer: number | undefined;
  return (sound) => {
    if (sound === 'click') return; // a click's visual equivalent is the pressed control itself
    // In a game the badge sits in the HUD's own row, so it never covers the card's text; elsewhere
    // (the title) it floats at the top.
    const slot = document.querySelector('.hud-status') ?? host;
    if (badge.parentElement !== slot) slot.append(badge);
    badge.textContent = `${ICONS[sound]} ${t(`game:cue.${sound}`)}`;
    badge.dataset.sound = sound;
    badge.classList.add('visible');
    window.clearTimeout(timer);
    timer = window.setTimeout(() => badge.classList.remove('visible'), SHOW_MS);
  };
}
