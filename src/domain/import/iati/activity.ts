import {
  dacTypeCode,
  dacTypeEntry,
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
import { attr, child, children, text, unknownEntities, type XmlElement } from './xml';

export interface ActivityContext {
  lang: Language;
  /** xml:lang of the <iati-activities> root, for activities that state none. */
  fileLang: string | undefined;
  /** Today's date (yyyy-mm-dd), to spot a status that contradicts the dates. */
  today: string;
}

export interface MappedActivity {
  record: Record<string, unknown>;
  notes: ImportNote[];
  budgets: BudgetSummary;
  /** USD sums per transaction kind found in the activity, for the import report. */
  transactionsUsd: Record<string, number>;
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
  // IATI 1.0x may give the date as the element's text only.
  return normalizePartialDate(attr(element, 'iso-date') ?? (text(element) || undefined));
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

  const title = pickNarrative(children(activity, 'title'), ctx.lang, defaultLang);
  record.title = title?.text;
  if (title && title.lang !== ctx.lang) note('title_language', 'title', title.lang);
  const descriptions = children(activity, 'description');
  const general = descriptions.find((d) => (attr(d, 'type') ?? '1') === '1') ?? descriptions[0];
  const description = pickNarrative(
    descriptions.filter((d) => d === general || (attr(d, 'type') ?? '1') === '1'),
    ctx.lang,
    defaultLang,
  );
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
    if (!record.status) note('status_unknown', 'status', statusCode);
    // Kept as the publisher states it; a contradiction with the dates is reported, not fixed.
    else if (record.status === 'ongoing' && actualEnd && actualEnd < ctx.today)
      note('status_contradicts_dates', 'status', `${statusCode}|${actualEnd}`);
    else if (
      record.status === 'completed' &&
      !actualEnd &&
      record.endDate &&
      String(record.endDate) > ctx.today
    )
      note('status_contradicts_dates', 'status', `${statusCode}|${String(record.endDate)}`);
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
  if (record.region === undefined && countries.length === 0) {
    record.region = 'global';
    note('region_none', 'region');
  }
  record.coverage = coverageFromCountries(countries.length, record.region as string | undefined);
  record.type = typeOf(activity, id, note);

  const defaultCurrency = attr(activity, 'default-currency');
  const budgets = summarizeBudgets(activity, defaultCurrency);
  const notProvided = attr(activity, 'budget-not-provided');
  if (budgets.usd !== undefined) record.budgetUsd = budgets.usd;
  if (budgets.original.length > 0) record.budgetOriginal = budgets.original;
  if (budgets.unconverted.length > 0)
    record.budgetUnconverted = budgets.unconverted
      .map((f) => `${f.amount} ${f.currency}${f.year ? ` (${f.year})` : ''}`)
      .join(', ');
  if (notProvided !== undefined) note('budget_not_provided', 'budgetUsd', notProvided);
  else if (budgets.count === 0) note('budget_none', 'budgetUsd');
  for (const o of budgets.original)
    note('budget_converted', 'budgetUsd', `${o.currency} ${o.amount}|${o.rateYear}|${o.usd}`);
  for (const value of budgets.missingCurrency) note('budget_currency_missing', 'budgetUsd', value);
  for (const value of budgets.invalid) note('budget_invalid', 'budgetUsd', value);
  for (const value of budgets.negative) note('budget_negative', 'budgetUsd', value);
  if (budgets.superseded > 0)
    note('budget_original_superseded', 'budgetUsd', undefined, budgets.superseded);
  if (budgets.nested > 0) note('budget_nested', 'budgetUsd', undefined, budgets.nested);
  if (budgets.duplicates > 0) note('budget_duplicate', 'budgetUsd', undefined, budgets.duplicates);
  if (budgets.overlapping > 0)
    note('budget_overlapping', 'budgetUsd', undefined, budgets.overlapping);
  const bare = transactionsWithoutCurrency(activity, defaultCurrency);
  if (bare > 0) note('transaction_currency_missing', undefined, undefined, bare);
  // Funders (participating-org role 1) and money moved (transactions), in USD.
  const funding = readFunding(activity, defaultCurrency, ctx.lang);
  if (funding.funders.length > 0) record.funders = funding.funders;
  for (const field of ['committedUsd', 'disbursedUsd', 'spentUsd', 'spendingByYear'] as const)
    if (funding[field] !== undefined) record[field] = funding[field];
  for (const value of funding.unconverted) note('transaction_unconverted', undefined, value);
  // A name neither XML nor HTML defines stays as written in the text: said on the record.
  for (const entity of unknownEntities(activity)) note('entity_unknown', undefined, entity);
  return { record, notes, budgets, transactionsUsd: funding.byType };
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
/** Sector vocabularies of DAC codes: 1 and 2 (IATI 2), DAC and DAC-3 (IATI 1). */
const DAC_VOCABULARIES: ReadonlySet<string> = new Set(['1', '2', 'DAC', 'DAC-3']);

function typeOf(activity: XmlElement, id: string | undefined, note: Note): string {
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
      .filter((s) => DAC_VOCABULARIES.has(s.vocabulary))
      .map((s) => typeFromDacSector(s.code)),
  );
  if (!byIom) {
    // Another publisher's portfolio takes its types from the DAC sector category of its main
    // sector (DESIGN §11), not from the fund's list.
    const categories = sectors
      .filter((s) => DAC_VOCABULARIES.has(s.vocabulary))
      .map((s) => s.code.slice(0, 3))
      .filter((c) => dacTypeEntry(c) !== undefined);
    const distinctCategories = [...new Set(categories)];
    if (distinctCategories.length > 1)
      note('sector_several_types', 'type', distinctCategories.join(', '));
    if (distinctCategories[0]) return dacTypeCode(distinctCategories[0]);
    note('type_other', 'type', sectors.map((s) => `${s.vocabulary}:${s.code}`).join(', '));
    return 'other';
  }
  const distinct = [...new Set(found.filter((t) => t !== undefined))];
  if (distinct.length > 1) note('sector_several_types', 'type', distinct.join(', '));
  if (distinct[0]) return distinct[0];
  note('type_other', 'type', sectors.map((s) => `${s.vocabulary}:${s.code}`).join(', '));
  return 'other';
}
