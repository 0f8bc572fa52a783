import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useFormatters } from '../../../ui/useFormatters';
import { FactList } from './DataSourceFacts';

export const DataSourceCost_source = graphql(`
  fragment DataSourceCost_source on DataSource {
    costModel
    profile {
      yearlyCost
      copyYearlyCost
      exit {
        totalYearlySaving
        totalSwitchingCost
      }
    }
  }
`);

/** What the source costs the organisation a year, how much of it buys copies, and what leaving them saves. */
export function DataSourceCost({ source: ref }: { source: FragmentType<typeof DataSourceCost_source> }) {
  const source = getFragmentData(DataSourceCost_source, ref);
  const { t } = useTranslation(['dataSources', 'common']);
  const { formatKr } = useFormatters();
  const { profile } = source;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="data-source-cost">
      <Title order={2} size="h4" id="data-source-cost" mb="xs">
        {t('profile.costTitle')}
      </Title>
      <FactList
        facts={[
          [t('profile.yearlyCost'), formatKr(profile.yearlyCost)],
          [t('profile.copyYearlyCost'), formatKr(profile.copyYearlyCost)],
          [t('profile.possibleSaving'), formatKr(profile.exit.totalYearlySaving)],
          [t('profile.switchingCost'), formatKr(profile.exit.totalSwitchingCost)],
          [t('form.costModel'), source.costModel || t('common:notSet')],
        ]}
      />
    </Paper>
  );
}
