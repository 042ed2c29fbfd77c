// Encodes mono samples to OGG Vorbis and MP3 with wasm-media-encoders (no network, no native tools).
import { createMp3Encoder, createOggEncoder } from 'wasm-media-encoders';
import { SAMPLE_RATE } from './synth';

/** Samples handed to the encoder per call; the encoder reuses its output buffer between calls. */
const CHUNK = 8192;

/** A fixed Ogg stream serial number: the library otherwise picks a random one, and files would differ on every run. */
const OGG_SERIAL = 0x0b3e1a7;

type Encoder = {
  encode(samples: readonly Float32Array[]): Uint8Array;
  finalize(): Uint8Array;
};

function run(encoder: Encoder, samples: Float32Array): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let start = 0; start < samples.length; start += CHUNK) {
    // slice() copies: the returned view points into wasm memory that the next call overwrites.
    parts.push(encoder.encode([samples.subarray(start, start + CHUNK)]).slice());
  }
  parts.push(encoder.finalize().slice());
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** OGG Vorbis at VBR quality 3 (about 80–110 kbit/s for mono). */
export async function encodeOgg(samples: Float32Array, quality = 3): Promise<Uint8Array> {
  const encoder = await createOggEncoder();
  encoder.configure({
    channels: 1,
    sampleRate: SAMPLE_RATE,
    vbrQuality: quality,
    oggSerialNo: OGG_SERIAL,
  });
  return run(encoder, samples);
}

/** MP3 at a constant bitrate (kbit/s). */
export async function encodeMp3(samples: Float32Array, bitrate: 64 | 96 = 96): Promise<Uint8Array> {
  const encoder = await createMp3Encoder();
  encoder.configure({ channels: 1, sampleRate: SAMPLE_RATE, bitrate });
  return run(encoder, samples);
}
