import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  PasswordInput,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../gql/graphql';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { AddMemberDocument, AdminMembersDocument } from '../graphql/admin.documents';
import { useRoleOptions } from '../hooks/useRoleOptions';
import { sortRoles } from '../roles';

const EMPTY = { email: '', name: '', initialPassword: '' };

/** Adds a user to the organisation; the API creates the account when the e-mail is new. */
export function AddMemberForm() {
  const { t } = useTranslation(['admin', 'auth']);
  const describeError = useErrorMessage();
  const options = useRoleOptions();
  const titleId = useId();
  const [values, setValues] = useState(EMPTY);
  const [roles, setRoles] = useState<Role[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  // A new member adds a row to the members table.
  const [addMember, { loading, error }] = useMutation(AddMemberDocument, {
    refetchQueries: [AdminMembersDocument],
    awaitRefetchQueries: true,
  });
  const fieldErrors = apiFieldErrors(error);
  const field = (key: keyof typeof EMPTY) => ({
    value: values[key],
    error: fieldErrors[key],
    onChange: (e: { currentTarget: { value: string } }) =>
      setValues({ ...values, [key]: e.currentTarget.value }),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const { initialPassword, ...rest } = values;
    // An existing user keeps their password, so an empty field is left out rather than sent.
    const input = { ...rest, roles, ...(initialPassword ? { initialPassword } : {}) };
    const result = await addMember({ variables: { input } }).catch(() => null);
    const member = result?.data?.addMember;
    if (!member) return;
    setAdded(member.user.name);
    setValues(EMPTY);
    setRoles([]);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId}>
        {t('members.addTitle')}
      </Title>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={760}>
          <TextInput
            label={t('members.email')}
            type="email"
            autoComplete="off"
            required
            {...field('email')}
          />
          <TextInput label={t('members.name')} autoComplete="off" required {...field('name')} />
          <MultiSelect
            label={t('members.roles')}
            placeholder={roles.length ? undefined : t('members.rolesPlaceholder')}
            data={options}
            value={roles}
            onChange={(value) => setRoles(sortRoles(value))}
            error={fieldErrors.roles}
            required
          />
          <PasswordInput
            label={t('members.initialPassword')}
            description={t('members.initialPasswordHelp')}
            autoComplete="new-password"
            visibilityToggleButtonProps={{ 'aria-label': t('auth:showPassword') }}
            {...field('initialPassword')}
          />
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit" loading={loading}>
            {t('members.addSubmit')}
          </Button>
        </Group>
      </form>
      {error && !Object.keys(fieldErrors).length && (
        <Alert color="red" role="alert">
          {describeError(error)}
        </Alert>
      )}
      {added && (
        <Alert color="green" role="status">
          {t('members.added', { name: added })}
        </Alert>
      )}
    </Stack>
  );
}
