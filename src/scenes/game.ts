// The engine chunk's entry: creates the Phaser game (Boot → Preload → Title, plus City) and returns its StageController.
import Phaser from 'phaser';
import { BootScene } from './boot-scene';
import { CityScene } from './city-scene';
import type { StageController } from './city-view';
import { HOOKS_KEY, type SceneHooks } from './hooks';
import { PreloadScene } from './preload-scene';
import { createStageController } from './stage-controller';
import { TitleScene } from './title-scene';

/**
 * Dispatched on `parent` once, right after the game is created, with the controller as `detail`.
 * It lets code that did not call startGame (a browser test, a future embedding page) drive the stage
 * without a global; main.ts uses the return value instead.
 */
export const STAGE_READY_EVENT = 'stage-ready';

export function startGame(parent: HTMLElement, hooks: SceneHooks): StageController {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: '#1b1640',
    banner: false,
    // Sound belongs to the Howler adapter, not to Phaser: no AudioContext before a user gesture.
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    scene: [BootScene, PreloadScene, TitleScene, CityScene],
    callbacks: {
      preBoot: (booted) => booted.registry.set(HOOKS_KEY, hooks),
    },
  });
  const controller = createStageController(game);
  parent.dispatchEvent(new CustomEvent<StageController>(STAGE_READY_EVENT, { detail: controller }));
  return controller;
}
