import { useTranslation } from 'react-i18next';
import { ComingSoon } from '@/components/ui/coming-soon';

export default function OverviewRoute() {
  const { t } = useTranslation();
  return <ComingSoon heading={t('nav.overview')} what={t('pending.overview')} />;
}
