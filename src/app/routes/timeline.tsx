import { TimelineScreen } from '@/features/timeline/components/timeline-screen';

export default function TimelineRoute() {
  return <TimelineScreen />;
}
