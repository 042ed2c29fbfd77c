// The "Teacher" dialog's body: a new session, the saved sessions, the demo class and the teacher guide.
import type { UiContext } from '../screen-context';

export function teacherPanel(_ctx: UiContext, _container: HTMLElement) {
  return { refresh: () => undefined };
}
