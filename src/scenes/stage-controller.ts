// How the page switches the stage between the title backdrop and the year's city, even before the art has loaded.
import Phaser from 'phaser';
import { ART_READY_EVENT } from './art';
import { CITY_SCENE_KEY, type CityScene } from './city-scene';
import { HOOKS_KEY, type CityView, type SceneHooks, type StageController } from '../app/stage';

const TITLE_SCENE_KEY = 'Title';

/** A neutral year used only to build the city before it is needed; it is never shown. */
const WARM_UP_VIEW: CityView = {
  year: 2018,
  firstYear: 2018,
  lastYear: 2030,
  // Mid-scale values: every district builds its objects; the numbers themselves never show.
  indicators: {
    capability: 50,
    chipAutonomy: 50,
    ecosystem: 50,
    talent: 50,
    influence: 50,
    waste: 50,
  },
  previous: null,
  history: [],
  allocation: null,
  budget: 0,
};

type Wanted = { readonly kind: 'title' } | { readonly kind: 'city'; readonly view: CityView };

/**
 * How long (ms) the city keeps drawing after a change: its 1.5 s unfolding plus a little ambient life.
 * Then the game loop sleeps until the next change: a still picture costs no frames, which keeps the
 * main thread free for the panels (and the battery of a school laptop) while the player reads and plans.
 */
export const CITY_SETTLE_MS = 4000;
/** With reduced motion the city is drawn in its final state at once: a few frames are enough. */
export const CITY_SETTLE_REDUCED_MS = 500;
/**
 * The title and setup screens show the page's CSS skyline (its drift is a compositor animation), so the
 * canvas is hidden there and the loop only runs long enough to apply the scene switch.
 */
export const TITLE_SETTLE_MS = 200;

export interface Stage extends StageController {
  /** The canvas changed size: draw again (a resized canvas is blank until its next frame). */
  resized(): void;
}

/**
 * Scenes are put to sleep, not stopped, when the other one shows: waking is instant and the title
 * keeps its resize listener on live objects.
 */
export function createStageController(game: Phaser.Game, parent: HTMLElement): Stage {
  let artReady = false;
  let wanted: Wanted = { kind: 'title' };
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  /** True while the warm-up's one frame is pending: the loop must not sleep before it is drawn. */
  let warming = false;
  const reduced = () => (game.registry.get(HOOKS_KEY) as SceneHooks | undefined)?.reducedMotion();

  const settleMs = (): number => {
    if (wanted.kind === 'title') return TITLE_SETTLE_MS;
    return reduced() ? CITY_SETTLE_REDUCED_MS : CITY_SETTLE_MS;
  };

  /** Runs the loop, then lets it sleep once the picture is still: no frame is drawn while nothing moves. */
  const awake = (): void => {
    clearTimeout(restTimer);
    // CSS hides the canvas over the title (styles.css, #stage[data-scene]).
    parent.dataset.scene = wanted.kind;
    if (!game.loop.running) game.loop.wake(true);
    restTimer = setTimeout(() => {
      // Never before the art is in: the loader and the first scenes still need the loop.
      if (!warming && artReady) game.loop.sleep();
    }, settleMs());
  };

  const apply = (): void => {
    if (!artReady) return; // Preload starts the Title itself; a wanted city follows on ART_READY_EVENT.
    const scenes = game.scene;
    if (wanted.kind === 'title') {
      if (scenes.isActive(CITY_SCENE_KEY)) scenes.sleep(CITY_SCENE_KEY);
      scenes.run(TITLE_SCENE_KEY);
      return;
    }
    const { view } = wanted;
    if (scenes.isActive(TITLE_SCENE_KEY)) scenes.sleep(TITLE_SCENE_KEY);
    const city = scenes.getScene<CityScene>(CITY_SCENE_KEY);
    if (scenes.isSleeping(CITY_SCENE_KEY)) {
      scenes.wake(CITY_SCENE_KEY);
      city.show(view);
    } else if (scenes.isActive(CITY_SCENE_KEY)) {
      city.show(view);
    } else {
      scenes.start(CITY_SCENE_KEY, view as unknown as object);
    }
  };

  /**
   * Builds and draws the city once, then puts it to sleep, while the player is still on the title:
   * its first build and texture upload are the longest tasks of a game otherwise, better spent in
   * idle time than on the first "Commit the budget".
   */
  const warmUp = (): void => {
    const scenes = game.scene;
    if (
      wanted.kind !== 'title' ||
      scenes.isActive(CITY_SCENE_KEY) ||
      scenes.isSleeping(CITY_SCENE_KEY)
    )
      return;
    warming = true;
    scenes.getScene(CITY_SCENE_KEY).events.once(Phaser.Scenes.Events.CREATE, () => {
      // One frame drawn beneath the opaque title sends the city's textures to the GPU unseen;
      // otherwise that upload lands on the first frame of the first year.
      scenes.sendToBack(CITY_SCENE_KEY);
      game.events.once(Phaser.Core.Events.POST_RENDER, () => {
        if (wanted.kind === 'title') scenes.sleep(CITY_SCENE_KEY);
        scenes.bringToTop(CITY_SCENE_KEY);
        warming = false;
        awake();
      });
    });
    scenes.start(CITY_SCENE_KEY, WARM_UP_VIEW as unknown as object);
  };

  parent.dataset.scene = wanted.kind;
  game.events.once(ART_READY_EVENT, () => {
    artReady = true;
    if (wanted.kind === 'city') {
      apply();
      awake();
    }
    // Right after the engine's own start-up, while the progress bar finishes on the setup screen.
    else setTimeout(warmUp, 0);
  });

  return {
    showTitle() {
      wanted = { kind: 'title' };
      awake();
      apply();
    },
    showCity(view) {
      wanted = { kind: 'city', view };
      awake();
      apply();
    },
    resized: awake,
  };
}
