import './zod-jitless';
import { z } from 'zod';
import { funderSchema, type Funder } from './project';

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
type MoneyColumns = z.infer<z.ZodObject<typeof moneyColumnsShape>>;

export const MONEY_FIELDS = [
  'funders',
  'committedUsd',
  'disbursedUsd',
  'spentUsd',
  'spendingByYear',
] as const;
const AMOUNTS = ['committedUsd', 'disbursedUsd', 'spentUsd'] as const;

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFinite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const onlyKeys = (o: Raw, keys: readonly string[]) =>
  Object.keys(o).every((k) => o[k] === undefined || keys.includes(k));

/** Exactly what funderSchema accepts, so that the page's dictionary always validates. */
function fitsFunder(value: unknown): boolean {
  if (!isObject(value) || !onlyKeys(value, ['name', 'ref', 'share'])) return false;
  const { name, ref, share } = value;
  return (
    typeof name === 'string' &&
    name.length > 0 &&
    (ref === undefined || (typeof ref === 'string' && ref.length > 0)) &&
    (share === undefined || (isFinite(share) && share > 0 && share <= 1))
  );
}

function fitsYear(value: unknown): boolean {
  if (!isObject(value) || !onlyKeys(value, ['year', 'disbursedUsd', 'spentUsd'])) return false;
  return isFinite(value.year) && isFinite(value.disbursedUsd) && isFinite(value.spentUsd);
}

/** Whether a record's money fields fit the columns: absent, or non-empty lists of plain entries. */
export function fitsMoneyColumns(raw: Raw): boolean {
  const { funders, spendingByYear } = raw;
  if (
    funders !== undefined &&
    !(Array.isArray(funders) && funders.length > 0 && funders.every(fitsFunder))
  )
    return false;
  if (
    spendingByYear !== undefined &&
    !(Array.isArray(spendingByYear) && spendingByYear.length > 0 && spendingByYear.every(fitsYear))
  )
    return false;
  return AMOUNTS.every((field) => raw[field] === undefined || isFinite(raw[field]));
}

/** Collects the money fields of regular records, one record at a time. */
export function moneyEncoder(): { add: (record: Raw) => void; columns: () => MoneyColumns } {
  const funders = { dict: [] as Funder[], codes: [] as number[], offsets: [0] };
  const index = new Map<string, number>();
  const amounts = { committedUsd: [], disbursedUsd: [], spentUsd: [] } as Record<
    (typeof AMOUNTS)[number],
    (number | null)[]
  >;
  const years = { year: [] as number[], disbursedUsd: [] as number[], spentUsd: [] as number[] };
  const yearOffsets = [0];
  const seen = { funders: false, spendingByYear: false } as Record<string, boolean>;
  const amountSeen = new Set<string>();
  return {
    add(record) {
      for (const f of (record.funders as Funder[] | undefined) ?? []) {
        seen.funders = true;
        const key = JSON.stringify([f.name, f.ref, f.share]);
        let code = index.get(key);
        if (code === undefined) {
          code = funders.dict.push(copyFunder(f)) - 1;
          index.set(key, code);
        }
        funders.codes.push(code);
      }
      funders.offsets.push(funders.codes.length);
      for (const field of AMOUNTS) {
        const value = record[field] as number | undefined;
        if (value !== undefined) amountSeen.add(field);
        amounts[field].push(value ?? null);
      }
      for (const y of (record.spendingByYear as Raw[] | undefined) ?? []) {
        seen.spendingByYear = true;
        years.year.push(y.year as number);
        years.disbursedUsd.push(y.disbursedUsd as number);
        years.spentUsd.push(y.spentUsd as number);
      }
      yearOffsets.push(years.year.length);
    },
    columns() {
      const out: MoneyColumns = {};
      if (seen.funders) out.funders = funders;
      for (const field of AMOUNTS) if (amountSeen.has(field)) out[field] = amounts[field];
      if (seen.spendingByYear) out.spendingByYear = { ...years, offsets: yearOffsets };
      return out;
    },
  };
}

function copyFunder(f: Funder): Funder {
  const copy: Funder = { name: f.name };
  if (f.ref !== undefined) copy.ref = f.ref;
  if (f.share !== undefined) copy.share = f.share;
  return copy;
}

function boundsOk(offsetList: readonly number[], length: number, regular: number): boolean {
  if (offsetList.length !== regular + 1 || offsetList[0] !== 0 || offsetList[regular] !== length)
    return false;
  for (let i = 0; i < regular; i++) if (offsetList[i]! > offsetList[i + 1]!) return false;
  return true;
}

/** What is inconsistent in the money columns of a page with `regular` records, if anything. */
export function checkMoneyShape(c: MoneyColumns, regular: number): string | undefined {
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
export function decodeMoney(c: MoneyColumns, r: number, record: Raw): void {
  if (c.funders) {
    const { dict, codes, offsets: o } = c.funders;
    if (o[r + 1]! > o[r]!)
      record.funders = codes.slice(o[r], o[r + 1]).map((k) => copyFunder(dict[k]!));
  }
  for (const field of AMOUNTS) {
    const value = c[field]?.[r];
    if (value !== undefined && value !== null) record[field] = value;
  }
  const y = c.spendingByYear;
  if (y && y.offsets[r + 1]! > y.offsets[r]!) {
    const entries: Raw[] = [];
    for (let k = y.offsets[r]!; k < y.offsets[r + 1]!; k++)
      entries.push({ year: y.year[k], disbursedUsd: y.disbursedUsd[k], spentUsd: y.spentUsd[k] });
    record.spendingByYear = entries;
  }
}
