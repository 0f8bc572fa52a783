import { useMutation } from '@apollo/client/react';
import { checkRules, newOrganisationSchema, ORGANISATION_TYPES } from '@overblik/domain';
import { Alert, Button, Code, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateOrganisationMutation, OrganisationType } from '../../../gql/graphql';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { CreateOrganisationDocument } from '../graphql/admin.documents';

const EMPTY = { name: '', cvr: '', adminEmail: '' };

/**
 * Installation administrators create a further organisation and name its first administrator,
 * who gets a single-use link by e-mail (or shown here, without SMTP).
 */
export function CreateOrganisationForm() {
  const { t } = useTranslation('admin');
  const describeError = useErrorMessage();
  const rules = useRuleErrors();
  const titleId = useId();
  const [values, setValues] = useState(EMPTY);
  const [type, setType] = useState<OrganisationType>('MUNICIPALITY');
  const [created, setCreated] = useState<CreateOrganisationMutation['createOrganisation'] | null>(null);
  const [create, { loading, error }] = useMutation(CreateOrganisationDocument, {
    refetchQueries: ['InstallationOrganisations'],
  });
  const apiErrors = apiFieldErrors(error);
  const field = (key: keyof typeof EMPTY) => ({
    value: values[key],
    error: rules.message(key) ?? apiErrors[key],
    onChange: (e: { currentTarget: { value: string } }) =>
      setValues({ ...values, [key]: e.currentTarget.value }),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const input = { name: values.name, cvr: values.cvr.trim(), adminEmail: values.adminEmail.trim(), type };
    if (!rules.passes(checkRules(newOrganisationSchema, input))) return;
    const result = await create({ variables: { input } }).catch(() => null);
    if (!result?.data) return;
    setCreated(result.data.createOrganisation);
    setValues(EMPTY);
  };

  const name = created?.organisation.name ?? '';
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId}>
        {t('organisations.title')}
      </Title>
      <Text size="sm">{t('organisations.intro')}</Text>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={760}>
          <TextInput label={t('organisations.name')} required autoComplete="off" {...field('name')} />
          <TextInput
            label={t('organisations.cvr')}
            required
            inputMode="numeric"
            maxLength={8}
            autoComplete="off"
            {...field('cvr')}
          />
          <Select
            label={t('organisations.type')}
            required
            allowDeselect={false}
            data={ORGANISATION_TYPES.map((value) => ({
              value,
              label: t(`organisations.typeValue.${value}`),
            }))}
            value={type}
            onChange={(value) => value && setType(value)}
            error={rules.message('type') ?? apiErrors.type}
          />
          <TextInput
            label={t('organisations.adminEmail')}
            type="email"
            required
            autoComplete="off"
            {...field('adminEmail')}
          />
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit" loading={loading}>
            {t('organisations.submit')}
          </Button>
        </Group>
      </form>
      {error && !Object.keys(apiErrors).length && (
        <Alert color="red" role="alert">
          {describeError(error)}
        </Alert>
      )}
      {created && (
        <Alert color="green" role="status">
          {created.inviteLink ? (
            <Stack gap={4}>
              {t('organisations.createdLink', { name })}
              <Code block aria-label={t('organisations.linkLabel')}>
                {created.inviteLink}
              </Code>
            </Stack>
          ) : (
            t('organisations.createdEmailed', { name })
          )}
        </Alert>
      )}
    </Stack>
  );
}
