import type { Language } from '@/domain/codes';
import { toUsd } from '@/domain/money/convert';
import type { Funder, YearSpending } from '@/domain/project';
import { pickNarrative } from './narrative';
import { attr, child, children, text, type XmlElement } from './xml';

/** IATI transaction types (IATI 2 codes, with the IATI 1 letters some files still use). */
const TYPE_OF: Record<string, 'incoming' | 'commitment' | 'disbursement' | 'expenditure'> = {
  '1': 'incoming',
  IF: 'incoming',
  '11': 'incoming',
  '2': 'commitment',
  C: 'commitment',
  '3': 'disbursement',
  D: 'disbursement',
  '4': 'expenditure',
  E: 'expenditure',
};

/** Funders and money moved read from one activity, in USD, with what could not be converted. */
export interface ActivityFunding {
  funders: Funder[];
  committedUsd?: number;
  disbursedUsd?: number;
  spentUsd?: number;
  spendingByYear?: YearSpending[];
  /** USD sums per transaction kind, for the import report. */
  byType: Record<string, number>;
  /** Transactions whose amount, currency or date could not be converted (`amount currency date`). */
  unconverted: string[];
}

const roundCents = (v: number) => Math.round(v * 100) / 100;

/**
 * Reads participating organisations with the funding role (1) as funders, and the transactions of
 * type commitment (2), disbursement (3) and expenditure (4), each converted to USD at the annual
 * average rate of its value date (DESIGN §11). Incoming funds (1, 11) count as commitments only
 * when the activity reports no commitment, which is how some publishers report a grant received.
 */
export function readFunding(
  activity: XmlElement,
  defaultCurrency: string | undefined,
  lang: Language,
): ActivityFunding {
  const funders: Funder[] = [];
  for (const org of children(activity, 'participating-org')) {
    if (attr(org, 'role') !== '1' && attr(org, 'role') !== 'Funding') continue;
    const name = pickNarrative(org, lang, 'en')?.text || text(org) || attr(org, 'ref');
    if (!name) continue;
    const funder: Funder = { name };
    const ref = attr(org, 'ref');
    if (ref) funder.ref = ref;
    funders.push(funder);
  }
  const sums: Record<string, number> = {};
  const years = new Map<number, YearSpending>();
  const unconverted: string[] = [];
  for (const t of children(activity, 'transaction')) {
    const kind = TYPE_OF[attr(child(t, 'transaction-type'), 'code') ?? ''];
    if (!kind) continue;
    const value = child(t, 'value');
    const amount = Number(text(value));
    const currency = attr(value, 'currency') ?? defaultCurrency ?? '';
    const date = attr(value, 'value-date') ?? attr(child(t, 'transaction-date'), 'iso-date') ?? '';
    const converted = Number.isFinite(amount) ? toUsd(amount, currency, date) : undefined;
    if (!converted?.ok) {
      unconverted.push(`${text(value)} ${currency} ${date}`.trim());
      continue;
    }
    sums[kind] = roundCents((sums[kind] ?? 0) + converted.usd);
    const year = Number(date.slice(0, 4));
    if (kind === 'disbursement' || kind === 'expenditure') {
      const entry = years.get(year) ?? { year, disbursedUsd: 0, spentUsd: 0 };
      if (kind === 'disbursement')
        entry.disbursedUsd = roundCents(entry.disbursedUsd + converted.usd);
      else entry.spentUsd = roundCents(entry.spentUsd + converted.usd);
      years.set(year, entry);
    }
  }
  const funding: ActivityFunding = { funders, byType: sums, unconverted };
  const committed = sums.commitment ?? sums.incoming;
  // Net amounts can be negative after reversals; a negative total is left out rather than shown.
  if (committed !== undefined && committed >= 0) funding.committedUsd = committed;
  if (sums.disbursement !== undefined && sums.disbursement >= 0)
    funding.disbursedUsd = sums.disbursement;
  if (sums.expenditure !== undefined && sums.expenditure >= 0) funding.spentUsd = sums.expenditure;
  const perYear = [...years.values()]
    .filter((y) => y.disbursedUsd >= 0 && y.spentUsd >= 0)
    .sort((a, b) => a.year - b.year);
  if (perYear.length === years.size && perYear.length > 0) funding.spendingByYear = perYear;
  return funding;
}
