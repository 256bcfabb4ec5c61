import { useT } from '@/hooks/i18n';
import { MapCard } from './map-card';
import '../i18n';

/** The map screen: where the money goes, by benefiting state. */
export function MapScreen() {
  const { t } = useT('map');
  return (
    <div className="map-screen">
      <h1>{t('heading')}</h1>
      <p className="map-intro muted">{t('intro')}</p>
      <MapCard />
    </div>
  );
}
