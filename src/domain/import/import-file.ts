import { portfolioTypeCodes, typeLabel, type Language } from '@/domain/codes';
import type { ProjectTypeEntry } from '@/domain/project';
import type { HierarchyChoice } from './iati/roll-up';
import { parseProjectSummaries } from '@/domain/parse-record';
import type { RejectionReason } from '@/domain/reasons';
import { applyMapping, mappingNotes, missingRequiredFields } from './apply-mapping';
import { readCsv } from './csv-read';
import { decodeText } from './decode-text';
import { importError, type ImportErrorCode } from './errors';
import { loadAnnualRates } from '@/domain/money/convert';
import { needsExchangeRates, parseIatiActivities } from './iati/parse-iati';
import { readJson } from './json-read';
import type { ImportNote } from './notes';
import { suggestMapping } from './suggest-mapping';
import type {
  FieldMapping,
  ImportedProject,
  ImportFormat,
  ImportOutcome,
  ImportResult,
  RecordDefaults,
  TextEncoding,
} from './types';

export interface ImportFileInput {
  name: string;
  bytes: Uint8Array;
  /** Language of the messages, and the narrative language preferred in IATI files. */
  lang: Language;
  /** CSV and non-API JSON: the mapping a person confirmed; without it one is suggested. */
  mapping?: FieldMapping;
  /** Values for fields the records leave blank (e.g. a status for a file that has none). */
  defaults?: RecordDefaults;
  /** The data date: completed projects ending after it are rejected (see parseProjectSummaries). */
  asOf?: string;
  /** IATI: roll child activities up into their parent (the default), or import them separately. */
  hierarchy?: HierarchyChoice;
}

const EXTENSIONS: Record<string, ImportFormat> = {
  csv: 'csv',
  tsv: 'csv',
  tab: 'csv',
  json: 'json',
  xml: 'iati-xml',
};

/** The format from the content: `<` XML, `{` or `[` JSON, anything else CSV. */
export function sniffFormat(text: string): ImportFormat {
  const first = text.trimStart().charAt(0);
  if (first === '<') return 'iati-xml';
  if (first === '{' || first === '[') return 'json';
  return 'csv';
}

/** The file's format: its extension, unless the content of a "CSV" is plainly XML or JSON. */
export function detectFormat(name: string, text: string): ImportFormat {
  const byName = EXTENSIONS[name.split('.').pop()?.toLowerCase() ?? ''];
  if (byName && byName !== 'csv') return byName;
  return sniffFormat(text);
}

/**
 * Reads a CSV, JSON or IATI XML file into validated projects. Never throws for a bad file:
 * what cannot be read at all comes back as `{ ok: false, error }`, every record that fails
 * validation as a rejection with its reasons, and everything mapped by default as a note.
 * CSV and JSON of other shapes are read with a suggested mapping, returned with the headers
 * so that a person can correct it and call again with `mapping`. Asynchronous only to load the
 * exchange-rate table, on the first IATI file with amounts in another currency than USD.
 */
export async function importFile(input: ImportFileInput): Promise<ImportOutcome> {
  const { lang } = input;
  if (input.bytes.length === 0) return fail('empty_file', lang);
  const { text, encoding } = decodeText(input.bytes);
  if (text.trim() === '') return fail('empty_file', lang, undefined, encoding);
  if (text.slice(0, 1024).includes('\0')) return fail('unknown_format', lang, undefined, encoding);
  const format = detectFormat(input.name, text);

  if (format === 'iati-xml') {
    if (needsExchangeRates(text)) await loadAnnualRates();
    const iati = parseIatiActivities(
      text,
      lang,
      input.hierarchy ? { hierarchy: input.hierarchy } : {},
    );
    if ('error' in iati) return { ok: false, format, encoding, error: iati.error };
    const result: ImportResult = {
      ...validate(iati.records, iati.notes, input.asOf, { format, encoding, needsMapping: false }),
      budgetsByCurrency: iati.budgetsByCurrency,
      activityCount: iati.activityCount,
    };
    if (iati.version) result.version = iati.version;
    if (iati.hierarchy) result.hierarchy = iati.hierarchy;
    const rejected = new Set(result.rejected.map((r) => r.index));
    // The report's budgets by original currency are those of the accepted records only.
    const byCurrency: Record<string, number> = {};
    iati.budgetsByRecord.forEach((budgets, index) => {
      if (rejected.has(index)) return;
      for (const [currency, amount] of Object.entries(budgets))
        byCurrency[currency] = (byCurrency[currency] ?? 0) + amount;
    });
    result.budgetsByCurrency = byCurrency;
    const flagged = iati.flagged.filter((f) => !rejected.has(f.index));
    if (flagged.length > 0) result.flagged = flagged;
    return result;
  }
  if (format === 'json') {
    const json = readJson(text, lang);
    if ('error' in json) return { ok: false, format, encoding, error: json.error };
    if (json.kind === 'ours' && !input.mapping) {
      return validate(json.records, json.notes, input.asOf ?? json.asOf, {
        format,
        encoding,
        needsMapping: false,
      });
    }
    const headers = json.kind === 'ours' ? Object.keys(json.records[0] ?? {}) : json.headers;
    const rows =
      json.kind === 'ours'
        ? json.records.map((r) => headers.map((h) => (r as Record<string, unknown>)[h]))
        : json.rows;
    return mapAndValidate(headers, rows, json.notes, input, { format, encoding });
  }
  const csv = readCsv(text);
  if (csv.rows.length === 0) return fail('no_records', lang, undefined, encoding, format);
  return mapAndValidate(
    csv.headers,
    csv.rows,
    csv.notes,
    input,
    { format, encoding, delimiter: csv.delimiter },
    new Map(
      csv.unterminated.map(({ row, line }) => [
        row,
        { code: 'unterminated_quote', value: String(line) },
      ]),
    ),
  );
}

function fail(
  code: ImportErrorCode,
  lang: Language,
  detail?: string,
  encoding?: TextEncoding,
  format?: ImportFormat,
): ImportOutcome {
  const outcome: ImportOutcome = { ok: false, error: importError(code, lang, detail) };
  if (encoding) outcome.encoding = encoding;
  if (format) outcome.format = format;
  return outcome;
}

type Context = Pick<ImportResult, 'format' | 'encoding'> & Partial<Pick<ImportResult, 'delimiter'>>;

function mapAndValidate(
  headers: string[],
  rows: readonly (readonly unknown[])[],
  readNotes: ImportNote[],
  input: ImportFileInput,
  context: Context,
  broken: ReadonlyMap<number, RejectionReason> = new Map(),
): ImportResult {
  const given = input.mapping;
  const used: FieldMapping = given
    ? headers.map((_, i) => given[i] ?? null)
    : suggestMapping(headers);
  const defaults = input.defaults ?? {};
  const mapped = applyMapping(rows, used, defaults);
  const notes = [...readNotes, ...mappingNotes(headers, used, defaults), ...mapped.notes];
  const needsMapping = !input.mapping && missingRequiredFields(used, defaults).length > 0;
  return {
    ...validate(mapped.records, notes, input.asOf, { ...context, needsMapping }, broken),
    headers,
    mapping: used,
  };
}

/** The portfolio's type list: an entry per type its projects hold, labelled in every language. */
function typeEntriesOf(projects: readonly ImportedProject[]): ProjectTypeEntry[] {
  return portfolioTypeCodes(projects).map((code) => ({
    code,
    labels: { en: typeLabel(code, 'en'), fr: typeLabel(code, 'fr'), es: typeLabel(code, 'es') },
  }));
}

/**
 * Runs records through the record parser and keeps each accepted record's description. Records
 * in `broken` (rows the file itself damaged) are rejected with that reason whatever they hold.
 */
function validate(
  records: readonly unknown[],
  notes: ImportNote[],
  asOf: string | undefined,
  context: Context & { needsMapping: boolean },
  broken: ReadonlyMap<number, RejectionReason> = new Map(),
): ImportResult {
  // A file's types are its own: IOM's words resolve to IOM's codes, any other value is kept.
  const { projects: accepted, rejected } = parseProjectSummaries(records, asOf, { types: 'open' });
  const rejectedIndices = new Set(rejected.map((r) => r.index));
  for (const r of rejected) {
    const reason = broken.get(r.index);
    if (reason) r.reasons.unshift(reason);
  }
  const projects: ImportedProject[] = [];
  let next = 0;
  records.forEach((record, index) => {
    if (rejectedIndices.has(index)) return;
    const summary = accepted[next++]!;
    const reason = broken.get(index);
    if (reason) {
      rejected.push({ index, id: summary.id, reasons: [reason] });
      return;
    }
    const project: ImportedProject = { ...summary };
    const description = (record as Record<string, unknown>).description;
    if (typeof description === 'string' && description.trim() !== '')
      project.description = description.trim();
    projects.push(project);
  });
  rejected.sort((a, b) => a.index - b.index);
  const budgetUsd =
    projects.reduce((cents, p) => cents + Math.round((p.budgetUsd ?? 0) * 100), 0) / 100;
  const totals: ImportResult['totals'] = {
    records: records.length,
    accepted: projects.length,
    rejected: rejected.length,
    budgetUsd,
  };
  const noBudget = projects.filter((p) => p.budgetUsd === undefined).length;
  const converted = projects.filter((p) => p.budgetOriginal !== undefined).length;
  if (noBudget > 0) totals.noBudget = noBudget;
  if (converted > 0) totals.converted = converted;
  return {
    ok: true,
    ...context,
    projects,
    rejected,
    notes,
    totals,
    types: typeEntriesOf(projects),
  };
}
