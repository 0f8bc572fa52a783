import { List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { DataSourceLink } from '../../../ui/DataSourceLink';

export const DataSourceAuthority_source = graphql(`
  fragment DataSourceAuthority_source on DataSource {
    kind
    profile {
      authoritativeSource {
        id
        name
      }
      copies {
        id
        name
      }
    }
  }
`);

/** Whether the source is authoritative or a copy, linked to what it copies and to its copies. */
export function DataSourceAuthority({
  source: ref,
}: {
  source: FragmentType<typeof DataSourceAuthority_source>;
}) {
  const source = getFragmentData(DataSourceAuthority_source, ref);
  const { t } = useTranslation('dataSources');
  const { authoritativeSource, copies } = source.profile;
  const isCopy = source.kind === 'COPY_REGISTER';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="data-source-authority">
      <Title order={2} size="h4" id="data-source-authority" mb="xs">
        {t('profile.authorityTitle')}
      </Title>
      <Text fw={600}>{isCopy ? t('profile.isCopy') : t('profile.isAuthoritative')}</Text>
      {isCopy && (
        <Text size="sm" mt="xs">
          {authoritativeSource ? (
            <>
              {t('profile.copies')}{' '}
              <DataSourceLink id={authoritativeSource.id}>{authoritativeSource.name}</DataSourceLink>
            </>
          ) : (
            t('profile.noAuthoritativeSource')
          )}
        </Text>
      )}
      {copies.length > 0 && (
        <>
          <Text size="sm" mt="xs">
            {t('profile.copiedBy')}
          </Text>
          <List size="sm" spacing={2}>
            {copies.map((c) => (
              <List.Item key={c.id}>
                <DataSourceLink id={c.id}>{c.name}</DataSourceLink>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Paper>
  );
}
