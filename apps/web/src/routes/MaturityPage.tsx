import { useTranslation } from 'react-i18next';
import { MaturityOverview } from '../features/maturity/components/MaturityOverview';
import { PageHeader } from '../ui/PageHeader';

export function MaturityPage() {
  const { t } = useTranslation('maturity');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <MaturityOverview />
    </>
  );
}
