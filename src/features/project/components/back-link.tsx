import { useT } from '@/hooks/i18n';
import { Link, useLocation, useNavigate } from 'react-router';
import '../i18n';

/**
 * "Back": to the screen this page was opened from (the list, the timeline, the map…) with its
 * address, as the browser's Back does. Opened from a link or a new tab, it is "Back to
 * projects", the explorer with the query string this page was opened with.
 */
export function BackLink() {
  const { t } = useT('project');
  const { search, key } = useLocation();
  const navigate = useNavigate();
  // The router keys the first location it loads "default": any other came by a navigation within
  // the app, so the previous history entry is one of its screens.
  const previous = key !== 'default';
  return (
    <Link
      className="project-back"
      to={{ pathname: '/projects', search }}
      onClick={(event) => {
        if (!previous || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        void navigate(-1);
      }}
    >
      <span aria-hidden="true">← </span>
      {previous ? t('backPrevious') : t('back')}
    </Link>
  );
}
