import type { Language } from '@/domain/codes';
import { importError, type ImportError } from './errors';
import type { ImportNote } from './notes';

/** Records in the API's own shape: they go straight to the record parser. */
export interface OurJsonRecords {
  kind: 'ours';
  records: unknown[];
  /** The bundle's `meta.asOf`, for the completed-in-the-future check. */
  asOf?: string;
  notes: ImportNote[];
}

/** Records of some other shape: they need a mapping from their keys. */
export interface OtherJsonRecords {
  kind: 'other';
  headers: string[];
  rows: unknown[][];
  notes: ImportNote[];
}

export type JsonRecords = OurJsonRecords | OtherJsonRecords;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys that mark a record as ours (ProjectSummary). */
const OUR_KEYS = ['id', 'title', 'startDate', 'status', 'type', 'budgetUsd', 'region'];

function looksLikeOurs(records: readonly unknown[]): boolean {
  const sample = records.slice(0, 50).filter(isObject);
  return sample.length > 0 && sample.every((r) => OUR_KEYS.every((k) => k in r));
}

/**
 * Finds the records in a JSON document: an API page `{ items }`, a bundle `{ projects, meta }`,
 * a bare array, or — for other sources — the first property holding an array of objects.
 */
export function readJson(text: string, lang: Language): JsonRecords | { error: ImportError } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { error: importError('invalid_json', lang, e instanceof Error ? e.message : String(e)) };
  }
  const notes: ImportNote[] = [];
  let records: unknown[] | undefined;
  let asOf: string | undefined;
  if (Array.isArray(doc)) records = doc;
  else if (isObject(doc)) {
    if (Array.isArray(doc.items)) records = doc.items;
    else if (Array.isArray(doc.projects)) {
      records = doc.projects;
      if (isObject(doc.meta) && typeof doc.meta.asOf === 'string') asOf = doc.meta.asOf;
    } else {
      const entry = Object.entries(doc).find(([, v]) => Array.isArray(v) && v.some(isObject));
      if (entry) {
        records = entry[1] as unknown[];
        notes.push({ code: 'json_array_property', value: entry[0] });
      }
    }
  }
  if (!records) return { error: importError('unsupported_json', lang) };
  if (records.length === 0) return { error: importError('no_records', lang) };
  if (looksLikeOurs(records))
    return asOf ? { kind: 'ours', records, asOf, notes } : { kind: 'ours', records, notes };
  return { kind: 'other', ...layOut(records), notes };
}

/** Other records as rows: the union of their keys (first-seen order) as headers. */
function layOut(records: readonly unknown[]): { headers: string[]; rows: unknown[][] } {
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    if (!isObject(record)) continue;
    for (const key of Object.keys(record)) {
      if (!seen.has(key)) {
        seen.add(key);
        headers.push(key);
      }
    }
  }
  const rows = records.map((record) => (isObject(record) ? headers.map((h) => record[h]) : []));
  return { headers, rows };
}
