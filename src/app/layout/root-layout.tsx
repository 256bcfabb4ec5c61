import { memo, Suspense, useEffect, type ReactNode } from 'react';
import { Outlet, useMatches, useNavigation } from 'react-router';
import { markFirstViewShownAfterPaint } from '@/lib/first-view';
import { StorageNotice } from '@/components/portfolio/storage-notice';
import { AddressNotice } from './address-notice';
import { DocumentTitle } from './document-title';
import { useLanguageSync } from './language-control';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { useT } from '@/hooks/i18n';

/**
 * The frame of every screen: skip link, header, the routed screen, footer. The router renders its
 * route element anew on every address change (a filter click); memoised and reading no address,
 * the frame is not drawn again for it: only the parts that read the address (title, header links,
 * the address notice, the busy state, the screen) are.
 */
export const RootLayout = memo(function RootLayout() {
  const { t } = useT();
  return (
    <div className="app">
      <LanguageSync />
      <DocumentTitle />
      <FirstViewOutsideExplore />
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <SiteHeader />
      <Main>
        <StorageNotice />
        <AddressNotice />
        <Suspense fallback={<p role="status">{t('loading.page')}</p>}>
          <Outlet />
        </Suspense>
      </Main>
      <SiteFooter />
    </div>
  );
});

/** The screen's landmark, busy while the router loads the next screen. */
function Main({ children }: { children: ReactNode }) {
  const navigation = useNavigation();
  return (
    <main id="main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
      {children}
    </main>
  );
}

function LanguageSync() {
  useLanguageSync();
  return null;
}

/**
 * A screen outside the explore layout (a project's page, the Import screen, not found) has no
 * first view to wait for: the page's first view is marked shown once it is painted (the explore
 * layout marks its own, see ExploreOutlet).
 */
function FirstViewOutsideExplore() {
  const explore = useMatches().some((match) => match.id === 'explore');
  useEffect(() => (explore ? undefined : markFirstViewShownAfterPaint()), [explore]);
  return null;
}
