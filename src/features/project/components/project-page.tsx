import { useT } from '@/hooks/i18n';
import { ErrorPanel } from '@/components/ui/error-panel';
import { useProjectDetail } from '../hooks/use-project-detail';
import { BackLink } from './back-link';
import { ProjectNotFound } from './project-not-found';
import { ProjectView } from './project-view';
import '../i18n';
import '../project.css';

/** The page of one project: loading, not found, failed with Retry, or the project itself. */
export function ProjectPage({ id }: { id: string }) {
  const { t } = useT('project');
  const detail = useProjectDetail(id);
  if (detail.state === 'not-found') return <ProjectNotFound id={id} />;
  return (
    // The back link stays the same element while the page loads, so focus on it is kept.
    <div className="project-page">
      <BackLink />
      {detail.state === 'ready' ? (
        <ProjectView project={detail.project} origin={detail.origin} asOf={detail.asOf} />
      ) : detail.state === 'error' ? (
        <ErrorPanel title={t('loadFailed')} error={detail.error} onRetry={detail.retry} />
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </div>
  );
}
