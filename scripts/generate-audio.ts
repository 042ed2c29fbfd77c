// `npm run audio`: renders every game sound from code and writes assets/audio/<id>.ogg and .mp3.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIO_ASSET_IDS } from '../src/services/audio-ids';
import { encodeMp3, encodeOgg } from './audio/encode';
import { SOUNDS } from './audio/sounds';
import { SAMPLE_RATE, peak } from './audio/synth';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'audio');

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  let total = 0;
  for (const id of AUDIO_ASSET_IDS) {
    const samples = SOUNDS[id].render();
    const ogg = await encodeOgg(samples);
    const mp3 = await encodeMp3(samples);
    await writeFile(join(OUT_DIR, `${id}.ogg`), ogg);
    await writeFile(join(OUT_DIR, `${id}.mp3`), mp3);
    total += ogg.length + mp3.length;
    const seconds = (samples.length / SAMPLE_RATE).toFixed(2);
    const dbfs = (20 * Math.log10(peak(samples))).toFixed(1);
    console.log(`${id}: ${seconds} s, peak ${dbfs} dBFS, ogg ${ogg.length} B, mp3 ${mp3.length} B`);
  }
  console.log(`total: ${(total / 1024).toFixed(1)} kB in ${OUT_DIR}`);
}

await main();
