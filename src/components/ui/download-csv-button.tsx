import type { ReactNode } from 'react';
import type { CellValue } from '@/lib/csv/columns';
import { useLanguage } from '@/hooks/i18n';
import { csvBlob, defaultDelimiter, tableToCsv } from '@/lib/csv/export';
import { downloadBlob } from '@/lib/download';

/** A table as a CSV file holds it: the header cells and the rows of raw values. */
export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly CellValue[])[];
}

/**
 * The one button that downloads a table as CSV (UTF-8 with BOM, RFC 4180): a chart's data, the
 * budget pivot. Written like the project export, with the interface language's separator (`;` in
 * French and Spanish). The table is built on click, so a screen pays nothing until it is asked for.
 */
export function DownloadCsvButton({
  table,
  fileName,
  disabled,
  children,
}: {
  table: () => CsvTable;
  /** The file's name, with its `.csv`. */
  fileName: string | (() => string);
  disabled?: boolean;
  /** The button's text, which names what is downloaded. */
  children: ReactNode;
}) {
  const lang = useLanguage();
  const download = () => {
    const { header, rows } = table();
    downloadBlob(
      csvBlob(tableToCsv(header, rows, defaultDelimiter(lang))),
      typeof fileName === 'function' ? fileName() : fileName,
    );
  };
  return (
    <button type="button" className="button" onClick={download} disabled={disabled}>
      {children}
    </button>
  );
}
