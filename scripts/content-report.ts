// `npm run content:report [-- --json]`: counts per section and type, languages, the quoted share of the article, the three guessers' scores and the uncited fact sentences.
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
  console.log(`\nQuotes together reproduce ${report.quotedPercent}% of the article (max 25%).`);
  console.log('\nTest-wise guessers (points out of 100; each must stay within 10 of chance):');
  for (const r of report.guessers) {
    for (const g of r.guessers)
      console.log(
        `  [${r.lang}] ${g.name.padEnd(46)} ${String(g.score).padStart(5)}  chance ${g.chance}  (${g.questions} questions)`,
      );
    console.log(
      `  [${r.lang}] right answer is the longest choice in ${r.longestRight} of ${r.multipleChoice} multiple-choice questions; absolutes in ${r.absolutes.inTrue}/${r.absolutes.trueCount} true and ${r.absolutes.inFalse}/${r.absolutes.falseCount} false statements`,
    );
  }
  console.log(`\nFact sentences no question or source quote cites (${report.uncited.length}):`);
  for (const s of report.uncited) console.log(`  line ${s.line}: ${s.text}`);
}
