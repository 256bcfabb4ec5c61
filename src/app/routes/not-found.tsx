import { useT } from '@/hooks/i18n';
import { Link } from 'react-router';

export default function NotFoundRoute() {
  const { t } = useT();
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to="/">{t('notFound.back')}</Link>
    </section>
  );
}
