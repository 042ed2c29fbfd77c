// Balance report: `npm run balance [-- --seeds N] [--json]`; exits non-zero if any criterion fails.
import { balance } from './sim-balance';

const argv = process.argv.slice(2);
let seeds = 1000;
let json = false;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--json') json = true;
  else if (argv[i] === '--seeds' && /^\d+$/.test(argv[i + 1] ?? '') && Number(argv[i + 1]) > 0)
    seeds = Number(argv[++i]);
  else {
    console.error(
      `balance: unknown or bad argument "${argv[i]}".\nUsage: npm run balance -- [--seeds <positive integer>] [--json]`,
    );
    process.exit(2);
  }
}
const report = balance(seeds);
if (json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  console.log(`Mean scores over ${seeds} seeds (standard game, normal, quiz accuracy 0.7):`);
  for (const [name, value] of Object.entries(report.means))
    console.log(`  ${name.padEnd(48)} ${value.toFixed(1)}`);
  console.log('\nShare of reached states where each event option is the better one:');
  for (const [key, share] of Object.entries(report.options))
    console.log(`  ${key.padEnd(48)} ${share.toFixed(3)}`);
  console.log('\nCriteria:');
  for (const c of report.criteria) {
    const t = Array.isArray(c.threshold)
      ? `${c.threshold[0]}..${c.threshold[1]}`
      : `${c.threshold}`;
    console.log(
      `  [${c.pass ? 'pass' : 'FAIL'}] ${c.name}: ${c.value.toFixed(3)} (threshold ${t})${c.detail ? ` ${c.detail}` : ''}`,
    );
  }
}
process.exitCode = report.criteria.every((c) => c.pass) ? 0 : 1;
