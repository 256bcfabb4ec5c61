import { MapScreen } from '@/features/map/components/map-screen';

export default function MapRoute() {
  return <MapScreen />;
}
