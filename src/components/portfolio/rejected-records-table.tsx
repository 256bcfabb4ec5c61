import type { Language } from '@/domain/codes/languages';
import type { RejectedRecord } from '@/domain/parse-record';
import { describeReason } from '@/domain/reasons';
import { formatNumber } from '@/lib/format';
import { useT } from '@/hooks/i18n';

/** Rows drawn at most: thousands of bad records must not flood the page (the count says how many). */
export const REJECTED_SHOWN_AT_MOST = 100;

interface RejectedRecordsTableProps {
  rejected: readonly RejectedRecord[];
  lang: Language;
  /** The id of the heading that names the table. */
  labelledBy: string;
}

/** Each rejected record — its ID and position — with every reason, in the language. */
export function RejectedRecordsTable({ rejected, lang, labelledBy }: RejectedRecordsTableProps) {
  const { t } = useT();
  const shown = rejected.slice(0, REJECTED_SHOWN_AT_MOST);
  return (
    <>
      {shown.length < rejected.length ? (
        <p className="muted">
          {t('dataIssues.shown', {
            shown: formatNumber(shown.length, lang),
            total: formatNumber(rejected.length, lang),
          })}
        </p>
      ) : null}
      <table className="data-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('dataIssues.record')}</th>
            <th scope="col">{t('dataIssues.reasons')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((record) => {
            const number = formatNumber(record.index + 1, lang);
            return (
              <tr key={record.index}>
                <th scope="row">
                  {record.id
                    ? t('dataIssues.recordWithId', { id: record.id, number })
                    : t('dataIssues.recordNumber', { number })}
                </th>
                <td>
                  <ul className="reasons">
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
  );
}
