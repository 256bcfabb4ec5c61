import { useT } from '@/hooks/i18n';
import { useId, useState, type DragEvent } from 'react';
import '../i18n';

/** What the picker offers; the importer also sniffs the content, so a mislabelled file still reads. */
const ACCEPT =
  '.csv,.tsv,.tab,.txt,.json,.xml,text/csv,text/tab-separated-values,application/json,application/xml,text/xml';

interface FilePickerProps {
  onFile: (file: File) => void;
}

/**
 * A file input with a visible label, inside a zone that also accepts a dropped file. Keyboard
 * and screen-reader users use the input; the zone only adds a target for the mouse.
 */
export function FilePicker({ onFile }: FilePickerProps) {
  const { t } = useT('import');
  const inputId = useId();
  const [over, setOver] = useState(false);

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <div
      className={over ? 'import-drop-zone over' : 'import-drop-zone'}
      data-testid="import-drop-zone"
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        id={inputId}
        className="import-file-input"
        type="file"
        accept={ACCEPT}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) reads it again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <label htmlFor={inputId} className="button primary import-file-label">
        {t('picker.choose')}
      </label>
      <p className="muted">{over ? t('picker.dropActive') : t('picker.drop')}</p>
    </div>
  );
}
