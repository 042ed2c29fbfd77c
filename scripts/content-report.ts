// `npm run content:report [-- --json]`: counts questions per section and per type, and lists the languages.
import { buildReport } from './content-stats';

const report = buildReport();
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`Questions: ${report.total}   Languages: ${report.languages.join(', ')}`);
  console.log('\nBy section:');
  for (const [section, n] of Object.entries(report.bySection))
    console.log(`  ${section.padEnd(12)} ${n}`);
  console.log('\nBy type:');
  for (const [type, n] of Object.entries(report.byType)) console.log(`  ${type.padEnd(16)} ${n}`);
}
