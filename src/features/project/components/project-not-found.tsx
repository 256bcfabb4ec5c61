import { useT } from '@/hooks/i18n';
import { BackLink } from './back-link';
import '../i18n';

/** An id that no project has: says so, names the id, and leads back to the list. */
export function ProjectNotFound({ id }: { id: string }) {
  const { t } = useT('project');
  return (
    <section className="not-found project-not-found" aria-labelledby="project-not-found-heading">
      <h1 id="project-not-found-heading">{t('notFound.title')}</h1>
      <p>{t('notFound.body', { id })}</p>
      <BackLink />
    </section>
  );
}
