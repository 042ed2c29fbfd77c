// Reads QR codes from the camera with a pure-JS decoder (works where BarcodeDetector is missing); every failure is told in words, and pasting stays available.
import { decodeQR } from 'qr/decode.js';
import { bind, h, text } from '../dom';
import type { UiContext } from '../screen-context';

/** How often a frame is decoded (ms): enough for a code held up to a webcam, light on a school laptop. */
const SCAN_EVERY_MS = 250;
/** The same code seen again within this time is the same student still holding it up. */
const SAME_CODE_MS = 4000;

export interface Scanner {
  readonly element: HTMLElement;
  stop(): void;
}

/** A camera scanner section; `onCode` gets each newly read text. */
export function qrScanner(ctx: UiContext, onCode: (text: string) => void): Scanner {
  const video = h('video', { muted: true, playsinline: true, hidden: true });
  video.muted = true;
  const status = h('p', { class: 'hint', role: 'status' });
  const start = text('button', 'class:import.scan', {
    type: 'button',
    class: 'button secondary',
    id: 'class-scan',
  });
  const stopButton = text('button', 'class:import.scanStop', {
    type: 'button',
    class: 'button secondary',
    hidden: true,
  });
  let stream: MediaStream | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = { text: '', at: 0 };
  const canvas = document.createElement('canvas');

  const say = (key: string, args?: Record<string, string>) => {
    bind(status, key, ctx.t, args);
    ctx.announce(status.textContent ?? '');
  };

  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
    video.srcObject = null;
    video.hidden = true;
    stopButton.hidden = true;
    start.hidden = false;
  };

  const scan = () => {
    timer = setTimeout(scan, SCAN_EVERY_MS);
    if (video.readyState < 2 || !video.videoWidth) return;
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return;
    context.drawImage(video, 0, 0);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    let found: string;
    try {
      found = decodeQR({ width: image.width, height: image.height, data: image.data });
    } catch {
      return; // no QR code in this frame
    }
    const now = performance.now();
    if (found === last.text && now - last.at < SAME_CODE_MS) return;
    last = { text: found, at: now };
    say('class:import.scanned');
    onCode(found);
  };

  start.addEventListener('click', () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      say('class:import.cameraMissing');
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (media) => {
        stream = media;
        video.srcObject = media;
        video.hidden = false;
        start.hidden = true;
        stopButton.hidden = false;
        await video.play();
        say('class:import.scanHelp');
        scan();
      })
      .catch((error: unknown) => {
        stop();
        const reason = error instanceof Error ? error.name || error.message : String(error);
        say('class:import.cameraFailed', { reason });
      });
  });
  stopButton.addEventListener('click', () => {
    stop();
    start.focus();
  });
  const element = h(
    'div',
    { class: 'class-scanner' },
    h('div', { class: 'actions start' }, start, stopButton),
    video,
    status,
  );
  return { element, stop };
}
