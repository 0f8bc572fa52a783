import { useTranslation } from 'react-i18next';
import { BenefitDashboard } from '../features/benefits/components/BenefitDashboard';
import { PageHeader } from '../ui/PageHeader';

export function BenefitsPage() {
  const { t } = useTranslation('benefits');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <BenefitDashboard />
    </>
  );
}
