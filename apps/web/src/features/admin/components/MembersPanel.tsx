import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../ui/QueryState';
import { AdminMembersDocument } from '../graphql/admin.documents';
import { sortRoles } from '../roles';
import { HandOverDialog, type Person } from './HandOverDialog';
import { InviteMemberForm } from './InviteMemberForm';
import { MemberRolesEditor } from './MemberRolesEditor';
import { MemberStatusAction } from './MemberStatusAction';
import { MemberUnitSelect } from './MemberUnitSelect';
import { ScrollTable } from '../../../ui/ScrollTable';

export interface MembersPanelProps {
  organisationName: string;
  canEdit: boolean;
}

const STATUS_COLOUR = { ACTIVE: 'green', INVITED: 'blue', DEACTIVATED: 'gray' } as const;

/**
 * The organisation's members, their roles and status; administrators change roles, invite, deactivate
 * and hand over a member's responsibilities.
 */
export function MembersPanel({ organisationName, canEdit }: MembersPanelProps) {
  const { t, i18n } = useTranslation('admin');
  const { data, loading, error, refetch } = useQuery(AdminMembersDocument);
  const members = [...(data?.members ?? [])].sort((a, b) =>
    a.user.name.localeCompare(b.user.name, i18n.resolvedLanguage),
  );
  const reload = () => void refetch();
  const [handingOver, setHandingOver] = useState<Person | null>(null);

  return (
    <Stack gap="xl">
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={reload}
        empty={members.length === 0}
        loadingLabel={t('members.loading')}
        emptyText={t('members.empty')}
      >
        <ScrollTable
          label={t('members.caption', { organisation: organisationName })}
          minWidth={820}
          exportName={t('members.caption', { organisation: organisationName })}
        >
          <Table striped verticalSpacing="sm" captionSide="top">
            <Table.Caption>{t('members.caption', { organisation: organisationName })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('members.name')}</Table.Th>
                <Table.Th scope="col">{t('members.email')}</Table.Th>
                <Table.Th scope="col">{t('members.roles')}</Table.Th>
                <Table.Th scope="col">{t('members.unit')}</Table.Th>
                <Table.Th scope="col">{t('members.status')}</Table.Th>
                {canEdit && (
                  <Table.Th scope="col" data-export="skip">
                    {t('members.actions')}
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Th scope="row" fw={500}>
                    {member.user.name}
                  </Table.Th>
                  <Table.Td>{member.user.email}</Table.Td>
                  <Table.Td>
                    {canEdit ? (
                      <MemberRolesEditor member={member} onReload={reload} />
                    ) : (
                      <Text size="sm">
                        {sortRoles(member.roles)
                          .map((role) => t(`roles.${role}`))
                          .join(', ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {canEdit ? (
                      <MemberUnitSelect member={member} />
                    ) : (
                      <Text size="sm">{member.unit?.name ?? '–'}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLOUR[member.status]}>
                      {t(`members.statusValue.${member.status}`)}
                    </Badge>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <MemberStatusAction member={member} />
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={t('handOver.openFor', { name: member.user.name })}
                          onClick={() => setHandingOver(member.user)}
                        >
                          {t('handOver.open')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </QueryState>
      {canEdit && <InviteMemberForm />}
      {handingOver && (
        <HandOverDialog
          from={handingOver}
          colleagues={members.map((m) => m.user).filter((u) => u.id !== handingOver.id)}
          onClose={() => setHandingOver(null)}
        />
      )}
    </Stack>
  );
}
