import { useT } from '@/hooks/i18n';
import { useId } from 'react';
import { countryName, statuses, type Language } from '@/domain/codes';
import { formatNumber, formatPartialDate, formatBudget } from '@/lib/format';
import type { ImportedProject } from '@/domain/import/types';
import { importFieldLabel } from './field-labels';
import '../i18n';

/** Enough rows to check that the columns landed in the right fields, few enough to stay light. */
const PREVIEW_ROWS = 20;

/** The first accepted records as they will be shown, so a wrong mapping is seen before it is used. */
export function AcceptedPreview({
  projects,
  lang,
}: {
  projects: readonly ImportedProject[];
  lang: Language;
}) {
  const { t } = useT('import');
  const headingId = useId();
  if (projects.length === 0) return null;
  const total = formatNumber(projects.length, lang);
  const shown = projects.slice(0, PREVIEW_ROWS);
  const period = (p: ImportedProject) =>
    p.endDate
      ? `${formatPartialDate(p.startDate, lang)} – ${formatPartialDate(p.endDate, lang)}`
      : formatPartialDate(p.startDate, lang);
  return (
    <section className="import-accepted" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('report.acceptedHeading', { total })}</h3>
      {shown.length < projects.length ? (
        <p className="muted">
          {t('report.shown', { shown: formatNumber(shown.length, lang), total })}
        </p>
      ) : null}
      <div className="import-table-scroll">
        <table className="data-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{importFieldLabel('id', lang)}</th>
              <th scope="col">{importFieldLabel('title', lang)}</th>
              <th scope="col">{importFieldLabel('countries', lang)}</th>
              <th scope="col">{t('report.period')}</th>
              <th scope="col">{importFieldLabel('status', lang)}</th>
              <th scope="col" className="num">
                {importFieldLabel('budgetUsd', lang)}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((project) => (
              <tr key={project.id}>
                <th scope="row">{project.id}</th>
                <td>{project.title}</td>
                <td>{project.countries.map((code) => countryName(code, lang)).join(', ')}</td>
                <td>{period(project)}</td>
                <td>{statuses.label(project.status, lang)}</td>
                <td className="num">{formatBudget(project.budgetUsd, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
