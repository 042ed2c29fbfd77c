// The optional per-question timer of a class session: a countdown beside each checkpoint question; at zero the answer on screen is submitted as it stands (there is no speed bonus, so answering early earns nothing).
import type { Snapshot, Store } from '../../app/store';
import { parseSessionCode } from '../../services/classroom/session-code';
import { h } from '../dom';
import type { UiContext } from '../screen-context';
import { classCodeOf } from './result-panel';

/** The question on screen that a timer runs for, as `checkpoint:question`, or null. */
export function timedQuestion(snapshot: Snapshot): { key: string; seconds: number } | null {
  const session = snapshot.session;
  const code = classCodeOf(session);
  if (!session || !code) return null;
  const parsed = parseSessionCode(code);
  if (!parsed.ok || parsed.settings.timerSeconds === 0) return null;
  const cp = session.checkpoint;
  if (session.game.phase !== 'checkpoint' || !cp?.started) return null;
  if (cp.current >= cp.questions.length || cp.grades[cp.current]) return null;
  return {
    key: `${session.game.checkpoint?.index ?? 0}:${cp.current}`,
    seconds: parsed.settings.timerSeconds,
  };
}

export function connectQuestionTimer(
  ctx: UiContext,
  store: Store,
  overlay: HTMLElement,
): () => void {
  const element = h('div', { class: 'class-timer', role: 'timer', hidden: true });
  overlay.append(element);
  let running: { key: string; left: number; timer: ReturnType<typeof setInterval> } | null = null;
  const stop = () => {
    if (running) clearInterval(running.timer);
    running = null;
    element.hidden = true;
  };
  const draw = () => {
    if (!running) return;
    element.textContent = ctx.t('class:timer.left', { seconds: running.left });
  };
  const expire = () => {
    stop();
    ctx.announce(ctx.t('class:timer.up'));
    // The answer as it stands: a complete one is graded as usual, an incomplete one says what is missing.
    document.querySelector<HTMLButtonElement>('.game-main .quiz-form .quiz-submit')?.click();
  };
  const sync = () => {
    const timed = timedQuestion(store.snapshot());
    if (!timed) return stop();
    if (running?.key === timed.key) return;
    stop();
    running = {
      key: timed.key,
      left: timed.seconds,
      timer: setInterval(() => {
        if (!running) return;
        running.left -= 1;
        if (running.left <= 0) expire();
        else draw();
        // A quarter of the time left is said once, so a screen reader user is not surprised.
        if (running && running.left === Math.ceil(timed.seconds / 4))
          ctx.announce(element.textContent ?? '');
      }, 1000),
    };
    element.hidden = false;
    draw();
  };
  const unsubscribe = store.subscribe(sync);
  sync();
  return () => {
    unsubscribe();
    stop();
    element.remove();
  };
}
