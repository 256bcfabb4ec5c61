import { useLoadProgress } from '@/hooks/use-load-progress';
import { formatNumber } from '@/lib/format';
import { useLanguage, useT } from '@/hooks/i18n';

/** Shows how many projects have arrived while the pages of the list load. */
export function LoadProgressBar() {
  const { t } = useT();
  const { loaded, total } = useLoadProgress();
  const lang = useLanguage();
  const label =
    total === undefined
      ? t('loading.portfolio')
      : t('loading.progress', {
          loaded: formatNumber(loaded, lang),
          total: formatNumber(total, lang),
        });
  return (
    <div className="load-progress" role="status">
      <progress
        max={total ?? 1}
        value={total === undefined ? undefined : loaded}
        aria-label={t('loading.portfolio')}
      />
      <span>{label}</span>
    </div>
  );
}
