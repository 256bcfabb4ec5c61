import type { Funder } from './project';
import type { MoneyColumns } from './project-columns-money';

/*
 * Which records' money fields fit the column format, and their encoder (see
 * project-columns-money.ts for the format): zod-free, so that the encoder (the demo build's mock
 * API Worker) carries no schema library.
 */

export const MONEY_FIELDS = [
  'funders',
  'committedUsd',
  'disbursedUsd',
  'spentUsd',
  'spendingByYear',
] as const;
export const AMOUNTS = ['committedUsd', 'disbursedUsd', 'spentUsd'] as const;

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFinite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** No key but these (an inherited one counts too: the record is then sent whole). */
function onlyKeys(o: Raw, keys: readonly string[]): boolean {
  for (const k in o) if (o[k] !== undefined && !keys.includes(k)) return false;
  return true;
}

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
  const byObject = new Map<Funder, number>();
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
        // Records often share one funder object (the generator's do): its code is found by
        // identity first, without writing its key (within one synchronous encode).
        let code = byObject.get(f);
        if (code === undefined) {
          const key = JSON.stringify([f.name, f.ref, f.share]);
          code = index.get(key);
          if (code === undefined) {
            code = funders.dict.push(copyFunder(f)) - 1;
            index.set(key, code);
          }
          byObject.set(f, code);
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

export function copyFunder(f: Funder): Funder {
  const copy: Funder = { name: f.name };
  if (f.ref !== undefined) copy.ref = f.ref;
  if (f.share !== undefined) copy.share = f.share;
  return copy;
}
