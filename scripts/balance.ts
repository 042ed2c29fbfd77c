// Balance report: `npm run balance [-- --seeds N] [--only difficulty/length] [--json]`; exits non-zero if any criterion fails.
import { balance, type SettingReport } from './sim-balance';
import { DIFFICULTIES, LENGTHS, type Difficulty, type GameLength } from '../src/sim/types';

const argv = process.argv.slice(2);
let seeds = 200;
let json = false;
const only: { difficulty: Difficulty; length: GameLength }[] = [];
const usage =
  'Usage: npm run balance -- [--seeds <positive integer>] [--only <easy|normal|hard>/<standard|short>]... [--json]';
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i] ?? '';
  const next = argv[i + 1] ?? '';
  if (arg === '--json') json = true;
  else if (arg === '--seeds' && /^\d+$/.test(next) && Number(next) > 0) seeds = Number(argv[++i]);
  else if (arg === '--only' && /^\w+\/\w+$/.test(next)) {
    const [d, l] = next.split('/') as [Difficulty, GameLength];
    if (!DIFFICULTIES.includes(d) || !LENGTHS.includes(l)) {
      console.error(`balance: unknown setting "${next}".\n${usage}`);
      process.exit(2);
    }
    only.push({ difficulty: d, length: l });
    i++;
  } else {
    console.error(`balance: unknown or bad argument "${arg}".\n${usage}`);
    process.exit(2);
  }
}

function print(r: SettingReport): void {
  if (json) return;
  console.log(`\n== ${r.difficulty} / ${r.length} ==`);
  console.log(
    `best fixed split ${r.fixed.split.join('/')}, sheet ${JSON.stringify(r.fixed.sheet)}`,
  );
  for (const [name, value] of Object.entries(r.means))
    console.log(`  ${name.padEnd(48)} ${value.toFixed(1)}`);
  for (const [key, o] of Object.entries(r.options))
    console.log(`  ${key.padEnd(48)} wins ${o.share.toFixed(2)} of ${o.draws}`);
  for (const c of r.criteria) {
    const t = Array.isArray(c.threshold)
      ? `${c.threshold[0]}..${c.threshold[1]}`
      : `${c.threshold}`;
    const se = c.se === undefined ? '' : ` ± ${c.se.toFixed(4)}`;
    console.log(
      `  [${c.pass ? 'pass' : 'FAIL'}] ${c.id} ${c.name}: ${c.value.toFixed(3)}${se} (${c.kind} ${t})${c.detail ? ` — ${c.detail}` : ''}`,
    );
  }
}

const report = balance({
  validation: seeds,
  only: only.length ? only : undefined,
  onSetting: print,
});
if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else console.log(`\n${report.pass ? 'All criteria pass.' : 'Some criteria fail.'}`);
process.exitCode = report.pass ? 0 : 1;
