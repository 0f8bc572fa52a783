import { useMutation, useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { MemberUnitOptionsDocument, SetMemberUnitDocument } from '../graphql/admin.documents';

export interface MemberUnitSelectProps {
  member: { id: string; version: number; unitId?: string | null; user: { name: string } };
}

/**
 * The unit a member works in (KITOS's default unit). With the organisation's unit setting on, a
 * system owner may edit the systems of this unit and its sub-units (ADR 0029).
 */
export function MemberUnitSelect({ member }: MemberUnitSelectProps) {
  const { t, i18n } = useTranslation('admin');
  const describeError = useErrorMessage();
  const { data } = useQuery(MemberUnitOptionsDocument);
  const [setUnit, { loading }] = useMutation(SetMemberUnitDocument);
  const options = [...(data?.units ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, i18n.resolvedLanguage))
    .map((u) => ({ value: u.id, label: u.name }));

  const change = async (unitId: string | null) => {
    try {
      await setUnit({ variables: { id: member.id, version: member.version, unitId } });
    } catch (error) {
      notifications.show({ color: 'red', message: describeError(error) });
    }
  };

  return (
    <Select
      size="xs"
      aria-label={t('members.unitFor', { name: member.user.name })}
      placeholder={t('members.noUnit')}
      data={options}
      value={member.unitId ?? null}
      clearable
      searchable
      disabled={loading}
      onChange={(value) => void change(value)}
      w={200}
    />
  );
}
