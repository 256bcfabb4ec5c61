import type { Language } from '@/domain/codes';
import type { ProjectField, ProjectsByIndex } from '@/domain/project';
import {
  ALL_EXPORT_FIELDS,
  cellValue,
  columnHeader,
  exportColumns,
  type CellValue,
} from './columns';
import { neutralizeCell } from './neutralize';

/** Byte order mark: makes Excel read the file as UTF-8 (accents intact). */
export const CSV_BOM = '\uFEFF';
/** RFC 4180 line end. */
export const CSV_EOL = '\r\n';
export type CsvDelimiter = ',' | ';';

/**
 * The separator a language's files use: `;` in French and Spanish, because Excel set to a
 * language whose decimal mark is a comma splits CSV on semicolons; `,` in English. Every CSV the
 * app writes starts from it (the table export offers the other one too).
 */
export function defaultDelimiter(lang: Language): CsvDelimiter {
  return lang === 'en' ? ',' : ';';
}

export interface CsvExportOptions {
  /** The whole portfolio. */
  projects: ProjectsByIndex;
  /** Indices into `projects`: the filtered rows in the current sort. Default: every project in order. */
  order?: ArrayLike<number>;
  /** The fields to export, in order (the visible columns). Default: `ALL_EXPORT_FIELDS`. */
  columns?: readonly ProjectField[];
  /** Language of the headers and label columns. */
  lang: Language;
  /** `,` (default) or `;` — what French Excel expects. */
  delimiter?: CsvDelimiter;
  /** The absolute link to a project's page, for the `link` column. */
  projectUrl: (id: string) => string;
}

/** RFC 4180: quote a cell holding the delimiter, a quote, CR or LF, doubling its quotes. */
export function quoteCell(cell: string, delimiter: string): string {
  if (cell.includes(delimiter) || /["\r\n]/.test(cell)) return `"${cell.replace(/"/g, '""')}"`;
  return cell;
}

/**
 * Amounts are written as raw numbers with `.` as the decimal mark and no grouping, even in
 * `;` files meant for French Excel: raw numbers stay machine-readable and round-trip through
 * any parser, whereas `200 000,00` only works for one locale. JavaScript's shortest form
 * switches to exponent notation past 1e21 or below 1e-6, which no spreadsheet or importer
 * should have to read, so those fall back to plain digits.
 */
export function formatNumber(value: number): string {
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function formatCell(value: CellValue, delimiter: string): string {
  if (typeof value === 'number') return formatNumber(value);
  return quoteCell(neutralizeCell(value), delimiter);
}

/**
 * The CSV as a list of parts — the BOM and header line first, then one line per exported
 * project — so that a Blob can be built without one giant string for very large exports.
 * Every row in `order` is written: nothing is ever capped.
 */
export function projectsToCsvParts(options: CsvExportOptions): string[] {
  const { projects, lang, projectUrl } = options;
  const delimiter = options.delimiter ?? ',';
  const keys = exportColumns(options.columns ?? ALL_EXPORT_FIELDS);
  const header = keys
    .map((key) => quoteCell(neutralizeCell(columnHeader(key, lang)), delimiter))
    .join(delimiter);
  const parts = [CSV_BOM + header + CSV_EOL];
  const count = options.order ? options.order.length : projects.length;
  for (let i = 0; i < count; i++) {
    const index = options.order ? options.order[i]! : i;
    const project = projects.at(index);
    if (!project) throw new RangeError(`CSV export: no project at index ${index}`);
    const link = projectUrl(project.id);
    parts.push(
      keys
        .map((key) => formatCell(cellValue(project, key, lang, link), delimiter))
        .join(delimiter) + CSV_EOL,
    );
  }
  return parts;
}

/** The CSV text (starting with the UTF-8 BOM, CRLF line ends) of the chosen rows and columns. */
export function projectsToCsv(options: CsvExportOptions): string {
  return projectsToCsvParts(options).join('');
}

/** A downloadable Blob of CSV text or parts (UTF-8; the BOM is already in the text). */
export function csvBlob(csv: string | readonly string[]): Blob {
  return new Blob(typeof csv === 'string' ? [csv] : [...csv], { type: 'text/csv;charset=utf-8' });
}

/**
 * A table (header and rows of cells) as CSV text with the BOM, for chart and pivot data: the same
 * cells as the project export (raw numbers with `.`, neutralised text, RFC 4180 quoting), with the
 * separator of the language it is written in.
 */
export function tableToCsv(
  header: readonly string[],
  rows: readonly (readonly CellValue[])[],
  delimiter: CsvDelimiter,
): string {
  const line = (cells: readonly CellValue[]) =>
    cells.map((c) => formatCell(c, delimiter)).join(delimiter) + CSV_EOL;
  return CSV_BOM + line(header) + rows.map(line).join('');
}
