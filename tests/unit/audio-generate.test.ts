// The audio generator: sounds are deterministic, in range, click-free, and every file the game loads exists.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SOUNDS } from '../../scripts/audio/sounds';
import { SAMPLE_RATE, peak, seededNoise } from '../../scripts/audio/synth';
import { AUDIO_ASSET_IDS, type AudioAssetId } from '../../src/services/audio-ids';

const AUDIO_DIR = join(__dirname, '..', '..', 'assets', 'audio');
const rendered = new Map<AudioAssetId, Float32Array>();

beforeAll(() => {
  for (const id of AUDIO_ASSET_IDS) rendered.set(id, SOUNDS[id].render());
});

function samples(id: AudioAssetId): Float32Array {
  const buffer = rendered.get(id);
  if (!buffer) throw new Error(`not rendered: ${id}`);
  return buffer;
}

describe('synthesis', () => {
  it('seeded noise repeats for a seed and stays in [-1, 1)', () => {
    const a = seededNoise(7);
    const b = seededNoise(7);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(-1);
      expect(x).toBeLessThan(1);
    }
  });

  it.each(AUDIO_ASSET_IDS)('%s renders the same samples twice', (id) => {
    // Compared as bytes: toEqual on 900 000 floats takes seconds.
    const again = Buffer.from(SOUNDS[id].render().buffer);
    expect(again.equals(Buffer.from(samples(id).buffer))).toBe(true);
  });

  it.each(AUDIO_ASSET_IDS)('%s has no NaN, stays in [-1, 1] and peaks near -3 dBFS', (id) => {
    const buffer = samples(id);
    expect(buffer.every((x) => Number.isFinite(x) && Math.abs(x) <= 1)).toBe(true);
    expect(20 * Math.log10(peak(buffer))).toBeCloseTo(-3, 1);
  });

  it.each(AUDIO_ASSET_IDS)('%s lasts as long as its spec allows', (id) => {
    const seconds = samples(id).length / SAMPLE_RATE;
    expect(seconds).toBeGreaterThanOrEqual(SOUNDS[id].minSeconds);
    expect(seconds).toBeLessThanOrEqual(SOUNDS[id].maxSeconds);
  });

  it.each(AUDIO_ASSET_IDS.filter((id) => id !== 'music'))('%s starts and ends silent', (id) => {
    const buffer = samples(id);
    expect(Math.abs(buffer[0] ?? 1)).toBeLessThan(0.01);
    expect(Math.abs(buffer[buffer.length - 1] ?? 1)).toBeLessThan(0.01);
  });

  it('the music loop joins without a jump: last to first sample is an ordinary step', () => {
    const music = samples('music');
    let largestStep = 0;
    for (let i = 1; i < music.length; i++) {
      largestStep = Math.max(largestStep, Math.abs((music[i] ?? 0) - (music[i - 1] ?? 0)));
    }
    const seam = Math.abs((music[0] ?? 0) - (music[music.length - 1] ?? 0));
    expect(seam).toBeLessThanOrEqual(largestStep);
    // The seam is not silent by accident: the loop really plays through it.
    expect(peak(music.subarray(0, SAMPLE_RATE / 10))).toBeGreaterThan(0.01);
  });
});

describe('generated files in assets/audio', () => {
  it.each(AUDIO_ASSET_IDS)('%s has a non-empty OGG Vorbis and MP3 file', (id) => {
    const ogg = readFileSync(join(AUDIO_DIR, `${id}.ogg`));
    const mp3 = readFileSync(join(AUDIO_DIR, `${id}.mp3`));
    expect(ogg.subarray(0, 4).toString('latin1')).toBe('OggS');
    const id3 = mp3.subarray(0, 3).toString('latin1') === 'ID3';
    const frameSync = mp3[0] === 0xff && ((mp3[1] ?? 0) & 0xe0) === 0xe0;
    expect(id3 || frameSync).toBe(true);
    expect(ogg.length).toBeGreaterThan(500);
    expect(mp3.length).toBeGreaterThan(500);
  });

  it('all audio together stays under 700 kB', () => {
    const total = AUDIO_ASSET_IDS.reduce(
      (sum, id) =>
        sum +
        statSync(join(AUDIO_DIR, `${id}.ogg`)).size +
        statSync(join(AUDIO_DIR, `${id}.mp3`)).size,
      0,
    );
    expect(total).toBeLessThan(700 * 1024);
  });
});
