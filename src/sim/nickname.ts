// Cleans a player's nickname: plain text, no control or invisible characters, emoji kept whole, trimmed to a fixed length.

export const NICKNAME_MAX = 24;

/** Bidirectional overrides and isolates: never kept, even inside an emoji sequence. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/gu;
/** Control and format characters outside emoji sequences (zero-width spaces, soft hyphens, BOMs...). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Line breaks and tabs become spaces; invisible characters are removed, except the joiners,
 * variation selectors and tags that hold an emoji together (👩🏽‍💻, 🏴󠁧󠁢󠁳󠁣󠁴󠁿); spaces collapse; the
 * name is cut at NICKNAME_MAX user-perceived characters, never inside one.
 */
export function cleanNickname(raw: string): string {
  const spaced = raw.normalize('NFC').replace(/[\t\n\v\f\r\u0085\u2028\u2029]/gu, ' ');
  const kept = [...graphemes.segment(spaced)].map(({ segment }) => {
    const clean = segment.replace(BIDI, '');
    return EMOJI.test(clean) ? clean : clean.replace(INVISIBLE, '');
  });
  const visible = kept.join('').replace(/\s+/gu, ' ').trim();
  return [...graphemes.segment(visible)]
    .slice(0, NICKNAME_MAX)
    .map((g) => g.segment)
    .join('')
    .trim();
}
