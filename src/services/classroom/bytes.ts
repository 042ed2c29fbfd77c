// Byte packing for the result code: unsigned LEB128 varints, CRC-32, and the base32 text form (Crockford's alphabet, no padding).
import { ALPHABET, symbolValue } from './alphabet';

/** Thrown by the reader on data that ends early or holds impossible values; caught by the decoder. */
export class MalformedData extends Error {}

export class ByteWriter {
  private readonly bytes: number[] = [];
  byte(b: number): void {
    this.bytes.push(b & 0xff);
  }
  /** Unsigned integer up to 2^53, seven bits a byte, low bits first. */
  uint(n: number): void {
    let v = n;
    while (v >= 0x80) {
      this.bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
  }
  /** Signed integer, zig-zag mapped so small negative numbers stay one byte. */
  int(n: number): void {
    this.uint(n < 0 ? -2 * n - 1 : 2 * n);
  }
  raw(data: Uint8Array): void {
    this.uint(data.length);
    for (const b of data) this.bytes.push(b);
  }
  text(s: string): void {
    this.raw(new TextEncoder().encode(s));
  }
  result(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class ByteReader {
  private at = 0;
  constructor(private readonly data: Uint8Array) {}
  get done(): boolean {
    return this.at >= this.data.length;
  }
  byte(): number {
    const b = this.data[this.at++];
    if (b === undefined) throw new MalformedData('end of data');
    return b;
  }
  uint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
    throw new MalformedData('varint too long');
  }
  int(): number {
    const z = this.uint();
    return z % 2 === 1 ? -(z + 1) / 2 : z / 2;
  }
  raw(): Uint8Array {
    const length = this.uint();
    if (length > this.data.length - this.at) throw new MalformedData('length past the end');
    const out = this.data.slice(this.at, this.at + length);
    this.at += length;
    return out;
  }
  text(): string {
    return new TextDecoder('utf-8', { fatal: true }).decode(this.raw());
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/**
 * CRC-32 (IEEE 802.3, the one zip and PNG use). It catches every error burst of up to 32 bits, so
 * any one mistyped symbol (5 bits) and any swap of two neighbouring symbols (10 bits) is caught.
 */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Five bits a symbol, most significant first; the last symbol is padded with zero bits. */
export function toBase32(data: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of data) {
    buffer = ((buffer << 8) | b) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31] ?? '';
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31] ?? '';
  return out;
}

/** Bytes of a base32 text (already folded), or null for a length no encoding gives or non-zero padding. */
export function fromBase32(text: string): Uint8Array | null {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const v = symbolValue(char);
    if (v === undefined) return null;
    buffer = ((buffer << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  // The padding must be short (under 5 bits) and zero, so one text means one byte string.
  if (bits >= 5 || (buffer & ((1 << bits) - 1)) !== 0) return null;
  return Uint8Array.from(out);
}
