import { memo } from 'react';
import { useStorageProblem } from '@/hooks/portfolio/use-imported-portfolio';
import { dismissStorageProblem, type StorageProblem } from '@/lib/portfolio/imported-portfolio';
import { useT } from '@/hooks/i18n';

const MESSAGE: Record<StorageProblem, string> = {
  discarded: 'storage.discarded',
  unavailable: 'storage.unavailable',
  'not-saved': 'storage.notSaved',
};

/** Says once, in words, when the browser's storage lost, refused or set aside a portfolio. */
export const StorageNotice = memo(function StorageNotice() {
  const { t } = useT();
  const problem = useStorageProblem();
  if (!problem) return null;
  return (
    <div className="notice" role="status">
      <p>{t(MESSAGE[problem])}</p>
      <button type="button" className="button" onClick={dismissStorageProblem}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
});
