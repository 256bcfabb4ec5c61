import {
  COLUMN_FIELDS,
  DICT_FIELDS,
  NUMBER_FIELDS,
  OPTIONAL_FIELDS,
  TEXT_FIELDS,
} from '@/domain/project-columns-fields';
import type { DictColumn, ProjectColumns, ProjectColumnsPage } from '@/domain/project-columns';
import { fitsMoneyColumns, moneyEncoder } from '@/domain/project-columns-money-fit';

const KNOWN: ReadonlySet<string> = new Set(COLUMN_FIELDS);
type Raw = Record<string, unknown>;

/**
 * Whether a record fits the columns as it is: an object with only summary fields, text as
 * strings, amounts and years as finite numbers, countries as a list of strings, every field but
 * the optional ones present. Undefined values count as absent, as in JSON.
 */
export function fitsColumns(record: unknown): record is Raw {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return false;
  const raw = record as Raw;
  // `in` rather than Object.keys (no array per record): an inherited key can only make a record
  // irregular, sent whole, never lose a field.
  for (const key in raw) if (raw[key] !== undefined && !KNOWN.has(key)) return false;
  for (const field of TEXT_FIELDS) if (typeof raw[field] !== 'string') return false;
  for (const field of NUMBER_FIELDS) {
    const value = raw[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  }
  for (const field of DICT_FIELDS) {
    const value = raw[field];
    if (typeof value !== 'string' && !(value === undefined && OPTIONAL_FIELDS.has(field)))
      return false;
  }
  const countries = raw.countries;
  return (
    Array.isArray(countries) &&
    countries.every((c) => typeof c === 'string') &&
    fitsMoneyColumns(raw)
  );
}

function dictEncoder(): { column: DictColumn; add: (value: string | undefined) => void } {
  const column: DictColumn = { dict: [], codes: [] };
  const index = new Map<string, number>();
  return {
    column,
    add(value) {
      if (value === undefined) {
        column.codes.push(-1);
        return;
      }
      let code = index.get(value);
      if (code === undefined) {
        code = column.dict.length;
        index.set(value, code);
        column.dict.push(value);
      }
      column.codes.push(code);
    },
  };
}

/**
 * The records in columns, and the ones that do not fit them kept whole with their position.
 * `fitting`: the caller knows every record fits (generated projects): the check is skipped, and
 * only the summary fields are read (a project's description is left out without a copy).
 */
export function encodeProjectColumns(
  records: readonly unknown[],
  fitting = false,
): Pick<ProjectColumnsPage, 'count' | 'columns' | 'irregular'> {
  const dicts = Object.fromEntries(DICT_FIELDS.map((f) => [f, dictEncoder()])) as Record<
    (typeof DICT_FIELDS)[number],
    ReturnType<typeof dictEncoder>
  >;
  const countryCodes = dictEncoder();
  const offsets = [0];
  const text = { id: [] as string[], primaId: [] as string[], title: [] as string[] };
  const numbers = { budgetUsd: [] as number[], year: [] as number[] };
  const irregular: ProjectColumnsPage['irregular'] = [];
  const money = moneyEncoder();
  records.forEach((value, index) => {
    const record = value as Raw;
    if (!fitting && !fitsColumns(record)) {
      irregular.push({ index, record });
      return;
    }
    for (const field of TEXT_FIELDS) text[field].push(record[field] as string);
    for (const field of NUMBER_FIELDS) numbers[field].push(record[field] as number);
    for (const field of DICT_FIELDS) dicts[field].add(record[field] as string | undefined);
    for (const country of record.countries as string[]) countryCodes.add(country);
    offsets.push(countryCodes.column.codes.length);
    money.add(record);
  });
  const columns: ProjectColumns = {
    ...text,
    ...numbers,
    startDate: dicts.startDate.column,
    endDate: dicts.endDate.column,
    status: dicts.status.column,
    type: dicts.type.column,
    coverage: dicts.coverage.column,
    region: dicts.region.column,
    countries: { dict: countryCodes.column.dict, codes: countryCodes.column.codes, offsets },
    ...money.columns(),
  };
  return { count: records.length, columns, irregular };
}
