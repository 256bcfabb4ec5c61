import { useTranslation } from 'react-i18next';
import { ComingSoon } from '@/components/ui/coming-soon';

export default function ProjectsRoute() {
  const { t } = useTranslation();
  return <ComingSoon heading={t('nav.projects')} what={t('pending.projects')} />;
}
