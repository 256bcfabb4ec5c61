import { useTranslation } from 'react-i18next';

/** What a screen that is not built yet will show, in the current language: no fake content. */
export function ComingSoon({ heading, what }: { heading: string; what: string }) {
  const { t } = useTranslation();
  return (
    <section className="coming-soon" aria-labelledby="coming-soon-heading">
      <h1 id="coming-soon-heading">{heading}</h1>
      <p className="badge">{t('pending.title')}</p>
      <p>{what}</p>
    </section>
  );
}
