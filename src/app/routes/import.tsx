import { useTranslation } from 'react-i18next';
import { ComingSoon } from '@/components/ui/coming-soon';

export default function ImportRoute() {
  const { t } = useTranslation();
  return <ComingSoon heading={t('nav.import')} what={t('pending.import')} />;
}
