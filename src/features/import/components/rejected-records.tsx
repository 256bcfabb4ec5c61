import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@/domain/codes';
import type { RejectedRecord } from '@/domain/parse-record';
import { describeReason } from '@/domain/reasons';
import { formatNumber } from '@/lib/format';
import '../i18n';

/** Rows drawn at most: a file of thousands of bad rows must not flood the page (the count says how many). */
export const SHOWN_AT_MOST = 100;

/** Each rejected record — its ID, or its position in the file — with every reason, in the language. */
export function RejectedRecords({
  rejected,
  lang,
}: {
  rejected: readonly RejectedRecord[];
  lang: Language;
}) {
  const { t } = useTranslation('import');
  const headingId = useId();
  const count = formatNumber(rejected.length, lang);
  const shown = rejected.slice(0, SHOWN_AT_MOST);
  return (
    <section className="import-rejected" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('report.rejectedHeading', { total: count })}</h3>
      {rejected.length === 0 ? (
        <p className="muted">{t('report.noneRejected')}</p>
      ) : (
        <>
          {shown.length < rejected.length ? (
            <p className="muted">
              {t('report.shown', { shown: formatNumber(shown.length, lang), total: count })}
            </p>
          ) : null}
          <table className="data-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('report.record')}</th>
                <th scope="col">{t('report.reasons')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((record) => {
                const number = formatNumber(record.index + 1, lang);
                return (
                  <tr key={record.index}>
                    <th scope="row">
                      {record.id
                        ? t('report.recordWithId', { id: record.id, number })
                        : t('report.recordNumber', { number })}
                    </th>
                    <td>
                      <ul className="import-reasons">
                        {record.reasons.map((reason, i) => (
                          <li key={i}>{describeReason(reason, lang)}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
