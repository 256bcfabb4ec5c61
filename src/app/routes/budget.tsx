import { useTranslation } from 'react-i18next';
import { ComingSoon } from '@/components/ui/coming-soon';

export default function BudgetRoute() {
  const { t } = useTranslation();
  return <ComingSoon heading={t('nav.budget')} what={t('pending.budget')} />;
}
