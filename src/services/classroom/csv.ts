// CSV that opens correctly in spreadsheet software: UTF-8 with BOM, `;` in French and `,` in English, RFC 4180 quoting, formulas neutralised.
import { PILLARS } from '../../sim';
import type { ClassRow } from './aggregate';

export type Cell = string | number | boolean | null | undefined;

/** French spreadsheets read `;` between cells and a decimal comma; English ones `,` and a point. */
export function csvSeparator(lang: string): ';' | ',' {
  return lang.toLowerCase().startsWith('fr') ? ';' : ',';
}

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return that
 * some programs skip before one) gets a leading apostrophe: a nickname is never executed.
 */
function guard(text: string): string {
  return /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}

function cell(value: Cell, separator: string): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number')
    text = Number.isFinite(value)
      ? separator === ';'
        ? String(value).replace('.', ',')
        : String(value)
      : '';
  else if (typeof value === 'boolean') text = value ? '1' : '0';
  else text = guard(value);
  // RFC 4180: a cell holding the separator, a quote or a line break is quoted, its quotes doubled.
  const quote = text.includes(separator) || /["\r\n]/u.test(text) || text !== text.trim();
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the first is the header) as CSV text with a byte order mark and CRLF line ends. */
export function toCsv(rows: readonly (readonly Cell[])[], lang: string): string {
  const separator = csvSeparator(lang);
  const lines = rows.map((row) => row.map((c) => cell(c, separator)).join(separator));
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}

/** A translator for the `codes` namespace (`csv.*` column names) and the outcome's name. */
export interface CsvLabels {
  column(key: string): string;
  outcome(id: string): string;
}

export const CSV_COLUMNS = [
  'student',
  'finished',
  'score',
  'outcome',
  'gapPoints',
  'chipAutonomyPoints',
  'ecosystemPoints',
  'talentPoints',
  'influencePoints',
  'wastePoints',
  'questions',
  'right',
  'percentRight',
  'lastYear',
  ...PILLARS.map((p) => `total.${p}`),
] as const;

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The class table as CSV rows: one header, one row per student (labels already told apart). */
export function classCsvRows(rows: readonly ClassRow[], labels: CsvLabels): Cell[][] {
  const header = CSV_COLUMNS.map((key) => labels.column(key));
  const body = rows.map((row): Cell[] => {
    const s = row.score;
    const totals = PILLARS.map((_, i) =>
      round1(row.result.years.reduce((sum, y) => sum + (y.allocation[i] ?? 0), 0)),
    );
    return [
      row.label,
      labels.column(row.finished ? 'yes' : 'no'),
      s?.total ?? null,
      row.outcome ? labels.outcome(row.outcome) : null,
      s?.capability ?? null,
      s?.chipAutonomy ?? null,
      s?.ecosystem ?? null,
      s?.talent ?? null,
      s?.influence ?? null,
      s?.waste ?? null,
      row.asked,
      row.right,
      row.percentRight === null ? null : round1(row.percentRight),
      row.result.year,
      ...totals,
    ];
  });
  return [header, ...body];
}
