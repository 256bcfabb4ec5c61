import type { TFunction } from 'i18next';
import type { Language } from '@/domain/codes/languages';
import { statuses } from '@/domain/codes/statuses';
import type { ProjectSummary } from '@/domain/project';
import { formatPartialDate } from '@/lib/format';

/** A project's span at the precision of its dates: "2019 – 2023", "March 2024 – open-ended". */
export function spanText(
  project: ProjectSummary,
  lang: Language,
  t: TFunction<'timeline'>,
): string {
  return t('bar.span', {
    start: formatPartialDate(project.startDate, lang),
    end: project.endDate ? formatPartialDate(project.endDate, lang) : t('bar.openEnd'),
  });
}

/** What a bar says to assistive technology: title, ID, span and status. */
export function barLabel(
  project: ProjectSummary,
  lang: Language,
  t: TFunction<'timeline'>,
): string {
  return t('bar.label', {
    title: project.title,
    id: project.id,
    span: spanText(project, lang, t),
    status: statuses.label(project.status, lang).toLowerCase(),
  });
}
