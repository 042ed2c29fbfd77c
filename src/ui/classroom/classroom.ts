// The classroom side of the app: the join and teacher dialogs, the session game's result code, the teacher's full-page session screen and projector mode.
import { classGameSettings } from '../../services/classroom/class-game';
import type { ClassSettings } from '../../services/classroom/session-code';
import { text, translateTree } from '../dom';
import type { Translate } from '../../services/i18n';
import type { PlaySession, SessionEnv } from '../../sim';
import type { ClassPanel, ClassPanelId } from '../app-panels';
import type { AppView } from '../app-view';
import type { UiContext } from '../screen-context';
import type { TitleScreen } from '../title-screen';
import { h } from '../dom';
import { guideScreen } from './guide-screen';
import { joinPanel } from './join-panel';
import { resultPanel } from './result-panel';
import type { ViewId } from './session-screen';
import type { ClassroomData } from '../../app/classroom';
import './classroom.css';

export interface ClassroomDeps {
  readonly view: AppView;
  readonly overlay: HTMLElement;
  readonly title: TitleScreen;
  readonly env: SessionEnv;
  readonly data: ClassroomData;
  readonly linkCode: string | null;
  /** A student joined: the join link's code is taken out of the address. */
  onJoined(): void;
  readonly baseUrl: string;
  setLanguage(language: string): Promise<void>;
  /** A seed below 2^30 from the browser's random source. */
  randomSeed(): number;
  /** Opens "Read the source" at an article section. */
  openSource(section: string, opener: HTMLElement): void;
  download(fileName: string, text: string, type: string): void;
  /** Called after each language switch (the dashboard's tables are rebuilt in the new language). */
  onLanguage(listener: () => void): void;
}

export interface Classroom {
  mount(id: ClassPanelId, container: HTMLElement): Promise<ClassPanel>;
  resultsExtra(session: PlaySession): HTMLElement | null;
}

/**
 * Marks the page for projector mode (large type, high contrast) while the shared game is on, with a
 * line at the top that says so (the teacher enters the class's choice at each step).
 */
export function setProjector(on: boolean, t?: Translate): void {
  document.getElementById('projector-banner')?.remove();
  if (!on) {
    delete document.documentElement.dataset.projector;
    return;
  }
  document.documentElement.dataset.projector = 'on';
  const banner = text('p', 'class:projector.on', {
    id: 'projector-banner',
    class: 'projector-banner',
  });
  if (t) banner.textContent = t('class:projector.on');
  document.getElementById('overlay')?.prepend(banner);
}

export function createClassroom(ctx: UiContext, deps: ClassroomDeps): Classroom {
  const host = h('main', { class: 'class-screen', tabindex: '-1', hidden: true });
  deps.overlay.append(host);
  let screen: { destroy(): void; refresh(): void } | null = null;
  deps.onLanguage(() => screen?.refresh());

  /** Shows the class page instead of the title; exactly one visible <main> carries id="main". */
  const showHost = () => {
    deps.title.setVisible(false);
    for (const main of deps.overlay.querySelectorAll('main')) main.removeAttribute('id');
    host.hidden = false;
    host.id = 'main';
  };
  const closeHost = (focus = 'menu-teacher') => {
    screen?.destroy();
    screen = null;
    host.hidden = true;
    host.removeAttribute('id');
    deps.title.setVisible(true);
    deps.overlay.querySelector('.title-screen main')?.setAttribute('id', 'main');
    document.getElementById(focus)?.focus();
  };

  /** The dashboard is loaded when a teacher first opens a session (students never need it). */
  const openSession = async (id: string, view?: ViewId) => {
    const { sessionScreen } = await import('./session-screen');
    screen?.destroy();
    const page = sessionScreen(ctx, host, {
      baseUrl: deps.baseUrl,
      dashboard: {
        env: deps.env,
        csv: (p) => {
          const file = deps.data.csv(p, ctx.language());
          deps.download(file.fileName, file.text, 'text/csv;charset=utf-8');
        },
        openSource: deps.openSource,
      },
      load: deps.data.load,
      addCodes: deps.data.addCodes,
      exportFile: deps.data.exportFile,
      remove: deps.data.remove,
      addDemo: deps.data.addDemo,
      projector: (p) => void startProjector(p),
      close: () => closeHost(),
    });
    screen = page;
    showHost();
    void page.open(id, view);
  };

  const startProjector = async (page: { settings: ClassSettings }) => {
    closeHost('menu-continue');
    setProjector(true, ctx.t);
    await deps.view.playWith(classGameSettings(page.settings, ctx.t('class:projector.nickname')));
  };

  const openGuide = () => {
    screen?.destroy();
    const guide = guideScreen(ctx, host, () => closeHost());
    screen = guide;
    showHost();
    void guide.open();
  };

  return {
    async mount(id, container) {
      if (id === 'join')
        return joinPanel(ctx, container, {
          linkCode: deps.linkCode,
          setLanguage: deps.setLanguage,
          play: async (choice) => {
            setProjector(false);
            deps.onJoined();
            await deps.view.playWith(classGameSettings(choice.settings, choice.nickname));
          },
        });
      const { teacherPanel } = await import('./teacher-panel');
      const panel = teacherPanel(ctx, container, {
        list: deps.data.list,
        create: deps.data.create,
        remove: deps.data.remove,
        importFile: deps.data.importFile,
        demo: () => deps.data.demo(ctx.t('class:teacher.demoLabel')),
        open: (sessionId) => void openSession(sessionId),
        guide: openGuide,
        randomSeed: deps.randomSeed,
      });
      translateTree(container, ctx.t);
      return panel;
    },
    resultsExtra: (session) => resultPanel(ctx, session),
  };
}
