// The "Join a class session" dialog's body: the join form, and what joining does (the language the teacher fixed, then the session game).
import type { ClassSettings } from '../../services/classroom/session-code';
import { translateTree } from '../dom';
import type { UiContext } from '../screen-context';
import { joinForm, type JoinChoice } from './join-form';

export interface JoinPanelDeps {
  /** Switches the game's language (the teacher fixed one). */
  setLanguage(language: string): Promise<void>;
  /** Starts the session game; the dialog is closed first. */
  play(choice: JoinChoice): Promise<void>;
  /** The code from the join link (`?class=`), if the game was opened with one. */
  readonly linkCode: string | null;
}

export function joinPanel(ctx: UiContext, container: HTMLElement, deps: JoinPanelDeps) {
  let linkCode = deps.linkCode;
  const form = joinForm(ctx, (choice) => {
    const dialog = container.closest('dialog');
    const fixed: ClassSettings['language'] = choice.settings.language;
    void (async () => {
      if (fixed !== 'any' && fixed !== ctx.language()) await deps.setLanguage(fixed);
      dialog?.close();
      await deps.play(choice);
    })();
  });
  container.append(form.element);
  translateTree(container, ctx.t);
  const fill = () => {
    if (linkCode) form.setCode(linkCode);
    linkCode = null;
    // After the dialog has opened and taken focus.
    setTimeout(() => form.focus(), 0);
  };
  fill();
  return { refresh: fill };
}
