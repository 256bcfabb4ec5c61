import { useT } from '@/hooks/i18n';
import { useId } from 'react';
import type { Language } from '@/domain/codes';
import { formatNumber } from '@/lib/format';
import { describeImportNote, type ImportNote } from '@/domain/import/notes';
import { REJECTED_SHOWN_AT_MOST as SHOWN_AT_MOST } from '@/components/portfolio/rejected-records-table';
import '../i18n';

/** What the importer left out, defaulted or derived: file-wide notes first, then per record. */
export function ImportNotes({ notes, lang }: { notes: readonly ImportNote[]; lang: Language }) {
  const { t } = useT('import');
  const headingId = useId();
  const ordered = [
    ...notes.filter((n) => n.index === undefined),
    ...notes.filter((n) => n.index !== undefined),
  ];
  const shown = ordered.slice(0, SHOWN_AT_MOST);
  const total = formatNumber(notes.length, lang);
  return (
    <section className="import-notes" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('report.notesHeading', { total })}</h3>
      {notes.length === 0 ? (
        <p className="muted">{t('report.noNotes')}</p>
      ) : (
        <>
          <p className="muted">{t('report.notesIntro')}</p>
          {shown.length < notes.length ? (
            <p className="muted">
              {t('report.shown', { shown: formatNumber(shown.length, lang), total })}
            </p>
          ) : null}
          <ul>
            {shown.map((note, i) => (
              <li key={i}>{describeImportNote(note, lang)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
