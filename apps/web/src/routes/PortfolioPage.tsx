import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NewProjectButton } from '../features/projects/components/NewProjectButton';
import { PortfolioOverview } from '../features/portfolio/components/PortfolioOverview';
import { ResourceHeatmap } from '../features/resources/components/ResourceHeatmap';
import { PageHeader } from '../ui/PageHeader';

export function PortfolioPage() {
  const { t } = useTranslation('portfolio');
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Group gap="xs">
            <NewProjectButton />
            <Button component={Link} to="/portefolje/moede" variant="default">
              {t('agenda.open')}
            </Button>
            <Button component={Link} to="/portefolje/programmer" variant="default">
              {t('programmes.open')}
            </Button>
            <Button component={Link} to="/portefolje/synergi" variant="default">
              {t('synergy.open')}
            </Button>
            <Button component={Link} to="/portefolje/prioriteringsmodel" variant="default">
              {t('prioritisation.open')}
            </Button>
          </Group>
        }
      />
      <PortfolioOverview resources={<ResourceHeatmap />} />
    </>
  );
}
