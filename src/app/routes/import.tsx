import { ImportScreen } from '@/features/import/components/import-screen';

export default function ImportRoute() {
  return <ImportScreen />;
}
