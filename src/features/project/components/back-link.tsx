import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import '../i18n';

/**
 * "Back to projects", to the explorer with the query string this page was opened with: the
 * explorer passes its filters along in the link, so they come back as they were.
 */
export function BackLink() {
  const { t } = useTranslation('project');
  const { search } = useLocation();
  return (
    <Link className="project-back" to={{ pathname: '/projects', search }}>
      <span aria-hidden="true">← </span>
      {t('back')}
    </Link>
  );
}
