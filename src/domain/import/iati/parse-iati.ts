import type { Language } from '@/domain/codes';
import { importError, type ImportError } from '../errors';
import type { ImportNote } from '../notes';
import { mapActivity } from './activity';
import { attr, child, children, parseXml } from './xml';

export interface IatiParseResult {
  format: 'iati-xml';
  /** The IATI version the file states (`2.03`), if any. */
  version: string | undefined;
  /** One raw record per activity, in file order, for `parseProjectSummaries`. */
  records: Record<string, unknown>[];
  /** Per-activity notes (with index and id) and notes on the whole file. */
  notes: ImportNote[];
  /** Budget totals per currency over all activities, as counted (revised over original). */
  budgetsByCurrency: Record<string, number>;
}

/**
 * Reads IATI activity XML 2.0x: an <iati-activities> file with any number of <iati-activity>,
 * or a bare <iati-activity> root as d-portal exports single activities. Every activity
 * becomes a raw record: coverage comes from the number of recipient countries and the
 * funding year from the start date, for every activity (said once in the notes).
 */
export function parseIatiActivities(
  xml: string,
  lang: Language,
): IatiParseResult | { error: ImportError } {
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
  const records: Record<string, unknown>[] = [];
  const activityNotes: ImportNote[] = [];
  const budgetsByCurrency: Record<string, number> = {};
  activities.forEach((activity, index) => {
    const mapped = mapActivity(activity, index, { lang, fileLang });
    records.push(mapped.record);
    activityNotes.push(...mapped.notes);
    for (const [currency, amount] of Object.entries(mapped.budgets.byCurrency)) {
      budgetsByCurrency[currency] = (budgetsByCurrency[currency] ?? 0) + amount;
    }
  });

  const notes: ImportNote[] = [
    { code: 'coverage_derived', field: 'coverage', count: activities.length },
    { code: 'year_derived', field: 'year', count: activities.length },
  ];
  const levels = [...new Set(activities.map((a) => attr(a, 'hierarchy') ?? '1'))].sort();
  if (levels.length > 1) notes.push({ code: 'hierarchy_levels', value: levels.join(', ') });
  return {
    format: 'iati-xml',
    version,
    records,
    notes: [...notes, ...activityNotes],
    budgetsByCurrency,
  };
}
