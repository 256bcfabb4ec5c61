import { ExploreScreen } from '@/app/layout/explore-screen';
import { OverviewScreen } from '@/features/overview/components/overview-screen';

export default function OverviewRoute() {
  return (
    <ExploreScreen>
      <OverviewScreen />
    </ExploreScreen>
  );
}
