import { memo, type MouseEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { DataIssues } from '@/components/portfolio/data-issues';
import { ImportedPortfolioBadge } from '@/components/portfolio/imported-portfolio-badge';
import { followedLink, linkPath } from '@/lib/link-click';
import { CopyLink } from './copy-link';
import { LanguageControl } from './language-control';
import { useT } from '@/hooks/i18n';

const NAV_ITEMS = [
  { to: '/', key: 'overview', end: true },
  { to: '/projects', key: 'projects', end: false },
  { to: '/timeline', key: 'timeline', end: false },
  { to: '/budget', key: 'budget', end: false },
  { to: '/map', key: 'map', end: false },
  { to: '/import', key: 'import', end: false },
] as const;

/** Whether a navigation item names the screen at `pathname` (its own path or one below it). */
const isActive = (item: (typeof NAV_ITEMS)[number], pathname: string) =>
  pathname === item.to || (!item.end && pathname.startsWith(`${item.to}/`));

/** Title, main navigation (keeping the filters in the query string), the imported portfolio if any, and the Language control. */
export function SiteHeader() {
  const { t } = useT();
  const { pathname, search } = useLocation();
  return (
    <header className="site-header">
      <div className="brand">
        <span className="brand-org">{t('app.organisation')}</span>
        <span className="brand-title">{t('app.title')}</span>
      </div>
      <NavLinks pathname={pathname} search={search} label={t('nav.label')} />
      <HeaderTools />
    </header>
  );
}

interface NavLinksProps {
  pathname: string;
  search: string;
  label: string;
}

/**
 * The screens' links. Every filter click changes the query string they keep, so they are plain
 * links followed in the app by one click handler (src/lib/link-click.ts): no router subscription
 * per link. The current screen's link is marked as NavLink marks it (`active`, aria-current).
 */
const NavLinks = memo(function NavLinks({ pathname, search, label }: NavLinksProps) {
  const { t } = useT();
  const navigate = useNavigate();
  const follow = (event: MouseEvent<HTMLElement>) => {
    const link = followedLink(event);
    if (!link) return;
    event.preventDefault();
    const to = linkPath(link);
    // As a router link does: following the link of the address already shown replaces it.
    void navigate(to, { replace: to === `${pathname}${search}` });
  };
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- the links inside take the keyboard's Enter as a click
    <nav aria-label={label} onClick={follow}>
      <ul>
        {NAV_ITEMS.map((item) => {
          const active = isActive(item, pathname);
          return (
            <li key={item.key}>
              <a
                href={`${item.to}${search}`}
                className={active ? 'active' : undefined}
                aria-current={active ? 'page' : undefined}
              >
                {t(`nav.${item.key}`)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
});

/** The header's tools; those that follow the address (copy link, language) read it themselves. */
const HeaderTools = memo(function HeaderTools() {
  return (
    <div className="header-tools">
      <ImportedPortfolioBadge />
      <DataIssues />
      <CopyLink />
      <LanguageControl />
    </div>
  );
});
