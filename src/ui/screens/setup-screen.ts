// New game setup: game length, difficulty and an optional nickname, as one accessible form.
import { DIFFICULTIES, LENGTHS, type Content, type Difficulty, type GameLength } from '../../sim';
import { h, text } from '../dom';
import { cleanNickname, NICKNAME_MAX } from '../../sim/nickname';
import type { Screen, UiContext } from '../screen-context';
import { READING_MINUTES } from './reading-time';

export interface SetupChoice {
  readonly length: GameLength;
  readonly difficulty: Difficulty;
  readonly nickname: string;
}

function option(
  name: string,
  value: string,
  labelKey: string,
  hintKey: string,
  args?: Record<string, number>,
) {
  const id = `setup-${name}-${value}`;
  return h(
    'div',
    { class: 'option-card' },
    h('input', { type: 'radio', name, value, id, 'aria-describedby': `${id}-hint` }),
    h(
      'label',
      { for: id },
      text('span', labelKey, { class: 'option-title' }),
      text('span', hintKey, { id: `${id}-hint`, class: 'option-hint' }, args),
    ),
  );
}

export function mountSetupScreen(
  container: HTMLElement,
  _ctx: UiContext,
  content: Content,
  handlers: { onStart(choice: SetupChoice): void; onBack(): void },
): Screen {
  const years = (length: GameLength) =>
    content.scenarios[length].lastYear - content.scenarios[length].firstYear + 1;
  const lengthSet = h(
    'fieldset',
    { class: 'option-group' },
    text('legend', 'game:setup.length'),
    ...LENGTHS.map((length) =>
      option('length', length, `game:setup.${length}`, `game:setup.${length}Hint`, {
        years: years(length),
        ...READING_MINUTES[length],
      }),
    ),
  );
  const difficultySet = h(
    'fieldset',
    { class: 'option-group' },
    text('legend', 'game:setup.difficulty'),
    ...DIFFICULTIES.map((d) => option('difficulty', d, `game:setup.${d}`, `game:setup.${d}Hint`)),
  );
  const nickname = h('input', {
    type: 'text',
    id: 'setup-nickname',
    name: 'nickname',
    maxlength: String(NICKNAME_MAX * 2),
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'setup-nickname-hint',
  });
  const start = text('button', 'game:setup.start', { type: 'submit', class: 'button primary' });
  const back = text('button', 'game:setup.back', { type: 'button', class: 'button secondary' });
  const form = h(
    'form',
    { class: 'card setup', 'aria-labelledby': 'setup-title' },
    text('h2', 'game:setup.title', { id: 'setup-title', tabindex: '-1' }),
    text('p', 'game:setup.intro'),
    lengthSet,
    difficultySet,
    h(
      'div',
      { class: 'field' },
      text('label', 'game:setup.nickname', { for: 'setup-nickname' }),
      nickname,
      text(
        'p',
        'game:setup.nicknameHint',
        { id: 'setup-nickname-hint', class: 'hint' },
        { max: NICKNAME_MAX },
      ),
    ),
    h('div', { class: 'actions' }, back, start),
  );
  (form.querySelector('input[name="length"][value="standard"]') as HTMLInputElement).checked = true;
  (form.querySelector('input[name="difficulty"][value="normal"]') as HTMLInputElement).checked =
    true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const length = LENGTHS.find((l) => l === data.get('length')) ?? 'standard';
    const difficulty = DIFFICULTIES.find((d) => d === data.get('difficulty')) ?? 'normal';
    handlers.onStart({
      length,
      difficulty,
      nickname: cleanNickname(String(data.get('nickname') ?? '')),
    });
  });
  back.addEventListener('click', () => handlers.onBack());
  container.append(form);
  return { element: form, destroy: () => form.remove() };
}
