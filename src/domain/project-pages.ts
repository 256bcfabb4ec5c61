import { z } from 'zod';
import { jsonNumbersOf } from './json-numbers';
import {
  decodeProjectColumns,
  projectColumnsPageSchema,
  regularCount,
  type ColumnsPageRead,
} from './project-columns';
import { validateColumnPage } from './parse-columns';
import { projectPageSchema, type ProjectPage, type ProjectSummary } from './project';
import {
  createSummaryValidator,
  type ParseOptions,
  type RejectedRecord,
  type SummaryValidator,
} from './parse-record';

/**
 * A page of the project list in either wire format: a server that ignores `format=columns` and
 * sends rows is understood.
 */
export const anyPageSchema = z.union([projectColumnsPageSchema, projectPageSchema]);
/** A page as parseAnyPage reads it: a column page's lists of numbers may be typed arrays. */
export type AnyPage = ColumnsPageRead | ProjectPage;

type Raw = Record<string, unknown>;
type Check = (value: unknown) => boolean;

const finite: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const text: Check = (v) => typeof v === 'string';
const code: Check = (v) => Number.isSafeInteger(v) && (v as number) >= -1;
const count: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
const amount: Check = (v) => v === null || finite(v);

/**
 * The long arrays of a column page (one value per record, or per country or year) and what each
 * value must be: each check accepts no more than the schema does. `[column, key]` is an array
 * inside a column's object; a missing optional column is left to the schema.
 */
const LONG_ARRAYS: readonly (readonly [string, string | undefined, Check])[] = [
  ['id', undefined, text],
  ['primaId', undefined, text],
  ['title', undefined, text],
  ['budgetUsd', undefined, finite],
  ['year', undefined, finite],
  ...(['startDate', 'endDate', 'status', 'type', 'coverage', 'region'] as const).map(
    (column) => [column, 'codes', code] as const,
  ),
  ['countries', 'codes', count],
  ['countries', 'offsets', count],
  ['funders', 'codes', count],
  ['funders', 'offsets', count],
  ['committedUsd', undefined, amount],
  ['disbursedUsd', undefined, amount],
  ['spentUsd', undefined, amount],
  ['spendingByYear', 'year', finite],
  ['spendingByYear', 'disbursedUsd', finite],
  ['spendingByYear', 'spentUsd', finite],
  ['spendingByYear', 'offsets', count],
];

/**
 * An Int32Array or a Float64Array, from this realm or another (instanceof sees only its own; a
 * value cloned into a test's other realm keeps its tag).
 */
function typedList(value: unknown): value is Int32Array | Float64Array {
  if (!ArrayBuffer.isView(value)) return false;
  const tag = (value as Int32Array)[Symbol.toStringTag];
  return tag === 'Int32Array' || tag === 'Float64Array';
}

function everyValue(values: ArrayLike<unknown>, check: Check): boolean {
  for (let i = 0; i < values.length; i++) if (!check(values[i])) return false;
  return true;
}

/**
 * A column page checked as anyPageSchema checks it, faster: interpreted zod checks a million
 * array values one schema call at a time, a few seconds at a million projects. The long arrays
 * are checked here by hand and the rest (dictionaries, funders, irregular records, totals) by the
 * schema, on a copy of the page without them; they are put back in what it returns. A long array
 * may be an Int32Array or a Float64Array (a page the demo build's mock API sent as a value, see
 * src/lib/api/port-fetch.ts): checked the same way and kept as it is, except that in an amount
 * column NaN or an infinity is JSON's null (see AmountList). Whatever the hand checks refuse goes
 * through the whole schema, its typed arrays first made JSON's numbers, so errors read as before.
 */
export function parseAnyPage(
  body: unknown,
):
  | { success: true; data: AnyPage; error?: never }
  | { success: false; error: z.ZodError; data?: never } {
  const whole = () => anyPageSchema.safeParse(jsonNumbersOf(body));
  const page = body as Raw | null;
  const columns = page?.columns as Raw | null | undefined;
  if (page?.format !== 'columns' || typeof columns !== 'object' || columns === null) return whole();
  const skeleton: Raw = { ...columns };
  const taken: [string, string | undefined, ArrayLike<unknown>][] = [];
  for (const [column, key, check] of LONG_ARRAYS) {
    const holder = columns[column];
    if (holder === undefined) continue;
    const values = key === undefined ? holder : (holder as Raw | null)?.[key];
    const typed = typedList(values);
    if (!(typed || Array.isArray(values))) return whole();
    // A typed amount is any number (NaN is a missing one); the other checks hold for both.
    if (!(typed && check === amount) && !everyValue(values as ArrayLike<unknown>, check))
      return whole();
    if (key === undefined) skeleton[column] = [];
    else {
      if (typeof holder !== 'object' || Array.isArray(holder)) return whole();
      skeleton[column] = { ...(skeleton[column] as Raw), [key]: [] };
    }
    taken.push([column, key, values as ArrayLike<unknown>]);
  }
  const parsed = projectColumnsPageSchema.safeParse({ ...page, columns: skeleton });
  if (!parsed.success) return whole();
  const out = parsed.data.columns as unknown as Record<string, unknown>;
  for (const [column, key, values] of taken) {
    if (key === undefined) out[column] = values;
    else (out[column] as Raw)[key] = values;
  }
  return parsed;
}

/** A page's records (unvalidated one by one) and the announced total, or why it is inconsistent. */
export type PageRecords =
  { ok: true; total: number; items: unknown[] } | { ok: false; message: string };

/** The records a page carries, in page order, whatever its format. */
export function recordsOfPage(page: AnyPage): PageRecords {
  if (!('format' in page)) return { ok: true, total: page.total, items: page.items };
  const decoded = decodeProjectColumns(page);
  return decoded.ok ? { ok: true, total: page.total, items: decoded.records } : decoded;
}

/** What one page holds: the total it announces and its records, or why it cannot be read. */
export type PageRead =
  { ok: true; total: number; records: number } | { ok: false; message: string };

/** A page's announced total and record count, or why it is inconsistent (as recordsOfPage says). */
export function readPage(page: AnyPage): PageRead {
  if (!('format' in page)) return { ok: true, total: page.total, records: page.items.length };
  const checked = regularCount(page);
  return checked.ok ? { ok: true, total: page.total, records: page.count } : checked;
}

/** The validated portfolio built from its pages (its projects as `keep` keeps them). */
export interface IngestedPages<Kept = ProjectSummary> {
  projects: Kept[];
  rejected: RejectedRecord[];
}

/** Pages validated as they arrive (createPageIngest). */
export interface PageIngest<Kept> {
  /**
   * A page's JSON body, index 0 for the first page: its announced total and how many records
   * it carries, or why it cannot be read (then every later page is refused too).
   */
  add(index: number, body: unknown): PageRead;
  /** Makes room for `total` projects at once (the total the pages announce). */
  reserve(total: number): void;
  /** Every page sent (`pages` of them): the portfolio, or why it is incomplete. */
  finish(pages: number): { ok: true; value: IngestedPages<Kept> } | { ok: false; message: string };
}

/**
 * Validates the pages of a project list as they arrive, in any order, as the page does: each
 * page's records once every page before it has been, so that record positions, duplicate IDs and
 * rejection reasons come out exactly as the page's own validator finds them. `keep`: as
 * createSummaryValidator's.
 */
export function createPageIngest(
  asOf: string | undefined,
  options?: ParseOptions,
): PageIngest<ProjectSummary>;
export function createPageIngest<Kept>(
  asOf: string | undefined,
  options: ParseOptions,
  keep: (project: ProjectSummary) => Kept,
): PageIngest<Kept>;
export function createPageIngest<Kept>(
  asOf: string | undefined,
  options: ParseOptions = {},
  keep?: (project: ProjectSummary) => Kept,
): PageIngest<Kept | ProjectSummary> {
  const validator: SummaryValidator<Kept | ProjectSummary> = keep
    ? createSummaryValidator(asOf, options, keep)
    : createSummaryValidator(asOf, options);
  const arrived = new Map<number, AnyPage>();
  let next = 0;
  let problem: string | undefined;
  // A column page is validated column-wise (each distinct dictionary value once), a row page
  // record by record: the same projects and rejections either way.
  const validate = (page: AnyPage) =>
    'format' in page ? validateColumnPage(page, validator, options) : validator.add(page.items);
  return {
    add(index, body) {
      if (problem) return { ok: false, message: problem };
      const parsed = parseAnyPage(body);
      const read = parsed.success
        ? readPage(parsed.data)
        : { ok: false as const, message: parsed.error.issues[0]?.message ?? 'invalid page' };
      if (!read.ok) {
        problem = `page ${index}: ${read.message}`;
        return { ok: false, message: problem };
      }
      arrived.set(index, parsed.data!);
      for (let page = arrived.get(next); page; page = arrived.get(next)) {
        arrived.delete(next++);
        validate(page);
      }
      return read;
    },
    reserve: (total) => validator.reserve(total),
    finish(pages) {
      if (problem) return { ok: false, message: problem };
      if (next !== pages) return { ok: false, message: `received ${next} of ${pages} pages` };
      const { projects, rejected } = validator.result();
      return { ok: true, value: { projects, rejected } };
    },
  };
}
