import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type MouseEvent } from 'react';
import { useT } from '@/hooks/i18n';
import { Link } from 'react-router';
import type { Language } from '@/domain/codes';
import { fieldLabel } from '@/domain/project-fields';
import { useEngineClient } from '@/hooks/portfolio/explore-context';
import { useProjectsAt } from '@/hooks/portfolio/use-projects-at';
import { useListReturn } from '../hooks/use-list-return';
import { cellText, projectPath } from '../lib/table-columns';

/** A card's height before it is measured (a title on two lines). */
const CARD_ESTIMATE = 132;
const OVERSCAN = 4;

interface ProjectCardsProps {
  /** Indices into the portfolio in display order (the engine's `view.rows`). */
  rows: Uint32Array;
  lang: Language;
  /** The current query string, kept on project links so Back restores the view. */
  search: string;
  pending: boolean;
}

/**
 * The filtered projects on a phone: one card each with the title (the link to its page), status,
 * budget and period, in the table's order. Virtualised like the table; the list says how many
 * items it has, each card its position.
 */
export function ProjectCards({ rows, lang, search, pending }: ProjectCardsProps) {
  const { t } = useT('explorer');
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_ESTIMATE,
    overscan: OVERSCAN,
  });
  const noteOpened = useListReturn(scrollRef, rows.length, search);
  const items = virtualizer.getVirtualItems();
  // The projects of the rows drawn: from the portfolio, or asked of the engine's Worker.
  const projectAt = useProjectsAt(
    useEngineClient(),
    rows,
    items[0]?.index ?? 0,
    (items.at(-1)?.index ?? -1) + 1,
  );
  const onClick = (event: MouseEvent<HTMLUListElement>) => {
    const id = (event.target as Element).closest<HTMLElement>('[data-id]')?.dataset.id;
    if (id && (event.target as Element).closest('a')) noteOpened(id);
  };
  return (
    <div className="explorer-table-scroll explorer-cards-scroll" ref={scrollRef}>
      {/* Clicks are only noted here; the keyboard and the pointer both open a card by its link. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
      <ul
        className="explorer-cards"
        aria-label={t('tableLabel')}
        aria-busy={pending || undefined}
        style={{ height: virtualizer.getTotalSize() }}
        onClick={onClick}
      >
        {items.map((item) => {
          const project = projectAt(rows[item.index] ?? -1);
          if (!project) return null;
          return (
            <li
              key={project.id}
              data-id={project.id}
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              className="explorer-card"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <Link
                to={{ pathname: projectPath(project.id), search }}
                className="explorer-card-title"
              >
                {project.title}
              </Link>
              <dl className="explorer-card-facts">
                <div>
                  <dt>{fieldLabel('status', lang)}</dt>
                  <dd>
                    <span className={`explorer-status explorer-status-${project.status}`}>
                      <span className="explorer-status-dot" aria-hidden="true" />
                      {cellText(project, 'status', lang)}
                    </span>
                  </dd>
                </div>
                <div>
                  <dt>{fieldLabel('budgetUsd', lang)}</dt>
                  <dd>{cellText(project, 'budgetUsd', lang)}</dd>
                </div>
                <div>
                  <dt>{t('cards.period')}</dt>
                  <dd>
                    {t('cards.periodValue', {
                      from: cellText(project, 'startDate', lang),
                      to: project.endDate ? cellText(project, 'endDate', lang) : t('noEndDate'),
                    })}
                  </dd>
                </div>
                <div>
                  <dt>{fieldLabel('id', lang)}</dt>
                  <dd>{project.id}</dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
