import { useT } from '@/hooks/i18n';
import { useId } from 'react';
import { RejectedRecordsTable } from '@/components/portfolio/rejected-records-table';
import type { Language } from '@/domain/codes';
import type { RejectedRecord } from '@/domain/parse-record';
import { formatNumber } from '@/lib/format';
import '../i18n';

/** Each rejected record — its ID, or its position in the file — with every reason, in the language. */
export function RejectedRecords({
  rejected,
  lang,
}: {
  rejected: readonly RejectedRecord[];
  lang: Language;
}) {
  const { t } = useT('import');
  const headingId = useId();
  const count = formatNumber(rejected.length, lang);
  return (
    <section className="import-rejected" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('report.rejectedHeading', { total: count })}</h3>
      {rejected.length === 0 ? (
        <p className="muted">{t('report.noneRejected')}</p>
      ) : (
        <RejectedRecordsTable rejected={rejected} lang={lang} labelledBy={headingId} />
      )}
    </section>
  );
}
