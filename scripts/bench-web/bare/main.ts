// The bench's yardstick: an empty Phaser 4 game; it records when its first frame is on screen (window.__firstFrame, ms).
import Phaser from 'phaser';

declare global {
  interface Window {
    __firstFrame?: number;
  }
}

const game = new Phaser.Game({
  type: Phaser.AUTO,
  backgroundColor: '#1b1640',
  banner: false,
  audio: { noAudio: true },
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  scene: { key: 'Empty' },
});
// The frame Phaser renders is shown at the next animation frame.
game.events.once(Phaser.Core.Events.POST_RENDER, () =>
  requestAnimationFrame(() => (window.__firstFrame = performance.now())),
);
