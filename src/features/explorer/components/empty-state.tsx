import { useT } from '@/hooks/i18n';

/** What the table area shows when no project matches, with a way back to every project. */
export function EmptyState({
  portfolioEmpty,
  onShowAll,
}: {
  portfolioEmpty: boolean;
  onShowAll: () => void;
}) {
  const { t } = useT('explorer');
  if (portfolioEmpty) {
    return (
      <div className="explorer-empty card">
        <p>{t('empty.noData')}</p>
      </div>
    );
  }
  return (
    <div className="explorer-empty card">
      <p className="explorer-empty-title">{t('empty.title')}</p>
      <p className="muted">{t('empty.hint')}</p>
      <button type="button" className="button" onClick={onShowAll}>
        {t('empty.showAll')}
      </button>
    </div>
  );
}
