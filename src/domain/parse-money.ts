import { readFunderText } from './funder-text';
import type { Funder, ProjectSummary, YearSpending } from './project';
import type { RejectionReason } from './reasons';

/** The optional money fields of a project (DESIGN §11): funders and money moved. */
export type MoneyFields = Pick<
  ProjectSummary,
  'funders' | 'committedUsd' | 'disbursedUsd' | 'spentUsd' | 'spendingByYear'
>;

export const MONEY_AMOUNT_FIELDS = ['committedUsd', 'disbursedUsd', 'spentUsd'] as const;

type Raw = Record<string, unknown>;
type AmountParser = (value: unknown) => number | undefined;

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function show(value: unknown): string {
  try {
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
  } catch {
    return String(value);
  }
}

/** A funder written as a name, or as `{ name, ref?, share? }` (share 0–1, or a percentage > 1). */
function readFunder(value: unknown, amount: AmountParser): Funder | undefined {
  if (typeof value === 'string') {
    const funder = readFunderText(value);
    const share = funder?.share;
    return share === undefined || (share > 0 && share <= 1) ? funder : undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const raw = value as Raw;
  const name = typeof raw.name === 'string' ? raw.name.trim() : '';
  const ref = typeof raw.ref === 'string' ? raw.ref.trim() : '';
  if (!name && !ref) return undefined;
  const funder: Funder = { name: name || ref };
  if (ref) funder.ref = ref;
  if (!isBlank(raw.share)) {
    const share = amount(raw.share);
    if (share === undefined || share <= 0 || share > 100) return undefined;
    // A share above 1 is a percentage.
    funder.share = share > 1 ? share / 100 : share;
  }
  return funder;
}

function readFunders(
  value: unknown,
  amount: AmountParser,
  reasons: RejectionReason[],
): Funder[] | undefined {
  if (isBlank(value)) return undefined;
  const items =
    typeof value === 'string' ? value.split(';') : Array.isArray(value) ? value : [value];
  const funders: Funder[] = [];
  for (const item of items) {
    if (typeof item === 'string' && item.trim() === '') continue;
    const funder = readFunder(item, amount);
    if (!funder) {
      reasons.push({ code: 'invalid_funder', field: 'funders', value: show(item) });
      return undefined;
    }
    funders.push(funder);
  }
  return funders.length > 0 ? funders : undefined;
}

function readSpendingByYear(
  value: unknown,
  amount: AmountParser,
  reasons: RejectionReason[],
): YearSpending[] | undefined {
  if (isBlank(value)) return undefined;
  if (!Array.isArray(value)) {
    reasons.push({ code: 'invalid_amount', field: 'spendingByYear', value: show(value) });
    return undefined;
  }
  const byYear = new Map<number, YearSpending>();
  for (const item of value) {
    const raw = (typeof item === 'object' && item !== null ? item : {}) as Raw;
    const year = typeof raw.year === 'string' ? Number(raw.year) : raw.year;
    const disbursed = isBlank(raw.disbursedUsd) ? 0 : amount(raw.disbursedUsd);
    const spent = isBlank(raw.spentUsd) ? 0 : amount(raw.spentUsd);
    if (
      typeof year !== 'number' ||
      !Number.isInteger(year) ||
      disbursed === undefined ||
      spent === undefined ||
      disbursed < 0 ||
      spent < 0
    ) {
      reasons.push({ code: 'invalid_amount', field: 'spendingByYear', value: show(item) });
      return undefined;
    }
    const entry = byYear.get(year) ?? { year, disbursedUsd: 0, spentUsd: 0 };
    entry.disbursedUsd += disbursed;
    entry.spentUsd += spent;
    byYear.set(year, entry);
  }
  return byYear.size > 0 ? [...byYear.values()].sort((a, b) => a.year - b.year) : undefined;
}

/**
 * Reads the optional funders and money fields of a record; an absent or blank field stays
 * absent (not provided is not zero), a field that cannot be read is a reason.
 */
export function readMoneyFields(
  raw: Raw,
  amount: AmountParser,
  reasons: RejectionReason[],
): MoneyFields {
  const fields: MoneyFields = {};
  const funders = readFunders(raw.funders, amount, reasons);
  if (funders) fields.funders = funders;
  for (const field of MONEY_AMOUNT_FIELDS) {
    const value = raw[field];
    if (isBlank(value)) continue;
    const parsed = amount(value);
    if (parsed === undefined || parsed < 0)
      reasons.push({ code: 'invalid_amount', field, value: show(value) });
    else fields[field] = parsed;
  }
  const spending = readSpendingByYear(raw.spendingByYear, amount, reasons);
  if (spending) fields.spendingByYear = spending;
  return fields;
}
