import { useParams } from 'react-router';
import { ProjectPage } from '@/features/project/components/project-page';

export default function ProjectRoute() {
  const { id = '' } = useParams();
  // Keyed by id so moving between projects starts each page afresh.
  return <ProjectPage key={id} id={id} />;
}
