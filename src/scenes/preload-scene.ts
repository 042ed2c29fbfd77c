// Preload: loads the title and city art, reports real loader progress to the DOM progress bar, then tells the stage the art is in.
import Phaser from 'phaser';
import { ART_READY_EVENT, CITY_ART, TITLE_ART } from './art';
import { HOOKS_KEY, type SceneHooks } from '../app/stage';

export class PreloadScene extends Phaser.Scene {
  constructor() {
    super('Preload');
  }

  preload(): void {
    const hooks = this.registry.get(HOOKS_KEY) as SceneHooks;
    this.load.on(Phaser.Loader.Events.PROGRESS, (value: number) => hooks.onProgress(value));
    for (const art of [...TITLE_ART, ...CITY_ART]) {
      this.load.svg(art.key, art.url, { width: art.width, height: art.height });
    }
  }

  create(): void {
    this.scene.start('Title');
    this.game.events.emit(ART_READY_EVENT);
  }
}
