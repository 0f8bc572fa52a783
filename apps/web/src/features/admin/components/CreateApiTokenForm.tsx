import { useMutation } from '@apollo/client/react';
import { apiTokenSchema, checkRules, latestApiTokenExpiry } from '@overblik/domain';
import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiTokenScope } from '../../../gql/graphql';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { ApiTokensDocument, CreateApiTokenDocument } from '../graphql/api-token.documents';

/** The last moment of a chosen day (`yyyy-mm-dd`) in the browser's time, or null when none is chosen. */
const endOfDay = (day: string) => (day ? new Date(`${day}T23:59:59`) : null);
const isoDay = (date: Date) => date.toLocaleDateString('sv-SE');

/**
 * Creates an API token. Its secret is in the answer only (the API keeps a hash), so it is shown
 * here once, with a copy button and a warning, until the form is used again.
 */
export function CreateApiTokenForm() {
  const { t } = useTranslation('admin');
  const describeError = useErrorMessage();
  const rules = useRuleErrors();
  const titleId = useId();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiTokenScope>('READ');
  const [expiry, setExpiry] = useState('');
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [create, { loading, error }] = useMutation(CreateApiTokenDocument, {
    refetchQueries: [ApiTokensDocument],
    awaitRefetchQueries: true,
  });
  const apiErrors = apiFieldErrors(error);
  const fieldError = (key: 'name' | 'scope' | 'expiresAt') => rules.message(key) ?? apiErrors[key];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSecret(null);
    const input = { name, scope, expiresAt: endOfDay(expiry) };
    if (!rules.passes(checkRules(apiTokenSchema(new Date()), input))) return;
    const result = await create({
      variables: { input: { ...input, expiresAt: input.expiresAt?.toISOString() ?? null } },
    }).catch(() => null);
    if (!result?.data) return;
    setSecret({ name: result.data.createApiToken.apiToken.name, token: result.data.createApiToken.token });
    setName('');
    setExpiry('');
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId}>
        {t('tokens.createTitle')}
      </Title>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" maw={960}>
          <TextInput
            label={t('tokens.name')}
            description={t('tokens.nameHint')}
            autoComplete="off"
            required
            value={name}
            error={fieldError('name')}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Radio.Group
            label={t('tokens.scope')}
            required
            value={scope}
            error={fieldError('scope')}
            onChange={(value) => setScope(value)}
          >
            <Stack gap={6} mt={6}>
              <Radio
                value="READ"
                label={t('tokens.scopeValue.READ')}
                description={t('tokens.scopeHint.READ')}
              />
              <Radio
                value="READ_WRITE"
                label={t('tokens.scopeValue.READ_WRITE')}
                description={t('tokens.scopeHint.READ_WRITE')}
              />
            </Stack>
          </Radio.Group>
          <TextInput
            type="date"
            label={t('tokens.expiresAt')}
            description={t('tokens.expiresHint')}
            min={isoDay(new Date())}
            max={isoDay(latestApiTokenExpiry(new Date()))}
            value={expiry}
            error={fieldError('expiresAt')}
            onChange={(e) => setExpiry(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit" loading={loading}>
            {t('tokens.createSubmit')}
          </Button>
        </Group>
      </form>
      {error && !Object.keys(apiErrors).length && (
        <Alert color="red" role="alert">
          {describeError(error)}
        </Alert>
      )}
      {secret && (
        <Alert color="yellow" role="status" title={t('tokens.createdTitle', { name: secret.name })}>
          <Stack gap="xs">
            {t('tokens.createdWarning')}
            <Code block aria-label={t('tokens.secretLabel')} data-testid="api-token-secret">
              {secret.token}
            </Code>
            <CopyButton value={secret.token}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" w="fit-content" onClick={copy}>
                  {copied ? t('tokens.copied') : t('tokens.copy')}
                </Button>
              )}
            </CopyButton>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
