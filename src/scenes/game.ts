// The engine chunk's entry: creates the Phaser game (Boot → Preload → Title) inside the given element.
import Phaser from 'phaser';
import { BootScene } from './boot-scene';
import { HOOKS_KEY, type SceneHooks } from './hooks';
import { PreloadScene } from './preload-scene';
import { TitleScene } from './title-scene';

export function startGame(parent: HTMLElement, hooks: SceneHooks): Phaser.Game {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: '#1b1640',
    banner: false,
    // Sound belongs to the Howler adapter, not to Phaser: no AudioContext before a user gesture.
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    scene: [BootScene, PreloadScene, TitleScene],
    callbacks: {
      preBoot: (booted) => booted.registry.set(HOOKS_KEY, hooks),
    },
  });
  return game;
}
