// A half-entered answer as the form holds it (checked boxes, typed numbers, chosen matches, the order), so a reload can put it back.

/** Control id → its value ("checked" for a ticked radio), plus the ordering list's order if any. */
export interface AnswerDraft {
  readonly values: Readonly<Record<string, string>>;
  readonly order?: readonly string[];
}

/** Where a question's draft is kept between reloads; the game view gives one per question on screen. */
export interface DraftStore {
  load(): AnswerDraft | null;
  save(draft: AnswerDraft): void;
  clear(): void;
}

/** Reads what the form's controls hold now; null when nothing is entered yet. */
export function readDraft(form: HTMLElement): AnswerDraft | null {
  const values: Record<string, string> = {};
  for (const input of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
    'input[id], select[id]',
  )) {
    if (
      input instanceof HTMLInputElement &&
      (input.type === 'radio' || input.type === 'checkbox')
    ) {
      if (input.checked) values[input.id] = 'checked';
    } else if (input.value !== '') values[input.id] = input.value;
  }
  const list = form.querySelector<HTMLElement>('.quiz-ordering');
  const order = list
    ? [...list.querySelectorAll<HTMLElement>('[data-item]')].map((row) => row.dataset.item ?? '')
    : undefined;
  const moved = order && order.join('\n') !== (list?.dataset.initial ?? '');
  if (Object.keys(values).length === 0 && !moved) return null;
  return moved ? { values, order } : { values };
}

/** Puts a draft back into the form's controls; ids it does not know are ignored (another version). */
export function writeDraft(form: HTMLElement, draft: AnswerDraft): void {
  for (const [id, value] of Object.entries(draft.values)) {
    const input = form.querySelector<HTMLInputElement | HTMLSelectElement>(`#${CSS.escape(id)}`);
    if (!input) continue;
    if (input instanceof HTMLInputElement && (input.type === 'radio' || input.type === 'checkbox'))
      input.checked = value === 'checked';
    else if (input instanceof HTMLSelectElement) {
      if ([...input.options].some((o) => o.value === value)) input.value = value;
    } else input.value = value;
  }
}

/** A stored draft's data as a draft, or null for anything else: a draft is a convenience, never an error. */
function draftFrom(data: unknown): AnswerDraft | null {
  if (typeof data !== 'object' || data === null) return null;
  const { values, order } = data as { values?: unknown; order?: unknown };
  if (typeof values !== 'object' || values === null) return null;
  const clean = Object.fromEntries(
    Object.entries(values).filter(
      (e): e is [string, string] => typeof e[1] === 'string' && e[1].length <= 64,
    ),
  );
  const list = Array.isArray(order) && order.every((x) => typeof x === 'string') ? order : null;
  return list ? { values: clean, order: list as string[] } : { values: clean };
}

/** Where drafts are kept: one slot (the question on screen), tagged with the game and question it belongs to. */
export interface DraftSlot {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

const SLOT = 'quiz-draft';

/** The draft store for one question of one game: a draft of any other question reads as none. */
export function slotDrafts(slot: DraftSlot, owner: string): DraftStore {
  return {
    load() {
      const text = slot.get(SLOT);
      if (!text) return null;
      try {
        const { owner: found, draft } = JSON.parse(text) as { owner?: unknown; draft?: unknown };
        return found === owner ? draftFrom(draft) : null;
      } catch {
        return null;
      }
    },
    save(draft) {
      slot.set(SLOT, JSON.stringify({ owner, draft }));
    },
    clear() {
      slot.set(SLOT, '');
    },
  };
}
