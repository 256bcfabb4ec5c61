import { CompactMap } from '@/features/map/components/compact-map';
import { OverviewScreen } from '@/features/overview/components/overview-screen';

export default function OverviewRoute() {
  return <OverviewScreen mapSlot={<CompactMap />} />;
}
