// The classroom adapter over the class store: imports reported per line and source, duplicates merged, results verified on load, the demo class, and the CSV in each language.
import { describe, expect, it } from 'vitest';
import { createClassroomData } from '../../../src/app/classroom';
import { defaultContent } from '../../../src/content';
import { QUESTION_BANK } from '../../../src/content/questions';
import { createClassStore } from '../../../src/services/classroom/class-store';
import { demoResults } from '../../../src/services/classroom/demo';
import { encodeResultCode } from '../../../src/services/classroom/result-code';
import {
  encodeSessionCode,
  type ClassSettings,
} from '../../../src/services/classroom/session-code';
import { createMemoryAdapter } from '../../../src/services/storage/adapter';
import { quizContent, type SessionEnv } from '../../../src/sim';
import { tierOf } from '../../../src/ui/results/score-tier';
import { createTestI18n } from '../../support/i18n';

const env: SessionEnv = { content: defaultContent, quiz: quizContent(QUESTION_BANK) };
const SETTINGS: ClassSettings = {
  length: 'short',
  difficulty: 'normal',
  language: 'any',
  checkpoints: true,
  timerSeconds: 0,
  seed: 31337,
};

async function data() {
  const i18n = await createTestI18n('en', ['codes', 'results', 'class']);
  return createClassroomData({
    store: createClassStore(createMemoryAdapter(), () => 1_700_000_000_000),
    env,
    verify: { outcomeOf: (score, game) => tierOf(score, game).id },
    randomSeed: () => 99,
    t: () => i18n.t.bind(i18n),
  });
}

describe('the classroom adapter', () => {
  it('imports good codes, merges a duplicate and rejects damaged or foreign ones with their line', async () => {
    const classroom = await data();
    const created = await classroom.create({ settings: SETTINGS, label: 'B' });
    if (!created.ok) throw new Error('not created');
    const code = encodeSessionCode(SETTINGS);
    const [a, b] = demoResults(code, 2, env).map(encodeResultCode);
    const foreign = demoResults(encodeSessionCode({ ...SETTINGS, seed: 1 }), 1, env)[0];
    if (!a || !b || !foreign) throw new Error('no demo codes');
    const other = encodeResultCode(foreign);
    const damaged = a.slice(0, 10) + (a[10] === '7' ? '8' : '7') + a.slice(11);
    const report = await classroom.addCodes(created.value.id, [
      { source: { kind: 'line', line: 1 }, text: a },
      { source: { kind: 'line', line: 3 }, text: damaged },
      { source: { kind: 'file', name: 'ben.bbresult' }, text: b },
      { source: { kind: 'line', line: 4 }, text: a },
      { source: { kind: 'line', line: 5 }, text: other },
    ]);
    expect(report.added).toBe(2);
    expect(report.duplicates).toBe(1);
    expect(report.rejected.map((r) => r.source)).toEqual([
      { kind: 'line', line: 3 },
      { kind: 'line', line: 5 },
    ]);
    expect(report.rejected[1]?.error.key).toBe('verify.other-session');
    const page = await classroom.load(created.value.id);
    expect(page?.results).toHaveLength(2);
    // Scores come from the replay, with the results screen's tier.
    expect(page?.results.every((r) => r.finished && r.score !== null && r.outcome !== null)).toBe(
      true,
    );
    expect((await classroom.list()).map((s) => s.resultCount)).toEqual([2]);
  });

  it('fills a demo class with 30 students and writes the CSV with the language’s separator', async () => {
    const classroom = await data();
    const demo = await classroom.demo('Demo class');
    if (!demo.ok) throw new Error('no demo');
    expect(demo.value.resultCount).toBe(30);
    expect(demo.value.settings.seed).toBe(99);
    const page = await classroom.load(demo.value.id);
    if (!page) throw new Error('no page');
    const en = classroom.csv(page, 'en');
    const fr = classroom.csv(page, 'fr');
    expect(en.fileName).toBe('Demo-class.csv');
    expect(en.text.startsWith('\uFEFF')).toBe(true);
    expect(en.text.split('\r\n')).toHaveLength(32);
    expect(en.text.split('\r\n')[0]).toContain(',');
    expect(fr.text.split('\r\n')[0]).toContain(';');
    // The same nickname twice is told apart.
    expect(en.text).toMatch(/\r\nLéa \(2\),/);
    expect((await classroom.addDemo(demo.value.id)).ok).toBe(true);
  });
});
