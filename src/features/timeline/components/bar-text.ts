import type { TFunction } from 'i18next';
import type { Language } from '@/domain/codes/languages';
import { statuses } from '@/domain/codes/statuses';
import type { TimelineProject } from '@/domain/engine/timeline';
import { formatPartialDate } from '@/lib/format';

/** A project's span at the precision of its dates: "2019 – 2023", "March 2024 – open-ended". */
export function spanText(project: TimelineProject, lang: Language, t: TFunction): string {
  return t('bar.span', {
    start: formatPartialDate(project.startDate, lang),
    end: project.endDate ? formatPartialDate(project.endDate, lang) : t('bar.openEnd'),
  });
}

/** Labels made per translation function, by what they say (kept for the rows drawn lately). */
const labels = new WeakMap<TFunction, Map<string, string>>();
/** Labels kept per translation function: a few screens of rows scrolled or filtered through. */
const KEPT_LABELS = 2_000;

/**
 * What a bar says to assistive technology: title, ID, span and status. Made once per project,
 * language and translation function: a row drawn again (a filter unticked, a scroll back) does
 * not format its dates and translate its label again, the costliest part of drawing a row.
 */
export function barLabel(project: TimelineProject, lang: Language, t: TFunction): string {
  const key = [
    lang,
    project.id,
    project.title,
    project.startDate,
    project.endDate ?? '',
    project.status,
  ].join('\u0000');
  let made = labels.get(t);
  if (!made) labels.set(t, (made = new Map()));
  const known = made.get(key);
  if (known !== undefined) return known;
  const label = t('bar.label', {
    title: project.title,
    id: project.id,
    span: spanText(project, lang, t),
    status: statuses.label(project.status, lang).toLowerCase(),
  });
  if (made.size >= KEPT_LABELS) made.clear();
  made.set(key, label);
  return label;
}
