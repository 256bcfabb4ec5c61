import { useTranslation } from 'react-i18next';
import { ComingSoon } from '@/components/ui/coming-soon';

export default function MapRoute() {
  const { t } = useTranslation();
  return <ComingSoon heading={t('nav.map')} what={t('pending.map')} />;
}
