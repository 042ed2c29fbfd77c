// Nicknames stay plain, visible text: emoji sequences and flags whole, line breaks as spaces, hostile characters gone, 24 characters at most.
import { describe, expect, it } from 'vitest';
import { cleanNickname, NICKNAME_MAX } from '../../../src/sim/nickname';

describe('cleanNickname', () => {
  it('keeps emoji joined with a zero-width joiner and tag-sequence flags whole', () => {
    expect(cleanNickname('Zoé 👩🏽‍💻')).toBe('Zoé 👩🏽‍💻');
    expect(cleanNickname('Team 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ❤️')).toBe('Team 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ❤️');
    expect(cleanNickname('🇫🇷🇨🇳')).toBe('🇫🇷🇨🇳');
  });

  it('turns line breaks and tabs into a space instead of gluing words', () => {
    expect(cleanNickname('Mei\nLi\tWang\r\nChen')).toBe('Mei Li Wang Chen');
  });

  it('removes bidirectional overrides, zero-width and other invisible characters', () => {
    expect(cleanNickname('\u202Eevil\u202C\u200Bname\u00AD\uFEFF')).toBe('evilname');
    expect(cleanNickname('a\u200Db')).toBe('ab');
    expect(cleanNickname('👩\u202E🏽')).not.toContain('\u202E');
  });

  it('cuts at 24 user-perceived characters, never inside an emoji', () => {
    const long = '👩🏽‍💻'.repeat(30);
    const cut = cleanNickname(long);
    expect(cut).toBe('👩🏽‍💻'.repeat(NICKNAME_MAX));
    expect(cleanNickname('x'.repeat(100))).toHaveLength(NICKNAME_MAX);
  });
});
