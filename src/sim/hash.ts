// The one integer hash of the rules: Murmur3's 32-bit finaliser, so nearby seeds (1, 2, 3...) give unrelated streams.

/** Murmur3 fmix32: spreads every input bit over the whole 32-bit output. */
export function fmix32(input: number): number {
  let h = input | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** FNV-1a over a string: turns an id into a number (each question gets its own stream). */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
