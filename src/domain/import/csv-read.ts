import Papa from 'papaparse';
import type { ImportNote } from './notes';

export type CsvInputDelimiter = ',' | ';' | '\t';
const CANDIDATES: readonly CsvInputDelimiter[] = [',', ';', '\t'];

export interface CsvTable {
  delimiter: CsvInputDelimiter;
  headers: string[];
  rows: string[][];
  notes: ImportNote[];
  /**
   * Rows (indexes into `rows`) where a quote opens and never closes, each with its line in the
   * file. Such a row is cut at the end of its line and must be rejected; the lines after it are
   * read as rows of their own instead of vanishing into one endless value.
   */
  unterminated: { row: number; line: number }[];
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
 * Where quotes go wrong across lines: the start of each row holding a quoted value that runs
 * over a line break and then never closes, or closes with more text after it (`"a\nb"c`). CSV
 * parsers read such a value on to the next quote anywhere in the file, swallowing the rows in
 * between. Returns, for each, the row's start and the end of the line where its quote opens.
 */
export function findRunawayQuotes(
  text: string,
  delimiter: string,
): { rowStart: number; quoteAt: number; lineEnd: number }[] {
  const found: { rowStart: number; quoteAt: number; lineEnd: number }[] = [];
  let rowStart = 0;
  let i = 0;
  while (i < text.length) {
    // At the start of a field.
    if (text[i] === '"') {
      const quoteAt = i;
      let close = -1;
      for (let j = text.indexOf('"', i + 1); j !== -1; j = text.indexOf('"', j + 2)) {
        if (text[j + 1] !== '"') {
          close = j;
          break;
        }
      }
      const after = close === -1 ? '' : (text[close + 1] ?? '');
      const wellClosed =
        close !== -1 && (after === '' || after === delimiter || after === '\r' || after === '\n');
      const lineBreak = text.indexOf('\n', quoteAt);
      const spansLines = lineBreak !== -1 && (close === -1 || lineBreak < close);
      if (!wellClosed && (close === -1 || spansLines)) {
        const lineEnd = lineBreak === -1 ? text.length : lineBreak;
        found.push({ rowStart, quoteAt, lineEnd });
        i = lineEnd + 1;
        rowStart = i;
        continue;
      }
      i = close === -1 ? text.length : close + 1;
    }
    // The rest of the field, up to a delimiter or the end of the row.
    while (i < text.length && text[i] !== delimiter && text[i] !== '\n') i++;
    if (text[i] === '\n') rowStart = i + 1;
    i++;
  }
  return found;
}

const lineCount = (text: string, end: number) => {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
};

/**
 * Parses rows, never letting a runaway quote swallow the rows after it: the row that opens it
 * ends with its line (and is reported), and parsing goes on with the next line.
 */
function parseRows(body: string, delimiter: CsvInputDelimiter) {
  const rows: string[][] = [];
  const unterminated: { row: number; line: number }[] = [];
  const errors: { row: number; message: string }[] = [];
  const parse = (text: string) => {
    const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
    for (const e of parsed.errors)
      errors.push({ row: rows.length + (e.row ?? 0), message: e.message });
    rows.push(...parsed.data);
  };
  let from = 0;
  for (const runaway of findRunawayQuotes(body, delimiter)) {
    parse(body.slice(from, runaway.rowStart));
    const [broken] = Papa.parse<string[]>(body.slice(runaway.rowStart, runaway.lineEnd), {
      delimiter,
    }).data;
    unterminated.push({ row: rows.length, line: lineCount(body, runaway.quoteAt) + 1 });
    rows.push((broken ?? []).map((cell) => cell.replace(/\r$/, '')));
    from = runaway.lineEnd + 1;
  }
  if (from < body.length) parse(body.slice(from));
  return { rows, unterminated, errors };
}

/** Notes for rows whose number of cells differs from the header's (blank extra cells aside). */
function raggedNotes(headers: readonly string[], rows: readonly string[][], delimiter: string) {
  const notes: ImportNote[] = [];
  rows.forEach((row, index) => {
    const extra = row.slice(headers.length);
    if (extra.some((cell) => cell.trim() !== ''))
      notes.push({ code: 'csv_extra_cells', index, value: extra.join(delimiter) });
    else if (row.length < headers.length)
      notes.push({ code: 'csv_missing_cells', index, value: `${row.length}/${headers.length}` });
  });
  return notes;
}

/**
 * Reads CSV text into a header row and data rows. The delimiter is `,`, `;` or tab, found on
 * the header row, unless Excel's `sep=;` hint line names it. Blank lines are skipped. Nothing is
 * dropped silently: rows with more or fewer cells than the header get a note, and a quote that
 * never closes is reported with its row (see `unterminated`).
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
  const parsed = parseRows(body, delimiter);
  const [headerRow = [], ...rows] = parsed.rows;
  const headers = headerRow.map((h) => h.trim());
  const notes: ImportNote[] = [
    ...parsed.errors.map((e) => ({
      code: 'csv_row_error' as const,
      value: `${e.row + 1}: ${e.message}`,
    })),
    ...raggedNotes(headers, rows, delimiter),
  ];
  const unterminated = parsed.unterminated
    .filter((u) => u.row > 0)
    .map((u) => ({ row: u.row - 1, line: u.line + (hint ? 1 : 0) }));
  return { delimiter, headers, rows, notes, unterminated };
}
