// Boot: the first scene; it only hands over to Preload (kept so later issues can load a loading-screen sprite here).
import Phaser from 'phaser';

export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    this.scene.start('Preload');
  }
}
