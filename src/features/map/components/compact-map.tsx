import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { MapCard } from './map-card';
import '../i18n';

/**
 * The Overview's map of where the money goes: the same choropleth, table and filter clicks as
 * the map screen, with a link to it keeping the filters. Reads useExplore(), so it needs only
 * to sit inside the explore layout.
 */
export function CompactMap() {
  const { t } = useTranslation('map');
  const { search } = useLocation();
  return (
    <MapCard
      compact
      title={t('compactTitle')}
      more={<Link to={{ pathname: '/map', search }}>{t('openMap')}</Link>}
    />
  );
}
