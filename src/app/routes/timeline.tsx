import { ExploreScreen } from '@/app/layout/explore-screen';
import { TimelineScreen } from '@/features/timeline/components/timeline-screen';

export default function TimelineRoute() {
  return (
    <ExploreScreen>
      <TimelineScreen />
    </ExploreScreen>
  );
}
