import { ExploreScreen } from '@/app/layout/explore-screen';
import { ProjectsScreen } from '@/features/explorer/components/projects-screen';

export default function ProjectsRoute() {
  return (
    <ExploreScreen>
      <ProjectsScreen />
    </ExploreScreen>
  );
}
