import { useMutation } from '@apollo/client/react';
import { checkRules, inviteMemberSchema } from '@overblik/domain';
import { Alert, Button, Code, Group, MultiSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteMemberMutation, Role } from '../../../gql/graphql';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { AdminMembersDocument, InviteMemberDocument } from '../graphql/admin.documents';
import { useRoleOptions } from '../hooks/useRoleOptions';
import { sortRoles } from '../roles';

const EMPTY = { email: '', name: '' };

/**
 * Invites a person by e-mail. The API mails the single-use link through SMTP; without SMTP it
 * returns the link, shown here to copy and pass on.
 */
export function InviteMemberForm() {
  const { t } = useTranslation('admin');
  const describeError = useErrorMessage();
  const options = useRoleOptions();
  const rules = useRuleErrors();
  const titleId = useId();
  const [values, setValues] = useState(EMPTY);
  const [roles, setRoles] = useState<Role[]>([]);
  const [invited, setInvited] = useState<InviteMemberMutation['inviteMember'] | null>(null);
  const [invite, { loading, error }] = useMutation(InviteMemberDocument, {
    refetchQueries: [AdminMembersDocument],
    awaitRefetchQueries: true,
  });
  const apiErrors = apiFieldErrors(error);
  const fieldError = (key: 'email' | 'name' | 'roles') => rules.message(key) ?? apiErrors[key];
  const field = (key: keyof typeof EMPTY) => ({
    value: values[key],
    error: fieldError(key),
    onChange: (e: { currentTarget: { value: string } }) =>
      setValues({ ...values, [key]: e.currentTarget.value }),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setInvited(null);
    const input = { email: values.email.trim(), name: values.name, roles };
    if (!rules.passes(checkRules(inviteMemberSchema, input))) return;
    const result = await invite({ variables: { input } }).catch(() => null);
    if (!result?.data) return;
    setInvited(result.data.inviteMember);
    setValues(EMPTY);
    setRoles([]);
  };

  const name = invited?.member.user.name ?? '';
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId}>
        {t('members.inviteTitle')}
      </Title>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" maw={960}>
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
            error={fieldError('roles')}
            required
          />
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit" loading={loading}>
            {t('members.inviteSubmit')}
          </Button>
        </Group>
      </form>
      {error && !Object.keys(apiErrors).length && (
        <Alert color="red" role="alert">
          {describeError(error)}
        </Alert>
      )}
      {invited && (
        <Alert color="green" role="status">
          {invited.inviteLink ? (
            <Stack gap={4}>
              {t('members.invitedLink', { name })}
              <Code block aria-label={t('members.inviteLinkLabel')}>
                {invited.inviteLink}
              </Code>
            </Stack>
          ) : (
            t('members.invitedEmailed', { name })
          )}
        </Alert>
      )}
    </Stack>
  );
}
