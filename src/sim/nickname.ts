// Cleans a player's nickname: plain text, no control or invisible characters, trimmed to a fixed length.

export const NICKNAME_MAX = 24;

/** Removes control, zero-width and bidirectional-override characters, collapses spaces, and cuts at NICKNAME_MAX code points. */
export function cleanNickname(raw: string): string {
  const visible = raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return [...visible].slice(0, NICKNAME_MAX).join('').trim();
}
