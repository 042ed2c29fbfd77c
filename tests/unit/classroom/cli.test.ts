// The classroom command line: new prints a session code, demo prints result codes, csv verifies them and reports each rejected line.
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../../scripts/class';
import { parseResultCode, parseSessionCode } from '../../../src/services/classroom';

async function run(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  const io: Io = {
    stdin: async () => stdin,
    out: (text) => void (out += text),
    err: (text) => void (err += text),
  };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('npm run class', () => {
  it('new: prints a session code with the options asked for', async () => {
    const r = await run([
      'new',
      '--length',
      'short',
      '--difficulty',
      'hard',
      '--lang',
      'fr',
      '--no-checkpoints',
      '--timer',
      '45',
      '--seed',
      '1234',
    ]);
    expect(r.code).toBe(0);
    const parsed = parseSessionCode(r.out.trim());
    expect(parsed.ok && parsed.settings).toEqual({
      length: 'short',
      difficulty: 'hard',
      language: 'fr',
      checkpoints: false,
      timerSeconds: 45,
      seed: 1234,
      rules: 2,
    });
  });

  it('new: refuses a bad option with the usage and exit code 2', async () => {
    expect((await run(['new', '--timer', '25'])).code).toBe(2);
    expect((await run(['new', '--length', 'epic'])).err).toContain('Usage');
    expect((await run(['new', '--bogus'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });

  it('demo then csv: 30 result codes become a 30-row CSV; a bad line is reported and fails the run', async () => {
    const session = (await run(['new', '--length', 'short', '--seed', '77'])).out.trim();
    const demo = await run(['demo', session, '--students', '30']);
    expect(demo.code).toBe(0);
    const codes = demo.out.trim().split('\n');
    expect(codes).toHaveLength(30);
    expect(codes.every((c) => parseResultCode(c).ok)).toBe(true);

    const csv = await run(['csv', '--lang', 'en'], demo.out);
    expect(csv.code).toBe(0);
    expect(csv.err).toBe('');
    expect(csv.out.startsWith('\uFEFFStudent,Finished,')).toBe(true);
    expect(csv.out.trim().split('\r\n')).toHaveLength(31);

    const other = (await run(['new', '--length', 'short', '--seed', '78'])).out.trim();
    const foreign = (await run(['demo', other, '--students', '1'])).out.trim();
    const input = [codes[0], 'NOT-A-CODE-U', foreign, codes[1]].join('\n');
    const mixed = await run(['csv', '--lang', 'fr', '--session', session], input);
    expect(mixed.code).toBe(1);
    const errors = mixed.err.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^line 2: /);
    expect(errors[1]).toMatch(/^line 3: .*autre séance/);
    expect(mixed.out.startsWith('\uFEFFÉlève;Terminée;')).toBe(true);
    expect(mixed.out.trim().split('\r\n')).toHaveLength(3);
  });

  it('demo: refuses a mistyped session code', async () => {
    const r = await run(['demo', 'K7QM-4TZC-0']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/typo/);
  });
});
