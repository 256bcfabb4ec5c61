import { useT } from '@/hooks/i18n';
import { Link, useLocation } from 'react-router';
import { MapCard } from './map-card';
import '../i18n';

/** The link to the full map, keeping the filters: it follows the address by itself. */
function OpenMapLink() {
  const { t } = useT('map');
  const { search } = useLocation();
  return <Link to={{ pathname: '/map', search }}>{t('openMap')}</Link>;
}

/** One element for every render, so the card is not drawn again when only the address changed. */
const OPEN_MAP = <OpenMapLink />;

/**
 * The Overview's map of where the money goes: the same choropleth, table and filter clicks as
 * the map screen, with a link to it keeping the filters. Reads useExplore(), so it needs only
 * to sit inside the explore layout.
 */
export function CompactMap() {
  const { t } = useT('map');
  return <MapCard compact title={t('compactTitle')} more={OPEN_MAP} />;
}
