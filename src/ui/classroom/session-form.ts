// The teacher's "new session" form: game length, difficulty, language, checkpoints, question timer, event seed and a class label.
import { DIFFICULTIES, LENGTHS, type Difficulty, type GameLength } from '../../sim';
import {
  CLASS_SEED_LIMIT,
  TIMER_CHOICES,
  type ClassSettings,
} from '../../services/classroom/session-code';
import { bind, h, text } from '../dom';
import type { UiContext } from '../screen-context';

const LANGUAGE_CHOICES = ['any', 'fr', 'en'] as const;
export const LABEL_MAX = 60;

export interface SessionChoice {
  readonly settings: ClassSettings;
  readonly label: string;
}

let formCount = 0;

function radio(group: string, name: string, value: string, labelKey: string, hintKey?: string) {
  const id = `${group}-${name}-${value}`;
  return h(
    'div',
    { class: 'option-card' },
    h('input', {
      type: 'radio',
      name,
      value,
      id,
      'aria-describedby': hintKey ? `${id}-hint` : undefined,
    }),
    h(
      'label',
      { for: id },
      text('span', labelKey, { class: 'option-title' }),
      hintKey ? text('span', hintKey, { id: `${id}-hint`, class: 'option-hint' }) : null,
    ),
  );
}

function fieldset(legendKey: string, ...children: HTMLElement[]): HTMLFieldSetElement {
  return h('fieldset', { class: 'option-group' }, text('legend', legendKey), ...children);
}

/** Reads a typed seed: a whole number from 0 to 2^30 - 1, or null. */
export function parseClassSeed(raw: string): number | null {
  const trimmed = raw.trim();
  if (!/^\d{1,10}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value < CLASS_SEED_LIMIT ? value : null;
}

export interface SessionFormHandlers {
  /** A random seed below 2^30 (the root reads the random source). */
  randomSeed(): number;
  onCreate(choice: SessionChoice): void;
  onCancel?(): void;
}

export function sessionForm(ctx: UiContext, handlers: SessionFormHandlers): HTMLFormElement {
  const g = `class-new-${(formCount += 1)}`;
  const lengths = fieldset(
    'class:new.length',
    ...LENGTHS.map((l) => radio(g, 'length', l, `game:setup.${l}`)),
  );
  const difficulties = fieldset(
    'class:new.difficulty',
    ...DIFFICULTIES.map((d) => radio(g, 'difficulty', d, `game:setup.${d}`, `game:setup.${d}Hint`)),
  );
  const languages = fieldset(
    'class:new.language',
    ...LANGUAGE_CHOICES.map((l) => radio(g, 'language', l, `class:new.lang.${l}`)),
  );
  const checkpoints = fieldset(
    'class:new.checkpoints',
    radio(g, 'checkpoints', 'on', 'class:new.checkpointsOn', 'class:new.checkpointsOnHint'),
    radio(g, 'checkpoints', 'off', 'class:new.checkpointsOff', 'class:new.checkpointsOffHint'),
  );
  const timer = h(
    'select',
    { id: `${g}-timer`, name: 'timer', 'aria-describedby': `${g}-timer-hint` },
    ...TIMER_CHOICES.map((s) =>
      s === 0
        ? text('option', 'class:new.timerOff', { value: '0' })
        : text('option', 'class:new.timerSeconds', { value: String(s) }, { seconds: s }),
    ),
  );
  const seedInput = h('input', {
    type: 'text',
    inputmode: 'numeric',
    id: `${g}-seed-value`,
    name: 'seedValue',
    autocomplete: 'off',
    'aria-describedby': `${g}-seed-hint ${g}-seed-error`,
  });
  const seedError = h('p', { id: `${g}-seed-error`, class: 'field-error', role: 'alert' });
  const seeds = fieldset(
    'class:new.seed',
    radio(g, 'seed', 'random', 'class:new.seedRandom'),
    radio(g, 'seed', 'typed', 'class:new.seedTyped'),
    h(
      'div',
      { class: 'field seed-field' },
      text('label', 'class:new.seedValue', { for: `${g}-seed-value` }),
      seedInput,
      text('p', 'class:new.seedHint', { id: `${g}-seed-hint`, class: 'hint' }),
      seedError,
    ),
  );
  const label = h('input', {
    type: 'text',
    id: `${g}-label`,
    name: 'label',
    maxlength: String(LABEL_MAX),
    autocomplete: 'off',
    'aria-describedby': `${g}-label-hint`,
  });
  const create = text('button', 'class:new.create', { type: 'submit', class: 'button primary' });
  const cancel = handlers.onCancel
    ? text('button', 'class:new.cancel', { type: 'button', class: 'button secondary' })
    : null;
  const form = h(
    'form',
    { class: 'class-form', 'aria-labelledby': `${g}-heading`, novalidate: true },
    text('h3', 'class:new.heading', { id: `${g}-heading` }),
    h(
      'div',
      { class: 'field' },
      text('label', 'class:new.label', { for: `${g}-label` }),
      label,
      text('p', 'class:new.labelHint', { id: `${g}-label-hint`, class: 'hint' }),
    ),
    lengths,
    difficulties,
    languages,
    checkpoints,
    h(
      'div',
      { class: 'field' },
      text('label', 'class:new.timer', { for: `${g}-timer` }),
      timer,
      text('p', 'class:new.timerHint', { id: `${g}-timer-hint`, class: 'hint' }),
    ),
    seeds,
    h('div', { class: 'actions' }, cancel, create),
  );
  const check = (name: string, value: string) => {
    const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
    if (input) input.checked = true;
  };
  check('length', 'short');
  check('difficulty', 'normal');
  check('language', 'any');
  check('checkpoints', 'on');
  check('seed', 'random');
  const seedTyped = () =>
    form.querySelector<HTMLInputElement>('input[name="seed"]:checked')?.value === 'typed';
  const syncSeed = () => {
    seedInput.disabled = !seedTyped();
  };
  form.addEventListener('change', syncSeed);
  syncSeed();
  seedInput.addEventListener('input', () => {
    seedError.replaceChildren();
    seedInput.removeAttribute('aria-invalid');
  });
  cancel?.addEventListener('click', () => handlers.onCancel?.());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    let seed = handlers.randomSeed();
    if (seedTyped()) {
      const typed = parseClassSeed(seedInput.value);
      if (typed === null) {
        const message = h('span');
        seedError.replaceChildren(message);
        bind(message, 'class:new.seedInvalid', ctx.t, { max: CLASS_SEED_LIMIT - 1 });
        seedInput.setAttribute('aria-invalid', 'true');
        seedInput.focus();
        return;
      }
      seed = typed;
    }
    const length: GameLength = LENGTHS.find((l) => l === data.get('length')) ?? 'short';
    const difficulty: Difficulty =
      DIFFICULTIES.find((d) => d === data.get('difficulty')) ?? 'normal';
    const language = LANGUAGE_CHOICES.find((l) => l === data.get('language')) ?? 'any';
    const timerSeconds = TIMER_CHOICES.find((s) => String(s) === data.get('timer')) ?? 0;
    handlers.onCreate({
      settings: {
        length,
        difficulty,
        language,
        checkpoints: data.get('checkpoints') !== 'off',
        timerSeconds,
        seed,
      },
      label: String(data.get('label') ?? '')
        .trim()
        .slice(0, LABEL_MAX),
    });
  });
  return form;
}
