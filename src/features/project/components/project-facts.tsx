import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { countryName, coverages, regions, statuses, typeLabel } from '@/domain/codes';
import type { ProjectSummary } from '@/domain/project';
import { fieldLabel, PROJECT_FIELD_TABLE, type ProjectField } from '@/domain/project-fields';
import { formatBudget, formatNumber, formatPartialDate } from '@/lib/format';
import { useLanguage, useT } from '@/hooks/i18n';
import { FilterLink } from './filter-link';
import '../i18n';

/** The fields the page lists as facts (the title is its heading; funders and money have a section). */
const FACT_FIELDS: readonly ProjectField[] = PROJECT_FIELD_TABLE.filter(
  (f) => f.page === 'facts',
).map((f) => f.key);

/** Every field of a project with its label, in the order of DESIGN §2. */
export function ProjectFacts({
  project,
  headingId,
}: {
  project: ProjectSummary;
  headingId: string;
}) {
  const { t } = useT('project');
  const lang = useLanguage();
  const { search } = useLocation();
  const notStated = <span className="muted">{t('notStated')}</span>;
  const linked = (facet: 'region' | 'type' | 'country', code: string, label: string) => (
    <FilterLink facet={facet} value={code} label={label} search={search}>
      {label}
    </FilterLink>
  );
  const value = (field: ProjectField): ReactNode => {
    switch (field) {
      case 'startDate':
        return formatPartialDate(project.startDate, lang);
      case 'endDate':
        return project.endDate ? formatPartialDate(project.endDate, lang) : t('openEnded');
      case 'status':
        return (
          <span className={`project-status project-status-${project.status}`}>
            {statuses.label(project.status, lang)}
          </span>
        );
      case 'type':
        return linked('type', project.type, typeLabel(project.type, lang));
      case 'budgetUsd':
        return (
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
          </>
        );
      case 'coverage':
        return coverages.label(project.coverage, lang);
      case 'year':
        // A year is a name, not a quantity: never grouped as 2,019.
        return String(project.year);
      case 'region':
        return linked('region', project.region, regions.label(project.region, lang));
      case 'primaId':
        return project.primaId.trim() === '' ? notStated : project.primaId;
      case 'countries':
        return project.countries.length === 0 ? (
          notStated
        ) : (
          <ul className="project-countries">
            {project.countries.map((code) => (
              <li key={code}>{linked('country', code, countryName(code, lang))}</li>
            ))}
          </ul>
        );
      default:
        return String(project[field] ?? '');
    }
  };
  return (
    <dl className="project-facts" aria-labelledby={headingId}>
      {FACT_FIELDS.map((field) => (
        <div key={field} className={`project-fact project-fact-${field}`}>
          <dt>{fieldLabel(field, lang)}</dt>
          <dd>{value(field)}</dd>
        </div>
      ))}
    </dl>
  );
}
