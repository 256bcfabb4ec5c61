import { ExploreScreen } from '@/app/layout/explore-screen';
import { MapScreen } from '@/features/map/components/map-screen';

export default function MapRoute() {
  return (
    <ExploreScreen>
      <MapScreen />
    </ExploreScreen>
  );
}
