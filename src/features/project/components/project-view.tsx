import { useId } from 'react';
import { statuses } from '@/domain/codes';
import type { Project, ProjectSummary } from '@/domain/project';
import { useLanguage, useT } from '@/hooks/i18n';
import type { ProjectOrigin } from '../hooks/use-project-detail';
import { ProjectFacts } from './project-facts';
import { ProjectFunding } from './project-funding';
import { RelatedNews } from './related-news';
import { TimeAxis } from './time-axis';
import '../i18n';
import '../project.css';

interface ProjectViewProps {
  project: Project | ProjectSummary;
  origin: ProjectOrigin;
  asOf: string | undefined;
}

/** A project's page: its title, every field, its span in time, description and news. */
export function ProjectView({ project, origin, asOf }: ProjectViewProps) {
  const { t } = useT('project');
  const lang = useLanguage();
  const factsId = useId();
  const periodId = useId();
  const descriptionId = useId();
  const description = 'description' in project ? project.description : undefined;
  return (
    <article className="project-article">
      <header className="project-head">
        <h1>{project.title}</h1>
        <p className="project-subtitle">
          <span className="project-id">{project.id}</span>
          <span aria-hidden="true"> · </span>
          <span className={`project-status project-status-${project.status}`}>
            {statuses.label(project.status, lang)}
          </span>
        </p>
      </header>
      {origin.kind === 'imported' ? (
        <p className="notice project-origin">{t('imported', { name: origin.name })}</p>
      ) : origin.importedName !== undefined ? (
        <p className="notice project-origin">{t('fromSample', { name: origin.importedName })}</p>
      ) : null}
      <div className="project-grid">
        <section className="card project-details" aria-labelledby={factsId}>
          <h2 id={factsId}>{t('details')}</h2>
          <ProjectFacts project={project} headingId={factsId} />
        </section>
        <div className="project-main">
          <section className="card project-period" aria-labelledby={periodId}>
            <h2 id={periodId}>{t('period')}</h2>
            <TimeAxis project={project} asOf={asOf} />
          </section>
          <ProjectFunding project={project} lang={lang} />
          {origin.kind === 'api' ? (
            <>
              <section className="card project-description" aria-labelledby={descriptionId}>
                <h2 id={descriptionId}>{t('description')}</h2>
                {description?.trim() ? (
                  // Plain text: paragraphs at blank lines, never parsed as HTML.
                  description
                    .split(/\n\s*\n/)
                    .filter((paragraph) => paragraph.trim() !== '')
                    .map((paragraph, i) => <p key={i}>{paragraph.trim()}</p>)
                ) : (
                  <p className="muted">{t('noDescription')}</p>
                )}
              </section>
              <RelatedNews projectId={project.id} countries={project.countries} />
            </>
          ) : null}
        </div>
      </div>
    </article>
  );
}
