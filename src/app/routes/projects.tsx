import { ProjectsScreen } from '@/features/explorer/components/projects-screen';

export default function ProjectsRoute() {
  return <ProjectsScreen />;
}
