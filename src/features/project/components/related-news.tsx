import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { countryName } from '@/domain/codes';
import type { NewsItem } from '@/domain/project';
import { ErrorPanel } from '@/components/ui/error-panel';
import { formatPartialDate } from '@/lib/format';
import { useLanguage, useT } from '@/hooks/i18n';
import { relatedNewsQueryOptions } from '../api/get-news';
import '../i18n';

interface RelatedNewsProps {
  projectId: string;
  countries: readonly string[];
}

/** News linked to the project and news about its benefiting states, newest first. */
export function RelatedNews({ projectId, countries }: RelatedNewsProps) {
  const { t } = useT('project');
  const headingId = useId();
  const news = useQuery(relatedNewsQueryOptions(projectId, countries));
  return (
    <section className="card project-news" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('news.heading')}</h2>
      <p className="muted project-news-note">{t('news.note')}</p>
      {news.data ? (
        <>
          {news.data.items.length === 0 ? (
            <p>{t('news.none')}</p>
          ) : (
            <ul className="project-news-list">
              {news.data.items.map((item) => (
                <NewsEntry key={item.id} item={item} projectId={projectId} countries={countries} />
              ))}
            </ul>
          )}
          {news.data.invalid.length > 0 ? (
            <p className="muted">
              {t('news.invalid', {
                count: news.data.invalid.length,
                ids: news.data.invalid.join(', '),
              })}
            </p>
          ) : null}
        </>
      ) : news.isError ? (
        <ErrorPanel
          title={t('news.failed')}
          error={news.error}
          onRetry={() => void news.refetch()}
        />
      ) : (
        <p role="status">{t('news.loading')}</p>
      )}
    </section>
  );
}

function NewsEntry({
  item,
  projectId,
  countries,
}: {
  item: NewsItem;
  projectId: string;
  countries: readonly string[];
}) {
  const { t } = useT('project');
  const lang = useLanguage();
  // Says why an item is here: it is about this project, or only about one of its countries.
  const shared = item.countries.filter((code) => countries.includes(code));
  const why = item.projectIds.includes(projectId)
    ? t('news.aboutProject')
    : t('news.aboutCountries', {
        countries: shared.map((code) => countryName(code, lang)).join(', '),
      });
  return (
    <li>
      <article className="project-news-item">
        <h3>{item.title}</h3>
        <p className="project-news-meta">
          <time dateTime={item.date}>{formatPartialDate(item.date, lang)}</time>
          <span aria-hidden="true"> · </span>
          <span>{why}</span>
        </p>
        {item.summary ? <p>{item.summary}</p> : null}
      </article>
    </li>
  );
}
