import type { TFunction } from 'i18next';
import type { Language } from '@/domain/codes';
import { formatPartialDate } from '@/lib/format';
import { spanLength, type ProjectSpan } from '../lib/time-span';

/** "2 years and 9 months", "5 years", "under a month", in the language. */
export function describeLength(span: ProjectSpan, t: TFunction<'project'>): string {
  const { years, months } = spanLength(span);
  if (years === 0 && months === 0) return t('underAMonth');
  const y = t('years', { count: years });
  const m = t('months', { count: months });
  if (months === 0) return y;
  if (years === 0) return m;
  return t('yearsAndMonths', { years: y, months: m });
}

/** The text equivalent of the time axis: "2019 – 2023 (5 years)". */
export function describeSpan(
  startDate: string,
  endDate: string | undefined,
  span: ProjectSpan,
  t: TFunction<'project'>,
  lang: Language,
): string {
  const start = formatPartialDate(startDate, lang);
  const length = describeLength(span, t);
  return endDate === undefined
    ? t('spanOpen', { start, length })
    : t('span', { start, end: formatPartialDate(endDate, lang), length });
}
