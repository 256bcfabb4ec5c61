import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/domain/codes/languages';
import { formatNumber } from '@/lib/format';
import { useActivePortfolio } from '@/hooks/portfolio/use-active-portfolio';
import { RejectedRecordsTable } from './rejected-records-table';

/**
 * The header's count of rejected records and the panel that lists each one's id and reasons:
 * bad records are never shown as valid nor silently dropped.
 */
export function DataIssues() {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'en';
  const dialog = useRef<HTMLDialogElement>(null);
  const { data } = useActivePortfolio();
  const rejected = data?.rejected ?? [];
  if (rejected.length === 0) return null;
  return (
    <>
      <button
        type="button"
        className="button data-issues-button"
        onClick={() => dialog.current?.showModal()}
      >
        <span aria-hidden="true">⚠ </span>
        {t('dataIssues.button', { count: rejected.length })}
      </button>
      <dialog ref={dialog} className="data-issues" aria-labelledby="data-issues-title">
        <div className="data-issues-head">
          <h2 id="data-issues-title">{t('dataIssues.title')}</h2>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t('dataIssues.close')}
          </button>
        </div>
        <p>
          {t('dataIssues.intro', {
            count: rejected.length,
            valid: formatNumber(data?.projects.length ?? 0, lang),
          })}
        </p>
        <div className="chart-table-wrap">
          <RejectedRecordsTable rejected={rejected} lang={lang} labelledBy="data-issues-title" />
        </div>
      </dialog>
    </>
  );
}
