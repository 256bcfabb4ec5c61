import { useT } from '@/hooks/i18n';
import type { Language } from '@/domain/codes';
import type { ChosenFile } from '../hooks/use-import';
import { formatBytes } from './field-labels';
import '../i18n';

interface ImportProgressProps {
  file: ChosenFile;
  /** Bytes read so far; undefined once the file is read and its records are being checked. */
  loaded: number | undefined;
  lang: Language;
}

/** Bytes read while the file is read, then an indeterminate bar while its records are checked. */
export function ImportProgress({ file, loaded, lang }: ImportProgressProps) {
  const { t } = useT('import');
  const text =
    loaded === undefined
      ? t('progress.parsing', { name: file.name })
      : t('progress.reading', {
          name: file.name,
          loaded: formatBytes(loaded, lang),
          total: formatBytes(file.size, lang),
        });
  return (
    <div className="import-progress" role="status">
      {loaded === undefined ? (
        <progress aria-label={t('progress.label')} />
      ) : (
        <progress aria-label={t('progress.label')} max={Math.max(file.size, 1)} value={loaded} />
      )}
      <span>{text}</span>
    </div>
  );
}
