// How the page switches the stage between the title backdrop and the year's city, even before the art has loaded.
import type Phaser from 'phaser';
import { ART_READY_EVENT } from './art';
import { CITY_SCENE_KEY, type CityScene } from './city-scene';
import type { CityView, StageController } from './city-view';

const TITLE_SCENE_KEY = 'Title';

type Wanted = { readonly kind: 'title' } | { readonly kind: 'city'; readonly view: CityView };

/**
 * Scenes are put to sleep, not stopped, when the other one shows: waking is instant and the title
 * keeps its resize listener on live objects.
 */
export function createStageController(game: Phaser.Game): StageController {
  let artReady = false;
  let wanted: Wanted = { kind: 'title' };

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

  game.events.once(ART_READY_EVENT, () => {
    artReady = true;
    if (wanted.kind === 'city') apply();
  });

  return {
    showTitle() {
      wanted = { kind: 'title' };
      apply();
    },
    showCity(view) {
      wanted = { kind: 'city', view };
      apply();
    },
  };
}
