import type { HierarchySummary } from './iati/parse-iati';
import type { RejectedRecord } from '@/domain/parse-record';
import type { ProjectField, ProjectSummary, ProjectTypeEntry } from '@/domain/project';
import { DESCRIPTION_FIELD, PROJECT_FIELDS } from '@/domain/project-fields';
import type { ImportError } from './errors';
import type { ImportNote } from './notes';

/** The formats the importer reads. */
export type ImportFormat = 'csv' | 'json' | 'iati-xml';

/** The text encodings `decodeText` recognises. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** What a source column or key can be mapped to: a field of the field table, or the description. */
export type ImportField = ProjectField | typeof DESCRIPTION_FIELD.key;
/** The fields a column can be mapped to, in the field table's order (the mapping's choices). */
export const IMPORT_FIELDS: readonly ImportField[] = [...PROJECT_FIELDS, DESCRIPTION_FIELD.key];

/** For each source column (by position in `headers`), the field it fills, or null to ignore it. */
export type FieldMapping = (ImportField | null)[];

/** Fields a person may fill with one value for every record that leaves them blank. */
export type DefaultableField =
  'status' | 'startDate' | 'endDate' | 'type' | 'coverage' | 'region' | 'year';
export type RecordDefaults = Partial<Record<DefaultableField, string>>;

/** A validated project; `description` only when the source had one. */
export type ImportedProject = ProjectSummary & { description?: string };

export interface ImportTotals {
  /** Records found in the file. */
  records: number;
  accepted: number;
  rejected: number;
  /** Sum of the accepted projects' budgets (those provided). */
  budgetUsd: number;
  /** Accepted projects whose budget is not provided (left out of `budgetUsd`). */
  noBudget?: number;
  /** Accepted projects whose budget was converted from another currency. */
  converted?: number;
}

/** A file that was read: its projects, what was rejected and why, and every note on the way. */
export interface ImportResult {
  ok: true;
  format: ImportFormat;
  encoding: TextEncoding;
  /** CSV and non-API JSON: the source columns or keys, and the mapping used for them. */
  headers?: string[];
  mapping?: FieldMapping;
  /** True when a required field has no column: the mapping should be reviewed by a person. */
  needsMapping: boolean;
  /** CSV: the delimiter found. */
  delimiter?: string;
  projects: ImportedProject[];
  rejected: RejectedRecord[];
  /**
   * Accepted records with a question for the publisher (a status that contradicts the dates):
   * shown in every view and listed in Data issues. Indices as for `rejected`.
   */
  flagged?: RejectedRecord[];
  notes: ImportNote[];
  totals: ImportTotals;
  /** IATI: budget totals per original currency as counted (see `parseIatiActivities`). */
  budgetsByCurrency?: Record<string, number>;
  /** IATI: the activities in the file (more than `totals.records` when children rolled up). */
  activityCount?: number;
  /** IATI with child activities: rolled up or separate, how many children under how many parents. */
  hierarchy?: HierarchySummary;
  /** IATI: the version the file states. */
  version?: string;
  /** The portfolio's project types, to keep with it (DESIGN §11). */
  types?: ProjectTypeEntry[];
}

/** A file that could not be read at all (not XML, not JSON, empty…). */
export interface ImportFailure {
  ok: false;
  format?: ImportFormat;
  encoding?: TextEncoding;
  error: ImportError;
}

export type ImportOutcome = ImportResult | ImportFailure;
