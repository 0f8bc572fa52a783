import { useQuery } from '@apollo/client/react';
import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../../../gql';
import type { ShareScope } from '../../../gql/graphql';
import { QueryState } from '../../../ui/QueryState';
import { AdminCollaborationsDocument } from '../graphql/admin.documents';
import { ScrollTable } from '../../../ui/ScrollTable';

export const CollaborationsPanel_collaboration = graphql(`
  fragment CollaborationsPanel_collaboration on Collaboration {
    id
    name
    purpose
    members {
      shares
      organisation {
        id
        name
      }
    }
  }
`);

/** Scopes in the order a reader thinks of them (the API's enum is alphabetical). */
const SCOPE_ORDER: readonly ShareScope[] = [
  'SYSTEM_USAGES',
  'CONTRACTS',
  'CONTRACT_PRICES',
  'TENDER_PLANS',
  'PROJECTS',
  'BENEFITS',
  'PEOPLE',
];

/** The collaborations the organisation is part of, and what each member organisation shares. */
export function CollaborationsPanel() {
  const { t } = useTranslation('admin');
  const { data, loading, error, refetch } = useQuery(AdminCollaborationsDocument);
  const collaborations = getFragmentData(CollaborationsPanel_collaboration, data?.collaborations ?? []);

  return (
    <QueryState
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={collaborations.length === 0}
      loadingLabel={t('collaborations.loading')}
      emptyText={t('collaborations.empty')}
    >
      <Stack gap="lg">
        {collaborations.map((collaboration) => (
          <Paper key={collaboration.id} withBorder p="md" component="section" aria-label={collaboration.name}>
            <Title order={2} size="h4">
              {collaboration.name}
            </Title>
            {collaboration.purpose && (
              <Text size="sm" c="dimmed" mt={4} maw={760}>
                {collaboration.purpose}
              </Text>
            )}
            <ScrollTable
              label={t('collaborations.caption', { name: collaboration.name })}
              minWidth={420}
              mt="sm"
              exportName={t('collaborations.caption', { name: collaboration.name })}
            >
              <Table verticalSpacing="sm" captionSide="top">
                <Table.Caption>{t('collaborations.caption', { name: collaboration.name })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('collaborations.organisation')}</Table.Th>
                    <Table.Th scope="col">{t('collaborations.shares')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {collaboration.members.map((member) => {
                    const shares = SCOPE_ORDER.filter((scope) => member.shares.includes(scope));
                    return (
                      <Table.Tr key={member.organisation.id}>
                        <Table.Th scope="row" fw={500}>
                          {member.organisation.name}
                        </Table.Th>
                        <Table.Td>
                          {shares.length ? (
                            <Group gap={6}>
                              {shares.map((scope) => (
                                <Badge key={scope} variant="outline" color="blue.9" tt="none">
                                  {t(`shareScopes.${scope}`)}
                                </Badge>
                              ))}
                            </Group>
                          ) : (
                            <Text span size="sm" c="dimmed">
                              {t('collaborations.sharesNothing')}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </Paper>
        ))}
      </Stack>
    </QueryState>
  );
}
