import type { Language } from '@/domain/codes';
import type { Filters } from '@/domain/filters';
import type { ProjectField, ProjectSummary } from '@/domain/project';
import { csvBlob, projectsToCsvParts, type CsvDelimiter } from '@/lib/csv/export';
import { csvFileName } from '@/lib/csv/file-name';
import { projectPath } from './table-columns';

export interface ExportRequest {
  projects: readonly ProjectSummary[];
  /** The filtered rows in the table's order (the engine's `view.rows`). */
  rows: ArrayLike<number>;
  /** The visible columns in table order, or undefined for every column. */
  columns: readonly ProjectField[] | undefined;
  lang: Language;
  delimiter: CsvDelimiter;
  filters: Filters;
  /** Where the app is served, for the link column (`location.origin`). */
  origin: string;
  date: Date;
}

/** The CSV file of the filtered rows, every one of them, in the table's order. */
export function exportProjects(request: ExportRequest): { blob: Blob; fileName: string } {
  const parts = projectsToCsvParts({
    projects: request.projects,
    order: request.rows,
    ...(request.columns ? { columns: request.columns } : {}),
    lang: request.lang,
    delimiter: request.delimiter,
    projectUrl: (id) => `${request.origin}${projectPath(id)}`,
  });
  return {
    blob: csvBlob(parts),
    fileName: csvFileName({ filters: request.filters, date: request.date }),
  };
}
