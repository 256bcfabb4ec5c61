import { useT } from '@/hooks/i18n';
import type { Language } from '@/domain/codes';
import { describeImportError } from '@/domain/import/errors';
import type { ImportFailure } from '@/domain/import/types';
import '../i18n';

interface ImportFailureProps {
  name: string;
  failure: ImportFailure | { crashed: string };
  lang: Language;
}

/** Why the file could not be imported, in the current language; the portfolio in use stays. */
export function ImportFailurePanel({ name, failure, lang }: ImportFailureProps) {
  const { t } = useT('import');
  const message =
    'crashed' in failure
      ? t('error.crashed', { message: failure.crashed })
      : describeImportError(failure.error.code, lang);
  const detail = 'crashed' in failure ? undefined : failure.error.detail;
  return (
    <div role="alert" className="error-panel">
      <h2>{t('error.title', { name })}</h2>
      <p>{message}</p>
      {detail ? <p className="muted">{t('error.details', { detail })}</p> : null}
      <p>{t('error.unchanged')}</p>
    </div>
  );
}
