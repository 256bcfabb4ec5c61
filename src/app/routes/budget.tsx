import { ExploreScreen } from '@/app/layout/explore-screen';
import { BudgetScreen } from '@/features/budget/components/budget-screen';

export default function BudgetRoute() {
  return (
    <ExploreScreen>
      <BudgetScreen />
    </ExploreScreen>
  );
}
