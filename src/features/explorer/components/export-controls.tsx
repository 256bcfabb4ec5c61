import { useId } from 'react';
import { useT } from '@/hooks/i18n';
import type { CsvDelimiter } from '@/lib/csv/export';

interface ExportControlsProps {
  allColumns: boolean;
  onAllColumnsChange: (all: boolean) => void;
  delimiter: CsvDelimiter;
  onDelimiterChange: (delimiter: CsvDelimiter) => void;
  disabled: boolean;
  onExport: () => void;
  /** What became of the last export: waiting for the view, or the rows written and the file. */
  status: string;
}

/** The Export CSV button and its two options: every column, and the separator. */
export function ExportControls({
  allColumns,
  onAllColumnsChange,
  delimiter,
  onDelimiterChange,
  disabled,
  onExport,
  status,
}: ExportControlsProps) {
  const { t } = useT('explorer');
  const selectId = useId();
  return (
    <div className="explorer-export" role="group" aria-label={t('export.group')}>
      <button type="button" className="button primary" disabled={disabled} onClick={onExport}>
        {t('export.button')}
      </button>
      <label className="explorer-export-option">
        <input
          type="checkbox"
          checked={allColumns}
          onChange={(e) => onAllColumnsChange(e.target.checked)}
        />
        {t('export.allColumns')}
      </label>
      <span className="explorer-export-option">
        <label htmlFor={selectId}>{t('export.delimiter')}</label>
        <select
          id={selectId}
          value={delimiter}
          onChange={(e) => onDelimiterChange(e.target.value === ';' ? ';' : ',')}
        >
          <option value=",">{t('export.comma')}</option>
          <option value=";">{t('export.semicolon')}</option>
        </select>
      </span>
      {/* Always in the page, so a screen reader announces the message when it arrives. */}
      <p className="explorer-export-status muted" aria-live="polite" aria-atomic="true">
        {status}
      </p>
    </div>
  );
}
