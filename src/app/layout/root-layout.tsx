import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigation } from 'react-router';
import { StorageNotice } from '@/components/portfolio/storage-notice';
import { AddressNotice } from './address-notice';
import { DocumentTitle } from './document-title';
import { useLanguageSync } from './language-control';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The frame of every screen: skip link, header, the routed screen, footer. */
export function RootLayout() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  useLanguageSync();
  return (
    <div className="app">
      <DocumentTitle />
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <StorageNotice />
        <AddressNotice />
        <Suspense fallback={<p role="status">{t('loading.page')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
    </div>
  );
}
