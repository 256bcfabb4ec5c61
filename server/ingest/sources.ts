import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Language } from '@/domain/codes';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { createSummaryValidator, type RejectedRecord } from '@/domain/parse-record';
import { newsItemSchema, type NewsItem } from '@/domain/project';
import { decodeText, decodeWindows1252 } from '@/domain/import/decode-text';
import { importFile, sniffFormat } from '@/domain/import/import-file';
import type { ImportError } from '@/domain/import/errors';
import type { ImportNote } from '@/domain/import/notes';
import type { FieldMapping, ImportFormat, ImportResult, TextEncoding } from '@/domain/import/types';
import type { IngestRecord, PortfolioInput } from './write';

/*
 * Where an ingest reads its portfolio: a file, read by the Import screen's own parsers and
 * mapping (src/domain/import), or the generated sample. Records reach the database in batches;
 * a CSV file is read as a stream, a batch of rows at a time, so its size does not matter.
 */

/** The report the Import screen shows, added up over the batches of one file. */
export interface IngestReport {
  source: string;
  format: ImportFormat | 'sample';
  encoding?: TextEncoding;
  headers?: string[];
  mapping?: FieldMapping;
  records: number;
  accepted: number;
  rejected: number;
  /** The first MAX_LISTED rejections, each with its reasons. */
  rejections: RejectedRecord[];
  notes: ImportNote[];
  /** Sum of the accepted projects' budgets, in USD. */
  budgetUsd: number;
  budgetsByCurrency?: Record<string, number>;
}

/** A file the importer cannot read at all, or cannot map without a person. */
export class IngestError extends Error {
  constructor(
    message: string,
    readonly detail?: ImportError,
  ) {
    super(message);
  }
}

/** Rejections and per-record notes listed in the report; beyond, they are only counted. */
export const MAX_LISTED = 200;
/** Records per batch when a CSV file is streamed. */
export const CSV_BATCH = 5000;

export interface Ingestible extends PortfolioInput {
  report: IngestReport;
}

function emptyReport(source: string, format: IngestReport['format']): IngestReport {
  return {
    source,
    format,
    records: 0,
    accepted: 0,
    rejected: 0,
    rejections: [],
    notes: [],
    budgetUsd: 0,
  };
}

/** Adds one batch's notes: whole-file notes of the same kind are counted together. */
function addNotes(report: IngestReport, notes: readonly ImportNote[], offset: number): void {
  let listed = report.notes.filter((n) => n.index !== undefined).length;
  for (const note of notes) {
    if (note.index !== undefined) {
      if (listed++ < MAX_LISTED) report.notes.push({ ...note, index: note.index + offset });
      continue;
    }
    const same = report.notes.find(
      (n) =>
        n.index === undefined &&
        n.code === note.code &&
        n.field === note.field &&
        n.value === note.value,
    );
    if (!same) report.notes.push({ ...note });
    else if (note.count !== undefined) same.count = (same.count ?? 0) + note.count;
  }
}

/**
 * The portfolio's own project types, where the parser gives them (an IATI file's sector
 * categories, a CSV's values), kept in the meta as the Import screen keeps them; batches add up.
 */
function addTypes(meta: Record<string, unknown>, result: ImportResult): void {
  const types = (result as { types?: { code: string }[] }).types;
  if (!types) return;
  const known = (meta.types as { code: string }[] | undefined) ?? [];
  const codes = new Set(known.map((t) => t.code));
  meta.types = [...known, ...types.filter((t) => !codes.has(t.code))];
}

/** Adds what one batch of the Import screen's parser gave; returns its records to store. */
function addResult(report: IngestReport, result: ImportResult, offset: number): IngestRecord[] {
  report.format = result.format;
  report.encoding ??= result.encoding;
  if (result.headers) report.headers ??= result.headers;
  if (result.mapping) report.mapping ??= result.mapping;
  if (result.budgetsByCurrency) report.budgetsByCurrency = result.budgetsByCurrency;
  report.records += result.totals.records;
  report.accepted += result.totals.accepted;
  report.rejected += result.totals.rejected;
  report.budgetUsd = Math.round((report.budgetUsd + result.totals.budgetUsd) * 100) / 100;
  for (const rejection of result.rejected) {
    if (report.rejections.length >= MAX_LISTED) break;
    report.rejections.push({ ...rejection, index: rejection.index + offset });
  }
  addNotes(report, result.notes, offset);
  return result.projects.map((project, i) => ({
    index: offset + i,
    id: project.id,
    record: project,
  }));
}

/** Records beyond the first copy of an id, found by the database across batches, are rejected too. */
export function addDuplicates(
  report: IngestReport,
  duplicates: readonly { index: number; id: string }[],
): void {
  report.accepted -= duplicates.length;
  report.rejected += duplicates.length;
  for (const { index, id } of duplicates) {
    if (report.rejections.length >= MAX_LISTED) break;
    report.rejections.push({
      index,
      id,
      reasons: [{ code: 'duplicate_id', field: 'id', value: id }],
    });
  }
}

function failed(outcome: { error: ImportError }, name: string): never {
  const { message, detail } = outcome.error;
  throw new IngestError(`${name}: ${message}${detail ? ` (${detail})` : ''}`, outcome.error);
}

function needsMapping(result: ImportResult, name: string): void {
  if (!result.needsMapping) return;
  const missing = result.notes
    .filter((n) => n.code === 'field_not_found')
    .map((n) => n.field)
    .join(', ');
  throw new IngestError(
    `${name}: no column gives ${missing}. Columns found: ${(result.headers ?? []).join(', ')}. ` +
      'Rename the columns (the Import screen shows the names it recognises) and try again.',
  );
}

export interface FileOptions {
  lang?: Language;
  /** Shown as the portfolio's source in /api/meta; default the file's name. */
  source?: string | undefined;
  /** The portfolio's data date; default the file's own (a bundle's meta.asOf) or today. */
  asOf?: string | undefined;
}

const today = () => new Date().toISOString().slice(0, 10);

/** A portfolio file (CSV, JSON or IATI XML), read as the Import screen reads it. */
export async function readPortfolioFile(
  path: string,
  options: FileOptions = {},
): Promise<Ingestible> {
  const name = basename(path);
  const lang = options.lang ?? 'en';
  const head = await readHead(path);
  const format = detectFileFormat(name, head);
  if (format === 'csv' && head.length > 0) return streamCsv(path, name, options);
  const bytes = new Uint8Array(await readFile(path));
  const outcome = await importFile({
    name,
    bytes,
    lang,
    ...(options.asOf ? { asOf: options.asOf } : {}),
  });
  if (!outcome.ok) failed(outcome, name);
  needsMapping(outcome, name);
  const report = emptyReport(options.source ?? name, outcome.format);
  const records = addResult(report, outcome, 0);
  const bundle = outcome.format === 'json' ? jsonBundle(bytes) : {};
  const meta: Record<string, unknown> = {
    asOf: options.asOf ?? bundle.asOf ?? today(),
    source: options.source ?? name,
    currency: 'USD',
  };
  addTypes(meta, outcome);
  return {
    meta,
    report,
    news: bundle.news,
    batches: (async function* () {
      for (let i = 0; i < records.length; i += CSV_BATCH) yield records.slice(i, i + CSV_BATCH);
    })(),
  };
}

async function readHead(path: string): Promise<Uint8Array> {
  const size = (await stat(path)).size;
  const stream = createReadStream(path, { start: 0, end: Math.min(size, 65_536) - 1 });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

function detectFileFormat(name: string, head: Uint8Array): ImportFormat {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  if (extension === 'json') return 'json';
  if (extension === 'xml') return 'iati-xml';
  return sniffFormat(
    decodeText(head.subarray(0, Math.max(0, head.lastIndexOf(0x0a)))).text || decodeText(head).text,
  );
}

/** News and data date of a JSON bundle ({ meta, projects, news }), as `npm run generate` writes. */
function jsonBundle(bytes: Uint8Array): { asOf?: string; news?: NewsItem[] } {
  try {
    const doc = JSON.parse(decodeText(bytes).text) as Record<string, unknown>;
    const meta = doc.meta as Record<string, unknown> | undefined;
    const out: { asOf?: string; news?: NewsItem[] } = {};
    if (typeof meta?.asOf === 'string') out.asOf = meta.asOf;
    if (Array.isArray(doc.news)) out.news = readNewsItems(doc.news);
    return out;
  } catch {
    return {};
  }
}

/** News items that pass the API's schema; the others are left out, with an error if any. */
export function readNewsItems(items: readonly unknown[]): NewsItem[] {
  const news: NewsItem[] = [];
  items.forEach((item, i) => {
    const parsed = newsItemSchema.safeParse(item);
    if (!parsed.success)
      throw new IngestError(`News item #${i + 1} is not valid: ${parsed.error.issues[0]?.message}`);
    news.push(item as NewsItem);
  });
  return news;
}

/** A news file: { items }, { news } or a bare array of news items. */
export async function readNewsFile(path: string): Promise<NewsItem[]> {
  let doc: unknown;
  try {
    doc = JSON.parse(decodeText(new Uint8Array(await readFile(path))).text);
  } catch (error) {
    throw new IngestError(`${basename(path)}: not JSON (${(error as Error).message})`);
  }
  const record = doc as Record<string, unknown>;
  const items = Array.isArray(doc) ? doc : (record.items ?? record.news);
  if (!Array.isArray(items))
    throw new IngestError(`${basename(path)}: no list of news items found`);
  return readNewsItems(items);
}

/** Text decoding a chunk at a time, in the encoding the file's first bytes show. */
function chunkDecoder(encoding: TextEncoding): (chunk: Uint8Array, last: boolean) => string {
  if (encoding === 'windows-1252') return (chunk) => decodeWindows1252(chunk);
  const decoder = new TextDecoder(encoding);
  return (chunk, last) => decoder.decode(chunk, { stream: !last });
}

/**
 * Splits CSV text into records as it arrives: a line break ends a record unless it is inside
 * quotes. Yields the text of each record (without its line break).
 */
async function* csvRecords(path: string, encoding: TextEncoding): AsyncGenerator<string> {
  const decode = chunkDecoder(encoding);
  let pending = '';
  let quoted = false;
  let scanned = 0;
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  for await (const chunk of stream) {
    pending += decode(new Uint8Array(chunk as Buffer), false);
    let start = 0;
    for (let i = scanned; i < pending.length; i++) {
      const ch = pending.charCodeAt(i);
      if (ch === 34) quoted = !quoted;
      else if (ch === 10 && !quoted) {
        yield pending.slice(start, i);
        start = i + 1;
      }
    }
    pending = pending.slice(start);
    scanned = pending.length;
  }
  pending += decode(new Uint8Array(0), true);
  if (pending.trim() !== '') yield pending;
}

/** A CSV file, streamed: the header row, then batches of rows through the Import screen's parser. */
async function streamCsv(path: string, name: string, options: FileOptions): Promise<Ingestible> {
  const lang = options.lang ?? 'en';
  const head = await readHead(path);
  const cut = head.lastIndexOf(0x0a);
  const encoding = decodeText(cut > 0 ? head.subarray(0, cut) : head).encoding;
  const report = emptyReport(options.source ?? name, 'csv');
  report.encoding = encoding;
  const lines = csvRecords(path, encoding);
  // The header row (after Excel's `sep=` hint line, if any) starts every batch.
  let prefix = '';
  for (let line = await lines.next(); !line.done; line = await lines.next()) {
    if (line.value.trim() === '' && prefix === '') continue;
    prefix += `${line.value.replace(/^\uFEFF/, '')}\n`;
    if (!/^sep=.\r?$/i.test(line.value)) break;
  }
  let mapping: FieldMapping | undefined;
  const encoder = new TextEncoder();
  const meta: Record<string, unknown> = {
    asOf: options.asOf ?? today(),
    source: options.source ?? name,
    currency: 'USD',
  };
  async function* batches(): AsyncGenerator<IngestRecord[]> {
    let rows: string[] = [];
    let offset = 0;
    const run = async (): Promise<IngestRecord[]> => {
      const outcome = await importFile({
        name,
        bytes: encoder.encode(prefix + rows.join('\n')),
        lang,
        ...(mapping ? { mapping } : {}),
        ...(options.asOf ? { asOf: options.asOf } : {}),
      });
      if (!outcome.ok) failed(outcome, name);
      if (!mapping) needsMapping(outcome, name);
      mapping ??= outcome.mapping;
      const added = addResult(report, outcome, offset);
      addTypes(meta, outcome);
      offset += outcome.totals.records;
      rows = [];
      return added;
    };
    for (let line = await lines.next(); !line.done; line = await lines.next()) {
      if (line.value.trim() === '') continue;
      rows.push(line.value);
      if (rows.length >= CSV_BATCH) yield await run();
    }
    if (rows.length > 0 || offset === 0) yield await run();
  }
  return { meta, report, batches: batches() };
}

export interface SampleOptions {
  count?: number;
  seed?: number;
}

/**
 * The generated sample portfolio, stored exactly as the mock API serves it (same records, same
 * key order), after the same validation as any other portfolio.
 */
export function readSample(options: SampleOptions = {}): Ingestible {
  const portfolio = generatePortfolio(options);
  const { projectCount: _count, ...meta } = portfolio.meta;
  const report = emptyReport(meta.source, 'sample');
  const validator = createSummaryValidator(meta.asOf);
  const { projects } = portfolio;
  async function* batches(): AsyncGenerator<IngestRecord[]> {
    for (let offset = 0; offset < projects.length; offset += CSV_BATCH) {
      const batch = projects.slice(offset, offset + CSV_BATCH);
      const before = validator.result().rejected.length;
      validator.add(batch);
      const rejected = validator.result().rejected.slice(before);
      const bad = new Set(rejected.map((r) => r.index));
      report.records += batch.length;
      report.rejected += rejected.length;
      report.rejections.push(...rejected.slice(0, MAX_LISTED - report.rejections.length));
      const kept = batch
        .map((record, i) => ({ index: offset + i, id: record.id, record }))
        .filter((r) => !bad.has(r.index));
      report.accepted += kept.length;
      for (const { record } of kept) report.budgetUsd += record.budgetUsd ?? 0;
      yield kept;
    }
    report.budgetUsd = Math.round(report.budgetUsd * 100) / 100;
  }
  return { meta, report, news: portfolio.news, batches: batches() };
}
