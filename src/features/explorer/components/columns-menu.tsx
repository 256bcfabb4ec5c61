import { useEffect, useId, useRef, useState } from 'react';
import { fieldLabel, type ProjectField } from '@/domain/project-fields';
import { useLanguage, useT } from '@/hooks/i18n';
import { ALWAYS_VISIBLE } from '../lib/table-columns';

interface ColumnsMenuProps {
  /** The columns this portfolio has. */
  fields: readonly ProjectField[];
  hidden: readonly ProjectField[];
  onChange: (hidden: ProjectField[]) => void;
}

/**
 * A disclosure of one checkbox per column. The panel is only in the DOM while open, so its
 * checkboxes ("Region", "Status"…) never compete with the filter panel's controls of the same name.
 */
export function ColumnsMenu({ fields, hidden: stored, onChange }: ColumnsMenuProps) {
  const hidden = stored.filter((f) => fields.includes(f));
  const { t } = useT('explorer');
  const lang = useLanguage();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  const toggle = (field: ProjectField, show: boolean) =>
    onChange(show ? hidden.filter((f) => f !== field) : [...hidden, field]);

  return (
    <div className="explorer-columns" ref={root}>
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        {t('columnsMenu.button')}
        {hidden.length > 0 ? ` (${fields.length - hidden.length}/${fields.length})` : null}
      </button>
      {open ? (
        <div id={panelId} className="explorer-columns-panel card">
          <fieldset>
            <legend>{t('columnsMenu.legend')}</legend>
            {fields.map((field) => (
              <label key={field} className="explorer-columns-option">
                <input
                  type="checkbox"
                  checked={!hidden.includes(field)}
                  disabled={ALWAYS_VISIBLE.has(field)}
                  onChange={(e) => toggle(field, e.target.checked)}
                />
                {fieldLabel(field, lang)}
              </label>
            ))}
          </fieldset>
          <div className="explorer-columns-actions">
            <button
              type="button"
              className="button"
              disabled={hidden.length === 0}
              onClick={() => onChange([])}
            >
              {t('columnsMenu.showAll')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setOpen(false);
                button.current?.focus();
              }}
            >
              {t('columnsMenu.close')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
