import './zod-jitless';
import { z } from 'zod';
import { checkMoneyShape, decodeMoney, moneyColumnsShape } from './project-columns-money';
import type { ReadLists } from './column-lists';
import { DICT_FIELDS, NUMBER_FIELDS, OPTIONAL_FIELDS, TEXT_FIELDS } from './project-columns-fields';

export { amountAt, type AmountList, type NumberList, type ReadLists } from './column-lists';
export {
  COLUMN_FIELDS,
  DICT_FIELDS,
  NUMBER_FIELDS,
  OPTIONAL_FIELDS,
  TEXT_FIELDS,
} from './project-columns-fields';

/**
 * The column-oriented wire format of the project list (`GET /projects?format=columns`), for large
 * portfolios: one array per field instead of one object per project, with the coded fields
 * dictionary-encoded. It carries exactly what the row format carries — decoding gives back the
 * records the row format would have sent, valid or not, and they are validated the same way.
 *
 * A record that does not fit the columns' types (a budget written as a string, a missing title, an
 * unknown field, …) travels whole in `irregular` at its position in the page, so nothing is lost
 * and invalid records are still listed with their reasons by the record parser.
 */

/** Values written as an index into a list of distinct values; -1 means the field is absent. */
const dictColumnSchema = z.object({
  dict: z.array(z.string()),
  codes: z.array(z.number().int().min(-1)),
});
export type DictColumn = z.infer<typeof dictColumnSchema>;

/** A list of strings per record: every record's codes one after another, `offsets` (count + 1) bound them. */
const listColumnSchema = z.object({
  dict: z.array(z.string()),
  codes: z.array(z.number().int().nonnegative()),
  offsets: z.array(z.number().int().nonnegative()),
});
export type ListColumn = z.infer<typeof listColumnSchema>;

export const projectColumnsSchema = z.object({
  id: z.array(z.string()),
  primaId: z.array(z.string()),
  title: z.array(z.string()),
  startDate: dictColumnSchema,
  endDate: dictColumnSchema,
  status: dictColumnSchema,
  type: dictColumnSchema,
  budgetUsd: z.array(z.number()),
  coverage: dictColumnSchema,
  year: z.array(z.number()),
  region: dictColumnSchema,
  countries: listColumnSchema,
  ...moneyColumnsShape,
});
export type ProjectColumns = z.infer<typeof projectColumnsSchema>;

/** One page of the project list in the column format. */
export const projectColumnsPageSchema = z.object({
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  format: z.literal('columns'),
  /** Records in this page: the regular ones in `columns` plus the irregular ones. */
  count: z.number().int().nonnegative(),
  columns: projectColumnsSchema,
  /** Records that do not fit the columns, whole, by their position in the page (ascending). */
  irregular: z.array(z.object({ index: z.number().int().nonnegative(), record: z.unknown() })),
});
export type ProjectColumnsPage = z.infer<typeof projectColumnsPageSchema>;

/** A column page as read (parseAnyPage): the wire format's, its lists of numbers maybe typed. */
export type ColumnsPageRead = ReadLists<ProjectColumnsPage>;
/** A column page's columns as read. */
export type ColumnsRead = ColumnsPageRead['columns'];
/** A dictionary-coded column as read. */
export type DictColumnRead = ReadLists<DictColumn>;

export type ColumnsResult = { ok: true; records: unknown[] } | { ok: false; message: string };

function dictValue(column: DictColumnRead, i: number): string | undefined {
  const code = column.codes[i]!;
  return code < 0 ? undefined : column.dict[code];
}

/** Checks what the schema cannot: lengths agree, codes point into their dictionaries. */
function checkShape(page: ColumnsPageRead, regular: number): string | undefined {
  const { columns } = page;
  for (const field of [...TEXT_FIELDS, ...NUMBER_FIELDS]) {
    if (columns[field].length !== regular)
      return `column ${field} has ${columns[field].length} values, expected ${regular}`;
  }
  for (const field of DICT_FIELDS) {
    const { dict, codes } = columns[field];
    if (codes.length !== regular)
      return `column ${field} has ${codes.length} codes, expected ${regular}`;
    if (codes.some((c) => c >= dict.length))
      return `column ${field} has a code outside its dictionary`;
    if (!OPTIONAL_FIELDS.has(field) && codes.some((c) => c < 0))
      return `column ${field} leaves a required value out`;
  }
  const { dict, codes, offsets } = columns.countries;
  if (offsets.length !== regular + 1 || offsets[0] !== 0 || offsets[regular] !== codes.length)
    return 'column countries has offsets that do not bound its codes';
  for (let i = 0; i < regular; i++)
    if (offsets[i]! > offsets[i + 1]!) return 'column countries has decreasing offsets';
  if (codes.some((c) => c >= dict.length))
    return 'column countries has a code outside its dictionary';
  const money = checkMoneyShape(columns, regular);
  if (money) return money;
  let previous = -1;
  for (const { index } of page.irregular) {
    if (index <= previous || index >= page.count)
      return 'irregular records are out of order or outside the page';
    previous = index;
  }
  return undefined;
}

/** How many of a page's records are in its columns, or why the page is inconsistent. */
export function regularCount(
  page: ColumnsPageRead,
): { ok: true; regular: number } | { ok: false; message: string } {
  const regular = page.count - page.irregular.length;
  if (regular < 0) return { ok: false, message: 'more irregular records than the page holds' };
  const problem = checkShape(page, regular);
  return problem ? { ok: false, message: problem } : { ok: true, regular };
}

/** Regular record r of checked columns as a plain object, what the row format would have held. */
export function decodeRecord(c: ColumnsRead, r: number): Record<string, unknown> {
  const countries: string[] = [];
  for (let k = c.countries.offsets[r]!; k < c.countries.offsets[r + 1]!; k++)
    countries.push(c.countries.dict[c.countries.codes[k]!]!);
  const record: Record<string, unknown> = {
    id: c.id[r],
    primaId: c.primaId[r],
    title: c.title[r],
    startDate: dictValue(c.startDate, r),
  };
  const endDate = dictValue(c.endDate, r);
  if (endDate !== undefined) record.endDate = endDate;
  record.status = dictValue(c.status, r);
  record.type = dictValue(c.type, r);
  record.budgetUsd = c.budgetUsd[r]! + 0;
  record.coverage = dictValue(c.coverage, r);
  record.year = c.year[r]! + 0;
  record.region = dictValue(c.region, r);
  record.countries = countries;
  decodeMoney(c, r, record);
  return record;
}

/**
 * The records of a column page, in page order, as plain objects — what the row format's `items`
 * would have held — or why the page is inconsistent.
 */
export function decodeProjectColumns(page: ColumnsPageRead): ColumnsResult {
  const checked = regularCount(page);
  if (!checked.ok) return checked;
  const records: unknown[] = new Array<unknown>(page.count);
  let r = 0;
  let next = 0;
  for (let i = 0; i < page.count; i++) {
    const irregular = page.irregular[next];
    if (irregular && irregular.index === i) {
      records[i] = irregular.record;
      next++;
    } else records[i] = decodeRecord(page.columns, r++);
  }
  return { ok: true, records };
}
