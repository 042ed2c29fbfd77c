// The engine chunk's entry: creates the Phaser game (Boot → Preload → Title, plus City) and returns its StageController.
import Phaser from 'phaser';
import { BootScene } from './boot-scene';
import { CityScene } from './city-scene';
import type { StageController } from '../app/stage';
import { HOOKS_KEY, type SceneHooks } from '../app/stage';
import { PreloadScene } from './preload-scene';
import { renderScaleFor, webglRenderer } from './render-scale';
import { createStageController } from './stage-controller';
import { TitleScene } from './title-scene';

/**
 * Dispatched on `parent` once, right after the game is created, with the controller as `detail`.
 * It lets code that did not call startGame (a browser test, a future embedding page) drive the stage
 * without a global; main.ts uses the return value instead.
 */
export const STAGE_READY_EVENT = 'stage-ready';

export function startGame(parent: HTMLElement, hooks: SceneHooks): StageController {
  // The canvas is decoration: on software WebGL it is drawn at half size and stretched by CSS,
  // which keeps each frame's copy to the page short enough not to block input (see docs/architecture.md).
  const scale = renderScaleFor(webglRenderer(document));
  const size = () => ({
    width: Math.max(1, Math.round(parent.clientWidth * scale)),
    height: Math.max(1, Math.round(parent.clientHeight * scale)),
  });
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: '#1b1640',
    banner: false,
    // Sound belongs to the Howler adapter, not to Phaser: no AudioContext before a user gesture.
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.NONE, ...size(), zoom: 1 / scale },
    scene: [BootScene, PreloadScene, TitleScene, CityScene],
    callbacks: {
      // Scenes lay out in game pixels: the page's header height is converted to them.
      preBoot: (booted) =>
        booted.registry.set(HOOKS_KEY, {
          ...hooks,
          topInset: () => (hooks.topInset?.() ?? 0) * scale,
        }),
    },
  });
  const controller = createStageController(game, parent);
  window.addEventListener('resize', () => {
    const { width, height } = size();
    game.scale.resize(width, height);
    controller.resized();
  });
  parent.dispatchEvent(new CustomEvent<StageController>(STAGE_READY_EVENT, { detail: controller }));
  return controller;
}
