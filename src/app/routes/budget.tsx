import { BudgetScreen } from '@/features/budget/components/budget-screen';

export default function BudgetRoute() {
  return <BudgetScreen />;
}
