import { useT } from '@/hooks/i18n';
import { useId, useState } from 'react';
import { statuses, type Language } from '@/domain/codes';
import { DebouncedInput } from '@/components/filters/debounced-input';
import { missingRequiredFields, REQUIRED_FIELDS } from '@/domain/import/apply-mapping';
import {
  IMPORT_FIELDS,
  type FieldMapping,
  type ImportField,
  type RecordDefaults,
} from '@/domain/import/types';
import { importFieldLabel } from './field-labels';
import '../i18n';

interface ColumnMappingProps {
  headers: readonly string[];
  /** The mapping the importer used (suggested, or the last one chosen). */
  mapping: FieldMapping;
  defaults: RecordDefaults;
  lang: Language;
  onChange: (mapping: FieldMapping, defaults: RecordDefaults) => void;
}

/** Gives `field` to `column` alone: each field fills from one column, so a second choice moves it. */
function assign(mapping: FieldMapping, column: number, field: ImportField | null): FieldMapping {
  return mapping.map((current, i) =>
    i === column ? field : field !== null && current === field ? null : current,
  );
}

/**
 * The source columns with the field each one fills, preselected from the suggestion and
 * correctable, plus values for fields the file leaves blank. Every change re-runs the import.
 */
export function ColumnMapping({ headers, mapping, defaults, lang, onChange }: ColumnMappingProps) {
  const { t } = useT('import');
  const headingId = useId();
  const [draft, setDraft] = useState<FieldMapping>(() => headers.map((_, i) => mapping[i] ?? null));
  const [values, setValues] = useState<RecordDefaults>(defaults);
  const update = (nextMapping: FieldMapping, nextValues: RecordDefaults) => {
    setDraft(nextMapping);
    setValues(nextValues);
    onChange(nextMapping, nextValues);
  };
  const setDefault = (field: 'status' | 'startDate', value: string) => {
    const next: RecordDefaults = { ...values };
    if (value.trim() === '') delete next[field];
    else next[field] = value.trim();
    update(draft, next);
  };
  const optionLabel = (field: ImportField) => {
    const label = importFieldLabel(field, lang);
    return REQUIRED_FIELDS.includes(field) ? t('mapping.required', { label }) : label;
  };
  const missing = missingRequiredFields(draft, values);

  return (
    <section className="card import-mapping" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('mapping.heading')}</h2>
      <p className="muted">{t('mapping.intro')}</p>
      {missing.length > 0 ? (
        <p className="notice" role="status">
          {t('mapping.missing', {
            fields: missing.map((f) => importFieldLabel(f, lang)).join(', '),
          })}
        </p>
      ) : null}
      <table className="data-table import-mapping-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">{t('mapping.column')}</th>
            <th scope="col">{t('mapping.field')}</th>
          </tr>
        </thead>
        <tbody>
          {headers.map((header, column) => {
            const name = header.trim() || t('mapping.unnamed', { number: column + 1 });
            return (
              <tr key={column}>
                <th scope="row">{name}</th>
                <td>
                  <select
                    aria-label={t('mapping.fieldFor', { column: name })}
                    value={draft[column] ?? ''}
                    onChange={(e) => {
                      const field = IMPORT_FIELDS.find((f) => f === e.target.value) ?? null;
                      update(assign(draft, column, field), values);
                    }}
                  >
                    <option value="">{t('mapping.notImported')}</option>
                    {IMPORT_FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {optionLabel(field)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <fieldset className="import-defaults">
        <legend>{t('mapping.defaultsHeading')}</legend>
        <p className="muted">{t('mapping.defaultsIntro')}</p>
        <label>
          <span>{t('mapping.statusDefault')}</span>
          <select
            value={values.status ?? ''}
            onChange={(e) => setDefault('status', e.target.value)}
          >
            <option value="">{t('mapping.noDefault')}</option>
            {statuses.codes.map((code) => (
              <option key={code} value={code}>
                {statuses.label(code, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('mapping.startDateDefault')}</span>
          <DebouncedInput
            type="text"
            inputMode="numeric"
            value={values.startDate ?? ''}
            placeholder={t('mapping.datePlaceholder')}
            onCommit={(value) => setDefault('startDate', value)}
            delayMs={500}
          />
        </label>
      </fieldset>
    </section>
  );
}
