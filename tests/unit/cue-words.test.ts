// The sound-cue pill names an answer with the same words as the answer's card, in every language ("Pas tout à fait", never "Mauvaise réponse" beside it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (lang: string, ns: string) =>
  JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8')) as Record<
    string,
    Record<string, string>
  >;

describe('sound-cue words', () => {
  it.each(['en', 'fr'])('match the quiz verdicts in %s', (lang) => {
    const cue = read(lang, 'game').cue ?? {};
    const verdict = read(lang, 'checkpoint').verdict ?? {};
    expect(cue.wrong).toBe(verdict.wrong);
    expect(cue.correct).toBe(verdict.correct);
  });
});
