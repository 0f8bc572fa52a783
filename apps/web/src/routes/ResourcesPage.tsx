import { useTranslation } from 'react-i18next';
import { ResourcesOverview } from '../features/resources/components/ResourcesOverview';
import { PageHeader } from '../ui/PageHeader';

export function ResourcesPage() {
  const { t } = useTranslation('resources');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <ResourcesOverview />
    </>
  );
}
