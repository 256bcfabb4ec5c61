import { memo } from 'react';
import { useActiveMeta } from '@/hooks/portfolio/use-active-portfolio';
import { formatPartialDate } from '@/lib/format';
import { useLanguage, useT } from '@/hooks/i18n';
import '@/components/portfolio/i18n';

/**
 * "Data as of" and the source, on every screen: the imported file's while one is in use. Not drawn
 * again on an address change (a filter click): it reads the data's date, not the address.
 */
export const SiteFooter = memo(function SiteFooter() {
  const { t } = useT();
  const { meta: shown, importedName } = useActiveMeta();
  const lang = useLanguage();
  const source =
    importedName !== undefined
      ? t('imported.source', { ns: 'portfolio', name: importedName })
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
});
