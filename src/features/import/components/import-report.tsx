import { useT } from '@/hooks/i18n';
import { useId } from 'react';
import type { Language } from '@/domain/codes';
import { formatNumber, formatUsd } from '@/lib/format';
import type { HierarchyChoice } from '@/domain/import/iati/roll-up';
import type { ImportResult } from '@/domain/import/types';
import { AcceptedPreview } from './accepted-preview';
import { HierarchyChoiceField } from './hierarchy-choice';
import { ImportNotes } from './import-notes';
import { RejectedRecords } from './rejected-records';
import '../i18n';

interface ImportReportProps {
  fileName: string;
  result: ImportResult;
  lang: Language;
  /** True while a re-run with a new mapping is parsing: the buttons wait for it. */
  updating: boolean;
  /** IATI files with child activities: import again with them rolled up or separate. */
  onHierarchy?: (choice: HierarchyChoice) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

const ENCODINGS = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
} as const;
const DELIMITERS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** The report shown before anything changes: what was read, kept and rejected, and why. */
export function ImportReport({
  fileName,
  result,
  lang,
  updating,
  onHierarchy,
  onConfirm,
  onCancel,
}: ImportReportProps) {
  const { t } = useT('import');
  const headingId = useId();
  const format = t(`report.formats.${result.format}`);
  const delimiter = result.delimiter
    ? t(`report.delimiters.${DELIMITERS[result.delimiter] ?? 'other'}`, { char: result.delimiter })
    : undefined;
  const otherCurrencies = Object.entries(result.budgetsByCurrency ?? {});
  const showCurrencies =
    otherCurrencies.length > 1 || otherCurrencies.some(([currency]) => currency !== 'USD');
  const { totals } = result;
  return (
    <section className="card import-report" aria-labelledby={headingId} aria-busy={updating}>
      <h2 id={headingId}>{t('report.heading')}</h2>
      <dl className="import-summary">
        <dt>{t('report.file')}</dt>
        <dd>{fileName}</dd>
        <dt>{t('report.format')}</dt>
        <dd>{delimiter ? t('report.delimiter', { format, delimiter }) : format}</dd>
        <dt>{t('report.encoding')}</dt>
        <dd>{ENCODINGS[result.encoding]}</dd>
        <dt>{t('report.records')}</dt>
        <dd className="num">{formatNumber(totals.records, lang)}</dd>
        <dt>{t('report.accepted')}</dt>
        <dd className="num">{formatNumber(totals.accepted, lang)}</dd>
        <dt>{t('report.rejected')}</dt>
        <dd className="num">{formatNumber(totals.rejected, lang)}</dd>
        <dt>{t('report.budget')}</dt>
        <dd className="num" data-testid="import-total-budget">
          {formatUsd(totals.budgetUsd, lang)}
        </dd>
        {result.version ? (
          <>
            <dt>{t('report.version')}</dt>
            <dd>{result.version}</dd>
          </>
        ) : null}
        {result.activityCount !== undefined && result.activityCount !== totals.records ? (
          <>
            <dt>{t('report.activities')}</dt>
            <dd className="num">{formatNumber(result.activityCount, lang)}</dd>
          </>
        ) : null}
        {totals.converted ? (
          <>
            <dt>{t('report.converted')}</dt>
            <dd className="num">{formatNumber(totals.converted, lang)}</dd>
          </>
        ) : null}
        {totals.noBudget ? (
          <>
            <dt>{t('report.noBudget')}</dt>
            <dd className="num">{formatNumber(totals.noBudget, lang)}</dd>
          </>
        ) : null}
        {showCurrencies ? (
          <>
            <dt>{t('report.otherCurrencies')}</dt>
            <dd>
              {otherCurrencies
                .map(([currency, amount]) => `${currency} ${formatNumber(amount, lang)}`)
                .join(' · ')}
            </dd>
          </>
        ) : null}
      </dl>
      {result.hierarchy && onHierarchy ? (
        <HierarchyChoiceField
          summary={result.hierarchy}
          lang={lang}
          disabled={updating}
          onChange={onHierarchy}
        />
      ) : null}
      <AcceptedPreview projects={result.projects} lang={lang} />
      <RejectedRecords rejected={result.rejected} lang={lang} />
      <ImportNotes notes={result.notes} lang={lang} />
      <div className="import-actions">
        {totals.accepted === 0 ? (
          <p className="notice" role="status">
            {t('report.nothingAccepted')}
          </p>
        ) : (
          <p className="muted">{t('report.pendingNote')}</p>
        )}
        <div className="import-buttons">
          <button
            type="button"
            className="button primary"
            onClick={onConfirm}
            disabled={updating || totals.accepted === 0}
          >
            {t('report.confirm')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('report.cancel')}
          </button>
        </div>
      </div>
    </section>
  );
}
