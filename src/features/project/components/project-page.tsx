import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/ui/error-panel';
import { useProjectDetail } from '../hooks/use-project-detail';
import { BackLink } from './back-link';
import { ProjectNotFound } from './project-not-found';
import { ProjectView } from './project-view';
import '../i18n';
import '../project.css';

/** The page of one project: loading, not found, failed with Retry, or the project itself. */
export function ProjectPage({ id }: { id: string }) {
  const { t } = useTranslation('project');
  const detail = useProjectDetail(id);
  switch (detail.state) {
    case 'ready':
      return <ProjectView project={detail.project} origin={detail.origin} asOf={detail.asOf} />;
    case 'not-found':
      return <ProjectNotFound id={id} />;
    case 'error':
      return (
        <div className="project-page">
          <BackLink />
          <ErrorPanel title={t('loadFailed')} error={detail.error} onRetry={detail.retrying ? undefined : detail.retry} />
        </div>
      );
    case 'loading':
      return (
        <div className="project-page">
          <BackLink />
          <p role="status">{t('loading')}</p>
        </div>
      );
  }
}
