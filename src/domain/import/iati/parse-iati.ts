import type { Language } from '@/domain/codes';
import type { RejectedRecord } from '@/domain/parse-record';
import { importError, type ImportError } from '../errors';
import type { ImportNote } from '../notes';
import { mapActivity, type MappedActivity } from './activity';
import { parentsInFile, rollUp, type HierarchyChoice } from './roll-up';
import { attr, child, children, parseXml } from './xml';

export interface IatiParseResult {
  format: 'iati-xml';
  /** The IATI version the file states (`2.03`), if any. */
  version: string | undefined;
  /** One raw record per activity, in file order, for `parseProjectSummaries`. */
  records: Record<string, unknown>[];
  /** Per-activity notes (with index and id) and notes on the whole file. */
  notes: ImportNote[];
  /** Budget totals per original currency over the projects, as counted (each period once). */
  budgetsByCurrency: Record<string, number>;
  /** The same per record, by position in `records`, to leave out the records validation rejects. */
  budgetsByRecord: Record<string, number>[];
  /** How many activities in the file (children rolled up included). */
  activityCount: number;
  /** Records (by position in `records`) whose status contradicts their dates (DESIGN §11). */
  flagged: RejectedRecord[];
  /** When the file has child activities: how they were imported, how many, under how many parents. */
  hierarchy?: HierarchySummary;
}

export interface HierarchySummary {
  choice: HierarchyChoice;
  children: number;
  parents: number;
}

/** A record whose status contradicts its dates, as listed in Data issues; undefined otherwise. */
function statusQuestion(m: MappedActivity, index: number): RejectedRecord | undefined {
  const note = m.notes.find((n) => n.code === 'status_contradicts_dates');
  if (!note) return undefined;
  const date = note.value?.split('|')[1] ?? '';
  const code = m.record.status === 'ongoing' ? 'ongoing_but_ended' : 'completed_not_ended';
  return { index, id: note.id, reasons: [{ code, field: 'status', value: date }] };
}

const CURRENCY_ATTRIBUTE = /currency\s*=\s*(["'])\s*([^"']*?)\s*\1/gi;

/**
 * True when the file states a currency other than USD (`default-currency`, `value/@currency`):
 * its amounts need the exchange-rate table (`loadAnnualRates`) before `parseIatiActivities`.
 */
export function needsExchangeRates(xml: string): boolean {
  for (const match of xml.matchAll(CURRENCY_ATTRIBUTE))
    if (match[2]!.toUpperCase() !== 'USD') return true;
  return false;
}

/**
 * Reads IATI activity XML 2.0x: an <iati-activities> file with any number of <iati-activity>,
 * or a bare <iati-activity> root as d-portal exports single activities. Every activity
 * becomes a raw record: coverage comes from the number of recipient countries and the
 * funding year from the start date, for every activity (said once in the notes). Amounts in
 * other currencies than USD need the rate table loaded first (see `needsExchangeRates`).
 */
export function parseIatiActivities(
  xml: string,
  lang: Language,
  options: { hierarchy?: HierarchyChoice; today?: string } = {},
): IatiParseResult | { error: ImportError } {
  const hierarchy = options.hierarchy ?? 'roll-up';
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const parsed = parseXml(xml);
  if ('error' in parsed) return { error: importError('invalid_xml', lang, parsed.error) };
  const container = child(parsed.root, 'iati-activities');
  const activities = container
    ? children(container, 'iati-activity')
    : children(parsed.root, 'iati-activity');
  if (!container && activities.length === 0) return { error: importError('not_iati', lang) };
  if (activities.length === 0) return { error: importError('no_records', lang) };

  const fileLang = attr(container, 'xml:lang');
  const version =
    attr(container, 'version') ??
    attr(activities[0], 'iati-activities:version') ??
    attr(activities[0], 'version');
  const activityNotes: ImportNote[] = [];
  const mapped = activities.map((activity, index) =>
    mapActivity(activity, index, { lang, fileLang, today }),
  );
  const parents = parentsInFile(activities);
  const childCount = parents.filter((p) => p !== undefined).length;
  const rolled =
    hierarchy === 'roll-up' && childCount > 0
      ? rollUp(mapped, parents)
      : { kept: mapped, notes: [], rolledUp: 0 };
  // After the roll-up, which may settle a parent's notes (its budget came from its children).
  for (const m of mapped) activityNotes.push(...m.notes);
  activityNotes.push(...rolled.notes);
  const records = rolled.kept.map((m) => m.record);
  const flagged = rolled.kept.flatMap((m, i) => statusQuestion(m, i) ?? []);
  const parentCount = new Set(parents.filter((p) => p !== undefined)).size;
  const budgetsByCurrency: Record<string, number> = {};
  for (const m of rolled.kept) {
    for (const [currency, amount] of Object.entries(m.budgets.byCurrency)) {
      budgetsByCurrency[currency] = (budgetsByCurrency[currency] ?? 0) + amount;
    }
  }

  const notes: ImportNote[] = [];
  if (version) notes.push({ code: 'iati_version', value: version });
  const transactions = transactionTotals(mapped);
  if (transactions) notes.push({ code: 'transactions_found', value: transactions });
  notes.push(
    { code: 'coverage_derived', field: 'coverage', count: records.length },
    { code: 'year_derived', field: 'year', count: records.length },
  );
  const levels = [...new Set(activities.map((a) => attr(a, 'hierarchy') ?? '1'))].sort();
  if (rolled.rolledUp > 0) notes.push({ code: 'hierarchy_rolled_up', count: rolled.rolledUp });
  else if (childCount > 0) notes.push({ code: 'hierarchy_separate', count: childCount });
  else if (levels.length > 1) notes.push({ code: 'hierarchy_levels', value: levels.join(', ') });
  return {
    format: 'iati-xml',
    version,
    records,
    notes: [...notes, ...activityNotes],
    budgetsByCurrency,
    budgetsByRecord: rolled.kept.map((m) => m.budgets.byCurrency),
    activityCount: activities.length,
    flagged,
    ...(childCount > 0
      ? { hierarchy: { choice: hierarchy, children: childCount, parents: parentCount } }
      : {}),
  };
}

const TRANSACTION_KINDS = ['commitment', 'disbursement', 'expenditure', 'incoming'] as const;

/**
 * The USD sums of every activity's transactions per kind, written `kind=amount;…` for the
 * report's note, or undefined when the file has none.
 */
function transactionTotals(mapped: readonly MappedActivity[]): string | undefined {
  const parts: string[] = [];
  for (const kind of TRANSACTION_KINDS) {
    let sum: number | undefined;
    for (const m of mapped) {
      const amount = m.transactionsUsd[kind];
      if (amount !== undefined) sum = (sum ?? 0) + amount;
    }
    if (sum !== undefined) parts.push(`${kind}=${Math.round(sum * 100) / 100}`);
  }
  return parts.length > 0 ? parts.join(';') : undefined;
}
