// Benchmark runner: imports every tests/bench/*.bench.ts and prints one JSON object per result line.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface BenchResult {
  name: string;
  value: number;
  unit: string;
}
type BenchModule = { run?: () => Promise<BenchResult[]> };

const dir = resolve(import.meta.dirname, '../tests/bench');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
let failed = false;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as BenchModule;
  if (typeof mod.run !== 'function') {
    console.error(`bench: ${file} exports no run() function`);
    failed = true;
    continue;
  }
  for (const r of await mod.run()) process.stdout.write(`${JSON.stringify(r)}\n`);
}
process.exitCode = failed ? 1 : 0;
