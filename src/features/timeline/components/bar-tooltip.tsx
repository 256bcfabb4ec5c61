import type { CSSProperties } from 'react';
import { useT } from '@/hooks/i18n';
import { countryName } from '@/domain/codes/countries';
import type { Language } from '@/domain/codes/languages';
import { statuses } from '@/domain/codes/statuses';
import type { TimelineProject } from '@/domain/engine/timeline';
import { formatPartialDate, formatBudget } from '@/lib/format';
import { spanText } from './bar-text';

interface BarTooltipProps {
  id: string;
  project: TimelineProject;
  asOf: string;
  lang: Language;
  style: CSSProperties;
}

const SHOWN_COUNTRIES = 6;

/** The first few benefiting states by name; the rest as a count, so the tooltip stays small. */
function countriesText(codes: readonly string[], lang: Language, more: string): string {
  const names = codes
    .slice(0, SHOWN_COUNTRIES)
    .map((c) => countryName(c, lang))
    .join(', ');
  return codes.length > SHOWN_COUNTRIES ? `${names} ${more}` : names;
}

/** Details of the hovered or focused bar: title, ID, dates at their precision, status, budget, states. */
export function BarTooltip({ id, project, asOf, lang, style }: BarTooltipProps) {
  const { t } = useT('timeline');
  return (
    <div id={id} role="tooltip" className="tl-tooltip" style={style}>
      <p className="tl-tooltip-title">{project.title}</p>
      <dl>
        <dt>{t('tooltip.id')}</dt>
        <dd>{project.id}</dd>
        <dt>{t('tooltip.dates')}</dt>
        <dd>{spanText(project, lang, t)}</dd>
        <dt>{t('tooltip.status')}</dt>
        <dd>{statuses.label(project.status, lang)}</dd>
        <dt>{t('tooltip.budget')}</dt>
        <dd>{formatBudget(project.budgetUsd, lang)}</dd>
        {project.countries.length > 0 ? (
          <>
            <dt>{t('tooltip.countries')}</dt>
            <dd>
              {countriesText(
                project.countries,
                lang,
                t('tooltip.more', { n: project.countries.length - SHOWN_COUNTRIES }),
              )}
            </dd>
          </>
        ) : null}
      </dl>
      {project.endDate ? null : (
        <p className="tl-tooltip-note">
          {t('tooltip.openNote', { date: formatPartialDate(asOf, lang) })}
        </p>
      )}
    </div>
  );
}
