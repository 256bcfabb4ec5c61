import { useTranslation } from 'react-i18next';
import { useMeta } from '@/lib/api/use-portfolio';
import { formatPartialDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n/i18n';

/** "Data as of" and the source, on every screen. */
export function SiteFooter() {
  const { t } = useTranslation();
  const meta = useMeta();
  const lang = currentLanguage();
  return (
    <footer className="site-footer">
      {meta.data ? (
        <p>
          <span data-testid="data-as-of">{t('footer.dataAsOf', { date: formatPartialDate(meta.data.asOf, lang) })}</span>
          {' · '}
          <span>{t('footer.source', { source: meta.data.source })}</span>
        </p>
      ) : (
        <p>{t('footer.loading')}</p>
      )}
    </footer>
  );
}
