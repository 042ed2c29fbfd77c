// Crockford's base32 alphabet (no I, L, O, U) and the look-alike folding both class codes share.

/** 32 symbols that read aloud and type without confusion: the digits and 22 letters. */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/** The value of one symbol (0–31), or undefined when it is not one. */
export function symbolValue(char: string): number | undefined {
  return VALUE.get(char);
}

/**
 * What a person meant to type: upper case, spaces, dashes and dots dropped, and the look-alikes
 * folded (O → 0, I and L → 1), as Crockford's scheme prescribes.
 */
export function foldCode(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\-–—._]/gu, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}
