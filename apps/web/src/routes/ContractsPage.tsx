import { useTranslation } from 'react-i18next';
import { ContractsOverview } from '../features/contracts/components/ContractsOverview';
import { PageHeader } from '../ui/PageHeader';

export function ContractsPage() {
  const { t } = useTranslation('contracts');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <ContractsOverview />
    </>
  );
}
