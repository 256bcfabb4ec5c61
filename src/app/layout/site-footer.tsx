import { useTranslation } from 'react-i18next';
import { useMeta } from '@/hooks/use-portfolio';
import { formatPartialDate } from '@/lib/format';
import { currentLanguage } from '@/hooks/i18n';
import { useImportedPortfolio } from '@/lib/portfolio/imported-portfolio';
import { importedPortfolioMeta } from '@/lib/portfolio/use-active-portfolio';
import '@/components/portfolio/i18n';

/** "Data as of" and the source, on every screen: the imported file's while one is in use. */
export function SiteFooter() {
  const { t } = useTranslation();
  const meta = useMeta();
  const imported = useImportedPortfolio();
  const lang = currentLanguage();
  const shown = imported ? importedPortfolioMeta(imported) : meta.data;
  const source = imported
    ? t('imported.source', { ns: 'portfolio', name: imported.name })
    : shown?.source;
  return (
    <footer className="site-footer">
      {shown ? (
        <p>
          <span data-testid="data-as-of">
            {t('footer.dataAsOf', { date: formatPartialDate(shown.asOf, lang) })}
          </span>
          {' · '}
          <span>{t('footer.source', { source })}</span>
        </p>
      ) : (
        <p>{t('footer.loading')}</p>
      )}
    </footer>
  );
}
