import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SynergyOverview } from '../features/portfolio/components/SynergyOverview';
import { PageHeader } from '../ui/PageHeader';

export function SynergyPage() {
  const { t } = useTranslation('portfolio');
  return (
    <>
      <Anchor component={Link} to="/portefolje" size="sm">
        {t('synergy.back')}
      </Anchor>
      <PageHeader title={t('synergy.title')} description={t('synergy.description')} />
      <SynergyOverview />
    </>
  );
}
