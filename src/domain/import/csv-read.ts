import Papa from 'papaparse';
import type { ImportNote } from './notes';

export type CsvInputDelimiter = ',' | ';' | '\t';
const CANDIDATES: readonly CsvInputDelimiter[] = [',', ';', '\t'];

export interface CsvTable {
  delimiter: CsvInputDelimiter;
  headers: string[];
  rows: string[][];
  notes: ImportNote[];
}

/** Counts each candidate delimiter outside quotes on the first line (the header row). */
export function detectDelimiter(text: string): CsvInputDelimiter {
  const counts = new Map<CsvInputDelimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as CsvInputDelimiter))
      counts.set(ch as CsvInputDelimiter, counts.get(ch as CsvInputDelimiter)! + 1);
  }
  let best: CsvInputDelimiter = ',';
  for (const d of CANDIDATES) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * Reads CSV text into a header row and data rows. The delimiter is `,`, `;` or tab, found on
 * the header row, unless Excel's `sep=;` hint line names it. Blank lines are skipped.
 */
export function readCsv(text: string): CsvTable {
  let body = text.replace(/^\uFEFF/, '');
  let delimiter: CsvInputDelimiter | undefined;
  const hint = /^sep=(.)\r?\n/i.exec(body);
  if (hint && CANDIDATES.includes(hint[1] as CsvInputDelimiter)) {
    delimiter = hint[1] as CsvInputDelimiter;
    body = body.slice(hint[0].length);
  }
  delimiter ??= detectDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: 'greedy' });
  const notes: ImportNote[] = parsed.errors.map((e) => ({
    code: 'csv_row_error',
    value: `${(e.row ?? 0) + 1}: ${e.message}`,
  }));
  const [headerRow = [], ...rows] = parsed.data;
  return { delimiter, headers: headerRow.map((h) => h.trim()), rows, notes };
}
