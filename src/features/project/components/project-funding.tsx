import { useT } from '@/hooks/i18n';
import { useId } from 'react';
import { useLocation } from 'react-router';
import type { Language } from '@/domain/codes/languages';
import { funderParts } from '@/domain/funders';
import type { ProjectSummary } from '@/domain/project';
import { formatPercent, formatUsd } from '@/lib/format';
import { financialProgress, type ProgressLine } from '../lib/financial-progress';
import { FilterLink } from './filter-link';
import '../i18n';

/**
 * Who funds the project and how far its money has moved: the funders with their shares, a bar per
 * amount against the budget (an overspend runs past the budget mark, never capped), the amounts in
 * words, and spending per year. Shown only when the project carries any of it.
 */
export function ProjectFunding({ project, lang }: { project: ProjectSummary; lang: Language }) {
  const { t } = useT('project');
  const headingId = useId();
  const { search } = useLocation();
  const progress = financialProgress(project);
  const parts = funderParts(project.funders);
  const stated = project.funders?.every((f) => f.share !== undefined) ?? false;
  if (parts.length === 0 && !progress) return null;
  return (
    <section className="card project-funding" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('funding.heading')}</h2>
      {parts.length > 0 ? (
        <>
          <h3>{t('funding.funders', { count: parts.length })}</h3>
          <ul className="project-funders">
            {parts.map((f) => (
              <li key={f.key}>
                <span className="project-funder-name">
                  <FilterLink facet="funder" value={f.key} label={f.name} search={search}>
                    {f.name}
                  </FilterLink>
                </span>
                {f.key !== f.name ? <span className="muted"> · {f.key}</span> : null}
                {parts.length > 1 ? (
                  <span className="muted">
                    {' · '}
                    {t(stated ? 'funding.share' : 'funding.equalShare', {
                      share: formatPercent(f.share, lang),
                      amount:
                        project.budgetUsd === undefined
                          ? t('funding.noBudget')
                          : formatUsd(project.budgetUsd * f.share, lang),
                    })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {progress ? (
        <ProgressBars lines={progress.lines} budget={project.budgetUsd} lang={lang} />
      ) : null}
      {project.spendingByYear && project.spendingByYear.length > 0 ? (
        <table className="project-spending-years">
          <caption>{t('funding.byYear')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('funding.year')}</th>
              <th scope="col" className="num">
                {t('funding.disbursed')}
              </th>
              <th scope="col" className="num">
                {t('funding.spent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {project.spendingByYear.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td className="num">{formatUsd(y.disbursedUsd, lang)}</td>
                <td className="num">{formatUsd(y.spentUsd, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function ProgressBars({
  lines,
  budget,
  lang,
}: {
  lines: ProgressLine[];
  budget: number | undefined;
  lang: Language;
}) {
  const { t } = useT('project');
  return (
    <div className="project-progress">
      <h3>{t('funding.progress')}</h3>
      <p>
        {t('funding.budget', {
          budget: budget === undefined ? t('funding.noBudget') : formatUsd(budget, lang),
        })}
      </p>
      <ul className="project-progress-lines">
        {lines.map((line) => (
          <li key={line.key} className={line.over ? 'over' : undefined}>
            <span className="project-progress-text">
              {line.amount === undefined
                ? t('funding.notProvided', { what: t(`funding.${line.key}`) })
                : line.ofBudget === undefined
                  ? t('funding.lineAmount', {
                      what: t(`funding.${line.key}`),
                      amount: formatUsd(line.amount, lang),
                    })
                  : t(line.over ? 'funding.lineOver' : 'funding.line', {
                      what: t(`funding.${line.key}`),
                      amount: formatUsd(line.amount, lang),
                      share: formatPercent(line.ofBudget, lang),
                      over: formatUsd(line.amount - (budget ?? 0), lang),
                    })}
            </span>
            <span className="project-progress-track" aria-hidden="true">
              <span
                className={`project-progress-fill project-progress-${line.key}`}
                style={{ width: `${line.width * 100}%` }}
              />
              {line.budgetMark === undefined ? null : (
                <span
                  className="project-progress-budget"
                  style={{ left: `${line.budgetMark * 100}%` }}
                />
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
