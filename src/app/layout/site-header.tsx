import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { DataIssues } from '@/components/portfolio/data-issues';
import { ImportedPortfolioBadge } from '@/components/portfolio/imported-portfolio-badge';
import { CopyLink } from './copy-link';
import { LanguageControl } from './language-control';

const NAV_ITEMS = [
  { to: '/', key: 'overview', end: true },
  { to: '/projects', key: 'projects', end: false },
  { to: '/timeline', key: 'timeline', end: false },
  { to: '/budget', key: 'budget', end: false },
  { to: '/map', key: 'map', end: false },
  { to: '/import', key: 'import', end: false },
] as const;

/** Title, main navigation (keeping the filters in the query string), the imported portfolio if any, and the Language control. */
export function SiteHeader() {
  const { t } = useTranslation();
  const { search } = useLocation();
  return (
    <header className="site-header">
      <div className="brand">
        <span className="brand-org">{t('app.organisation')}</span>
        <span className="brand-title">{t('app.title')}</span>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.key}>
              <NavLink to={{ pathname: item.to, search }} end={item.end}>
                {t(`nav.${item.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-tools">
        <ImportedPortfolioBadge />
        <DataIssues />
        <CopyLink />
        <LanguageControl />
      </div>
    </header>
  );
}
