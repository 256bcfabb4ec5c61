import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, coverages, regions, statuses, typeLabel } from '@/domain/codes';
import type { ProjectSummary } from '@/domain/project';
import { formatBudget, formatNumber, formatPartialDate } from '@/lib/format';
import { currentLanguage } from '@/hooks/i18n';
import '../i18n';

/** Every field of a project with its label, in the order of DESIGN §2. */
export function ProjectFacts({
  project,
  headingId,
}: {
  project: ProjectSummary;
  headingId: string;
}) {
  const { t } = useTranslation('project');
  const lang = currentLanguage();
  const notStated = <span className="muted">{t('notStated')}</span>;
  const facts: [key: string, value: ReactNode][] = [
    ['startDate', formatPartialDate(project.startDate, lang)],
    ['endDate', project.endDate ? formatPartialDate(project.endDate, lang) : t('openEnded')],
    [
      'status',
      <span className={`project-status project-status-${project.status}`}>
        {statuses.label(project.status, lang)}
      </span>,
    ],
    ['type', typeLabel(project.type, lang)],
    [
      'budgetUsd',
      <>
        <span className="num">{formatBudget(project.budgetUsd, lang)}</span>
        {project.budgetOriginal?.map((o) => (
          <span key={`${o.currency}-${o.rateYear}`} className="project-budget-original">
            {t('common:money.converted', {
              currency: o.currency,
              amount: formatNumber(o.amount, lang),
              year: o.rateYear,
            })}
          </span>
        ))}
      </>,
    ],
    ['coverage', coverages.label(project.coverage, lang)],
    // A year is a name, not a quantity: never grouped as 2,019.
    ['year', String(project.year)],
    ['region', regions.label(project.region, lang)],
    ['primaId', project.primaId.trim() === '' ? notStated : project.primaId],
    ['id', project.id],
    [
      'countries',
      project.countries.length === 0 ? (
        notStated
      ) : (
        <ul className="project-countries">
          {project.countries.map((code) => (
            <li key={code}>{countryName(code, lang)}</li>
          ))}
        </ul>
      ),
    ],
  ];
  return (
    <dl className="project-facts" aria-labelledby={headingId}>
      {facts.map(([key, value]) => (
        <div key={key} className={`project-fact project-fact-${key}`}>
          <dt>{t(`fields.${key}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
