import './zod-jitless';
import { z } from 'zod';
import { funderSchema } from './project';
import { amountAt, type NumberList, type ReadLists } from './column-lists';
import { AMOUNTS, copyFunder } from './project-columns-money-fit';

export { fitsMoneyColumns, MONEY_FIELDS, moneyEncoder } from './project-columns-money-fit';

/**
 * The optional money fields in the column wire format (DESIGN §11): funders as a dictionary of
 * distinct funder objects with per-record codes, the amounts as arrays with null for "not
 * provided", and per-year spending as flat arrays bounded by offsets. A page without these
 * columns (an older server) means no record has the fields.
 */

const offsets = z.array(z.number().int().nonnegative());
export const moneyColumnsShape = {
  funders: z
    .object({
      dict: z.array(funderSchema),
      codes: z.array(z.number().int().nonnegative()),
      offsets,
    })
    .optional(),
  committedUsd: z.array(z.number().nullable()).optional(),
  disbursedUsd: z.array(z.number().nullable()).optional(),
  spentUsd: z.array(z.number().nullable()).optional(),
  spendingByYear: z
    .object({
      year: z.array(z.number()),
      disbursedUsd: z.array(z.number()),
      spentUsd: z.array(z.number()),
      offsets,
    })
    .optional(),
};
type Raw = Record<string, unknown>;

export type MoneyColumns = z.infer<z.ZodObject<typeof moneyColumnsShape>>;
/** The money columns as a page is read (ReadLists). */
type MoneyColumnsRead = ReadLists<MoneyColumns>;

function boundsOk(offsetList: NumberList, length: number, regular: number): boolean {
  if (offsetList.length !== regular + 1 || offsetList[0] !== 0 || offsetList[regular] !== length)
    return false;
  for (let i = 0; i < regular; i++) if (offsetList[i]! > offsetList[i + 1]!) return false;
  return true;
}

/** What is inconsistent in the money columns of a page with `regular` records, if anything. */
export function checkMoneyShape(c: MoneyColumnsRead, regular: number): string | undefined {
  for (const field of AMOUNTS) {
    const column = c[field];
    if (column && column.length !== regular)
      return `column ${field} has ${column.length} values, expected ${regular}`;
  }
  if (c.funders) {
    if (!boundsOk(c.funders.offsets, c.funders.codes.length, regular))
      return 'column funders has offsets that do not bound its codes';
    if (c.funders.codes.some((code) => code >= c.funders!.dict.length))
      return 'column funders has a code outside its dictionary';
  }
  const y = c.spendingByYear;
  if (y) {
    if (y.disbursedUsd.length !== y.year.length || y.spentUsd.length !== y.year.length)
      return 'column spendingByYear has arrays of different lengths';
    if (!boundsOk(y.offsets, y.year.length, regular))
      return 'column spendingByYear has offsets that do not bound its values';
  }
  return undefined;
}

/** Writes regular record r's money fields onto the decoded record, leaving absent ones out. */
export function decodeMoney(c: MoneyColumnsRead, r: number, record: Raw): void {
  if (c.funders) {
    const { dict, codes, offsets: o } = c.funders;
    if (o[r + 1]! > o[r]!) {
      const funders: Raw[] = [];
      for (let k = o[r]!; k < o[r + 1]!; k++) funders.push(copyFunder(dict[codes[k]!]!));
      record.funders = funders;
    }
  }
  for (const field of AMOUNTS) {
    const column = c[field];
    const value = column && amountAt(column, r);
    if (value !== undefined && value !== null) record[field] = value;
  }
  const y = c.spendingByYear;
  if (y && y.offsets[r + 1]! > y.offsets[r]!) {
    const entries: Raw[] = [];
    for (let k = y.offsets[r]!; k < y.offsets[r + 1]!; k++)
      entries.push({
        year: y.year[k]! + 0,
        disbursedUsd: y.disbursedUsd[k]! + 0,
        spentUsd: y.spentUsd[k]! + 0,
      });
    record.spendingByYear = entries;
  }
}
