// Preload: loads the title art and reports real loader progress to the DOM progress bar.
import Phaser from 'phaser';
import { TITLE_ART } from './art';
import { HOOKS_KEY, type SceneHooks } from './hooks';

export class PreloadScene extends Phaser.Scene {
  constructor() {
    super('Preload');
  }

  preload(): void {
    const hooks = this.registry.get(HOOKS_KEY) as SceneHooks;
    this.load.on(Phaser.Loader.Events.PROGRESS, (value: number) => hooks.onProgress(value));
    for (const art of TITLE_ART) {
      this.load.svg(art.key, art.url, { width: art.width, height: art.height });
    }
  }

  create(): void {
    this.scene.start('Title');
  }
}
