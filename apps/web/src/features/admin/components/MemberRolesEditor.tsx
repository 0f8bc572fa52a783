import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { apiErrorCode, apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { SetMemberRolesDocument } from '../graphql/admin.documents';
import { useRoleOptions } from '../hooks/useRoleOptions';
import { sortRoles } from '../roles';

export const MemberRolesEditor_member = graphql(`
  fragment MemberRolesEditor_member on Member {
    id
    version
    roles
    user {
      id
      name
    }
  }
`);

export interface MemberRolesEditorProps {
  member: FragmentType<typeof MemberRolesEditor_member>;
  /** Loads the members again, e.g. after someone else changed this one. */
  onReload: () => void;
}

/** Changes one member's roles; the loaded version goes along, so a stale edit is refused. */
export function MemberRolesEditor({ member: ref, onReload }: MemberRolesEditorProps) {
  const member = getFragmentData(MemberRolesEditor_member, ref);
  const { t } = useTranslation('admin');
  const describeError = useErrorMessage();
  const options = useRoleOptions();
  const [roles, setRoles] = useState<Role[]>(() => sortRoles(member.roles));
  const [saved, setSaved] = useState(false);
  // When a newer version arrives (our save, or a reload after someone else's), start from it.
  const [loadedVersion, setLoadedVersion] = useState(member.version);
  if (loadedVersion !== member.version) {
    setLoadedVersion(member.version);
    setRoles(sortRoles(member.roles));
  }
  // The member comes back with this editor's fragment, so the cache carries the new roles and version.
  const [save, { loading, error, reset }] = useMutation(SetMemberRolesDocument);
  const name = member.user.name;
  const changed = roles.join() !== sortRoles(member.roles).join();
  const stale = apiErrorCode(error) === 'STALE_VERSION';
  const fieldError = apiFieldErrors(error).roles;

  const submit = async () => {
    setSaved(false);
    const result = await save({ variables: { id: member.id, version: member.version, roles } }).catch(
      () => null,
    );
    if (result?.data) setSaved(true);
  };

  const reload = () => {
    reset();
    onReload();
  };

  return (
    <Stack gap={6}>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <MultiSelect
          aria-label={t('members.rolesFor', { name })}
          data={options}
          value={roles}
          onChange={(value) => {
            setSaved(false);
            setRoles(sortRoles(value));
          }}
          error={fieldError}
          miw={260}
          maw={420}
          style={{ flex: 1 }}
        />
        <Button
          variant="light"
          onClick={() => void submit()}
          loading={loading}
          disabled={!changed}
          aria-label={t('members.saveRolesFor', { name })}
        >
          {t('members.saveRoles')}
        </Button>
      </Group>
      {stale && (
        <Alert color="orange" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('members.stale', { name })}</Text>
            <Button size="xs" variant="outline" color="orange" onClick={reload}>
              {t('members.reload')}
            </Button>
          </Stack>
        </Alert>
      )}
      {error && !stale && !fieldError && (
        <Alert color="red" role="alert">
          {describeError(error)}
        </Alert>
      )}
      {saved && !changed && (
        <Text size="sm" c="green.9" role="status">
          {t('members.rolesSaved', { name })}
        </Text>
      )}
    </Stack>
  );
}
