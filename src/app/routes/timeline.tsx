import { useTranslation } from 'react-i18next';
import { ComingSoon } from '@/components/ui/coming-soon';

export default function TimelineRoute() {
  const { t } = useTranslation();
  return <ComingSoon heading={t('nav.timeline')} what={t('pending.timeline')} />;
}
