import { useId, useRef } from 'react';
import { useLanguage, useT } from '@/hooks/i18n';
import { portfolioSize } from '@/lib/api/projects';
import { formatNumber } from '@/lib/format';
import { useActivePortfolio } from '@/hooks/portfolio/use-active-portfolio';
import { RejectedRecordsTable } from './rejected-records-table';

/**
 * The header's count of data issues and the panel that lists them: each rejected record's id and
 * reasons (bad records are never shown as valid nor silently dropped), then each record shown
 * with a question (a status that contradicts its dates, DESIGN §11).
 */
export function DataIssues() {
  const { t } = useT();
  const lang = useLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  const rejectedId = useId();
  const flaggedId = useId();
  const { data } = useActivePortfolio();
  const rejected = data?.rejected ?? [];
  const flagged = data?.flagged ?? [];
  const count = rejected.length + flagged.length;
  if (count === 0) return null;
  const both = rejected.length > 0 && flagged.length > 0;
  return (
    <>
      <button
        type="button"
        className="button data-issues-button"
        onClick={() => dialog.current?.showModal()}
      >
        <span aria-hidden="true">⚠ </span>
        {t('dataIssues.button', { count })}
      </button>
      <dialog ref={dialog} className="data-issues" aria-labelledby="data-issues-title">
        <div className="data-issues-head">
          <h2 id="data-issues-title">{t('dataIssues.title')}</h2>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t('dataIssues.close')}
          </button>
        </div>
        {rejected.length > 0 ? (
          <section aria-labelledby={both ? rejectedId : 'data-issues-title'}>
            {both ? (
              <h3 id={rejectedId}>
                {t('dataIssues.rejectedHeading', { count: formatNumber(rejected.length, lang) })}
              </h3>
            ) : null}
            <p>
              {t('dataIssues.intro', {
                count: rejected.length,
                valid: formatNumber(data ? portfolioSize(data) : 0, lang),
              })}
            </p>
            <div className="chart-table-wrap">
              <RejectedRecordsTable
                rejected={rejected}
                lang={lang}
                labelledBy={both ? rejectedId : 'data-issues-title'}
              />
            </div>
          </section>
        ) : null}
        {flagged.length > 0 ? (
          <section aria-labelledby={flaggedId}>
            <h3 id={flaggedId}>
              {t('dataIssues.flaggedHeading', { count: formatNumber(flagged.length, lang) })}
            </h3>
            <p>{t('dataIssues.flaggedIntro', { count: flagged.length })}</p>
            <div className="chart-table-wrap">
              <RejectedRecordsTable rejected={flagged} lang={lang} labelledBy={flaggedId} />
            </div>
          </section>
        ) : null}
      </dialog>
    </>
  );
}
