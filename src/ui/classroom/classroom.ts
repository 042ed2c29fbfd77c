// The classroom side of the app: the join and teacher dialogs, the session game's result code, and the teacher's full-page session screen.
import { classGameSettings } from '../../services/classroom/class-game';
import type { PlaySession, SessionEnv } from '../../sim';
import type { ClassPanel, ClassPanelId } from '../app-panels';
import type { AppView } from '../app-view';
import type { UiContext } from '../screen-context';
import type { TitleScreen } from '../title-screen';
import { joinPanel } from './join-panel';
import { resultPanel } from './result-panel';
import { teacherPanel } from './teacher-panel';
import './classroom.css';

export interface ClassroomDeps {
  readonly view: AppView;
  readonly overlay: HTMLElement;
  readonly title: TitleScreen;
  readonly env: SessionEnv;
  readonly linkCode: string | null;
  setLanguage(language: string): Promise<void>;
  newSeed(): number;
}

export interface Classroom {
  mount(id: ClassPanelId, container: HTMLElement): Promise<ClassPanel>;
  resultsExtra(session: PlaySession): HTMLElement | null;
}

export function createClassroom(ctx: UiContext, deps: ClassroomDeps): Classroom {
  return {
    async mount(id, container) {
      if (id === 'join')
        return joinPanel(ctx, container, {
          linkCode: deps.linkCode,
          setLanguage: deps.setLanguage,
          play: (choice) => deps.view.playWith(classGameSettings(choice.settings, choice.nickname)),
        });
      return teacherPanel(ctx, container);
    },
    resultsExtra: (session) => resultPanel(ctx, session),
  };
}
