import { useEffect, useMemo } from 'react';
import { matchPath, useLocation } from 'react-router';
import { activeFilterLabels } from '@/components/filters/filter-chips';
import { isLanguage } from '@/domain/codes/languages';
import { parseViewQuery } from '@/domain/url-state';
import { RESERVED_PARAMS } from '@/lib/mock-settings';
import { useT } from '@/hooks/i18n';
import { useAfterAddressWrites } from '../address-writes';

/** Filters named in the tab title before the rest are counted: a tab shows little text. */
const NAMED_FILTERS = 3;

const SCREENS: Record<string, string> = {
  '/': 'nav.overview',
  '/projects': 'nav.projects',
  '/timeline': 'nav.timeline',
  '/budget': 'nav.budget',
  '/map': 'nav.map',
  '/import': 'nav.import',
};

/**
 * Keeps `document.title` naming the screen and the active filters in the interface language,
 * so a tab, a bookmark and the history list say what the view is (and a screen reader announces
 * it on navigation). Set once the address it names is in the browser's history (written after the
 * paint), so that each history entry keeps its own view's title.
 */
export function DocumentTitle() {
  const { t, i18n } = useT();
  const { pathname, search } = useLocation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'en';
  const title = useMemo(() => {
    const project = matchPath('/projects/:id', pathname);
    const screenKey = SCREENS[pathname];
    const screen = project
      ? t('title.project', { id: project.params.id })
      : screenKey
        ? t(screenKey)
        : t('notFound.title');
    const filters =
      project || pathname === '/import' || !screenKey
        ? []
        : activeFilterLabels(
            parseViewQuery(new URLSearchParams(search).toString(), RESERVED_PARAMS).filters,
            lang,
            t,
          );
    const named = filters.slice(0, NAMED_FILTERS).map((f) => t('title.filter', f));
    if (filters.length > NAMED_FILTERS)
      named.push(t('title.more', { count: filters.length - NAMED_FILTERS }));
    return named.length > 0
      ? t('title.filtered', { screen, filters: named.join(', '), app: t('app.title') })
      : t('title.screen', { screen, app: t('app.title') });
  }, [pathname, search, lang, t]);
  const afterAddressWrites = useAfterAddressWrites();
  useEffect(() => {
    afterAddressWrites(() => {
      document.title = title;
    });
  }, [title, afterAddressWrites]);
  return null;
}
