import {
  isKnownCountry,
  type Language,
  type ProjectTypeCode,
  type RegionCode,
} from '@/domain/codes';
import { normalizePartialDate } from '@/domain/partial-date';
import {
  DAC_REGION_TO_REGION,
  IATI_STATUS,
  IOM_ORG_REF,
  typeFromDacSector,
  typeFromIomCode,
} from '../code-tables';
import { coverageFromCountries, regionFromCountries, yearOfDate } from '../derive';
import type { ImportNote, NoteCode } from '../notes';
import type { ImportField } from '../types';
import { summarizeBudgets, transactionsWithoutCurrency, type BudgetSummary } from './budgets';
import { pickNarrative } from './narrative';
import { readFunding } from './transactions';
import { attr, child, children, text, type XmlElement } from './xml';

export interface ActivityContext {
  lang: Language;
  /** xml:lang of the <iati-activities> root, for activities that state none. */
  fileLang: string | undefined;
}

export interface MappedActivity {
  record: Record<string, unknown>;
  notes: ImportNote[];
  budgets: BudgetSummary;
}

/** IATI 2 date types, with the IATI 1 names some files still use. */
const DATE_TYPES = {
  plannedStart: ['1', 'start-planned'],
  actualStart: ['2', 'start-actual'],
  plannedEnd: ['3', 'end-planned'],
  actualEnd: ['4', 'end-actual'],
};

function dateOf(activity: XmlElement, types: readonly string[]): string | undefined {
  const element = children(activity, 'activity-date').find((d) =>
    types.includes(attr(d, 'type') ?? ''),
  );
  return normalizePartialDate(attr(element, 'iso-date'));
}

/** Maps one <iati-activity> to a raw project record, noting everything mapped by default or left out. */
export function mapActivity(
  activity: XmlElement,
  index: number,
  ctx: ActivityContext,
): MappedActivity {
  const notes: ImportNote[] = [];
  const id = text(child(activity, 'iati-identifier')) || undefined;
  const note = (code: NoteCode, field?: ImportField, value?: string, count?: number) => {
    const n: ImportNote = { code, index };
    if (id !== undefined) n.id = id;
    if (field) n.field = field;
    if (value !== undefined) n.value = value;
    if (count !== undefined) n.count = count;
    notes.push(n);
  };
  const defaultLang = (attr(activity, 'xml:lang') ?? ctx.fileLang ?? 'en').toLowerCase();
  const record: Record<string, unknown> = { id, primaId: '' };

  const title = pickNarrative(child(activity, 'title'), ctx.lang, defaultLang);
  record.title = title?.text;
  if (title && title.lang !== ctx.lang) note('title_language', 'title', title.lang);
  const descriptions = children(activity, 'description');
  const general = descriptions.find((d) => (attr(d, 'type') ?? '1') === '1') ?? descriptions[0];
  const description = pickNarrative(general, ctx.lang, defaultLang);
  if (description) record.description = description.text;

  const actualStart = dateOf(activity, DATE_TYPES.actualStart);
  const actualEnd = dateOf(activity, DATE_TYPES.actualEnd);
  record.startDate = actualStart ?? dateOf(activity, DATE_TYPES.plannedStart);
  if (!actualStart && record.startDate) note('date_planned', 'startDate', String(record.startDate));
  record.endDate = actualEnd ?? dateOf(activity, DATE_TYPES.plannedEnd);
  if (!actualEnd && record.endDate) note('date_planned', 'endDate', String(record.endDate));
  record.year = yearOfDate(record.startDate);

  const statusCode = attr(child(activity, 'activity-status'), 'code');
  if (statusCode === undefined) {
    record.status = actualEnd ? 'completed' : 'ongoing';
    note('status_derived', 'status', String(record.status));
  } else {
    record.status = IATI_STATUS[statusCode];
    if (statusCode === '5') note('status_cancelled', 'status', statusCode);
    else if (statusCode === '6') note('status_suspended', 'status', statusCode);
    else if (!record.status) note('status_unknown', 'status', statusCode);
  }

  const countries: string[] = [];
  for (const element of children(activity, 'recipient-country')) {
    const code = attr(element, 'code')?.toUpperCase();
    if (code && isKnownCountry(code)) {
      if (!countries.includes(code)) countries.push(code);
    } else note('country_unknown', 'countries', code ?? '');
  }
  record.countries = countries;
  record.region = regionOf(activity, countries, note);
  record.coverage = coverageFromCountries(countries.length, record.region as string | undefined);
  record.type = typeOf(activity, id, note);

  const defaultCurrency = attr(activity, 'default-currency');
  const budgets = summarizeBudgets(activity, defaultCurrency);
  if (budgets.count === 0) {
    record.budgetUsd = 0;
    note('budget_none', 'budgetUsd');
  } else record.budgetUsd = budgets.usd;
  for (const value of budgets.otherCurrency) note('budget_currency_other', 'budgetUsd', value);
  for (const value of budgets.missingCurrency) note('budget_currency_missing', 'budgetUsd', value);
  for (const value of budgets.invalid) note('budget_invalid', 'budgetUsd', value);
  if (budgets.superseded > 0)
    note('budget_original_superseded', 'budgetUsd', undefined, budgets.superseded);
  const bare = transactionsWithoutCurrency(activity, defaultCurrency);
  if (bare > 0) note('transaction_currency_missing', undefined, undefined, bare);
  // Funders (participating-org role 1) and money moved (transactions), in USD.
  const funding = readFunding(activity, defaultCurrency, ctx.lang);
  if (funding.funders.length > 0) record.funders = funding.funders;
  for (const field of ['committedUsd', 'disbursedUsd', 'spentUsd', 'spendingByYear'] as const)
    if (funding[field] !== undefined) record[field] = funding[field];
  return { record, notes, budgets };
}

type Note = (code: NoteCode, field?: ImportField, value?: string) => void;

/** Recipient regions (DAC vocabulary) first, then the recipient countries' region. */
function regionOf(
  activity: XmlElement,
  countries: readonly string[],
  note: Note,
): RegionCode | undefined {
  const found = new Set<RegionCode>();
  for (const element of children(activity, 'recipient-region')) {
    const code = attr(element, 'code') ?? '';
    const vocabulary = attr(element, 'vocabulary') ?? '1';
    const region = vocabulary === '1' ? DAC_REGION_TO_REGION[code] : undefined;
    if (region) found.add(region);
    else
      note(
        'region_unmapped',
        'region',
        vocabulary === '1' ? code : `${code} (vocabulary ${vocabulary})`,
      );
  }
  if (found.size === 1) return [...found][0];
  if (found.size > 1) {
    note('region_several', 'region');
    return 'global';
  }
  const { region, several } = regionFromCountries(countries);
  if (several) note('region_several', 'region');
  return region;
}

/**
 * The project type: IOM's own codes first (its sector vocabulary 99 and the prefix of its
 * activity ids, when IOM reports), then DAC sectors by decreasing percentage; `other` with a
 * note when nothing maps.
 */
function typeOf(activity: XmlElement, id: string | undefined, note: Note): ProjectTypeCode {
  const byIom = attr(child(activity, 'reporting-org'), 'ref') === IOM_ORG_REF;
  const sectors = children(activity, 'sector')
    .map((s, order) => ({
      code: attr(s, 'code') ?? '',
      vocabulary: attr(s, 'vocabulary') ?? '1',
      percentage: Number(attr(s, 'percentage') ?? 100),
      order,
    }))
    .sort((a, b) => b.percentage - a.percentage || a.order - b.order);
  const found: (ProjectTypeCode | undefined)[] = [];
  if (byIom && id?.startsWith(`${IOM_ORG_REF}-`))
    found.push(typeFromIomCode(id.slice(IOM_ORG_REF.length + 1).split('.')[0] ?? ''));
  if (byIom)
    found.push(...sectors.filter((s) => s.vocabulary === '99').map((s) => typeFromIomCode(s.code)));
  found.push(
    ...sectors
      .filter((s) => s.vocabulary === '1' || s.vocabulary === '2')
      .map((s) => typeFromDacSector(s.code)),
  );
  const distinct = [...new Set(found.filter((t) => t !== undefined))];
  if (distinct.length > 1) note('sector_several_types', 'type', distinct.join(', '));
  if (distinct[0]) return distinct[0];
  note('type_other', 'type', sectors.map((s) => `${s.vocabulary}:${s.code}`).join(', '));
  return 'other';
}
