import { useMutation } from '@apollo/client/react';
import { Badge, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { checkRules, signInProviderSchema } from '@overblik/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../../../gql';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import {
  CreateSignInProviderDocument,
  SamlProviderFormFragment,
  SignInSettingsDocument,
  UpdateSignInProviderDocument,
} from '../graphql/sign-in.documents';
import { accessInput, ProviderAccessFields, type AccessValues } from './ProviderAccessFields';
import { ProviderFormFooter } from './ProviderFormFooter';
import { SamlMetadataField } from './SamlMetadataField';

/** The attribute KOMBIT's Context Handler puts brugersystemroller in (OIOSAML 2; ADR 0028). */
const PRIVILEGES_ATTRIBUTE = 'dk:gov:saml:attribute:Privileges_intermediate';

interface Props {
  provider?: FragmentType<typeof SamlProviderFormFragment>;
  onCreated?(): void;
}

/**
 * A SAML 2.0 provider (ADR 0028), e.g. Fælleskommunal Adgangsstyring through KOMBIT's Context
 * Handler: the identity provider's metadata (file or paste; the API reads and checks it), and who
 * may come in with which roles — by default the brugersystemroller in the privilege attribute.
 */
export function SamlProviderForm(props: Props) {
  const { t } = useTranslation('admin');
  const titleId = useId();
  const describeError = useErrorMessage();
  const provider = props.provider ? getFragmentData(SamlProviderFormFragment, props.provider) : null;
  const [values, setValues] = useState<AccessValues & { name: string; metadataXml: string }>(() => ({
    name: provider?.name ?? '',
    metadataXml: provider?.saml?.metadataXml ?? '',
    domains: (provider?.allowedDomains ?? []).join('\n'),
    roleClaim: provider?.roleClaim ?? PRIVILEGES_ATTRIBUTE,
    roleMapping: provider?.roleMapping ?? [],
    newUserRole: provider?.newUserRole ?? null,
  }));
  const [saved, setSaved] = useState(false);
  const rules = useRuleErrors();
  const [create, created] = useMutation(CreateSignInProviderDocument, {
    refetchQueries: [SignInSettingsDocument],
  });
  const [update, updated] = useMutation(UpdateSignInProviderDocument);
  const error = created.error ?? updated.error;
  const apiErrors = apiFieldErrors(error);
  const fieldError = (field: string) => rules.message(field) ?? apiErrors[field];
  const set = (changes: Partial<typeof values>) => {
    setSaved(false);
    setValues({ ...values, ...changes });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const shared = { name: values.name, ...accessInput(values) };
    if (!rules.check(checkRules(signInProviderSchema, shared).errors)) return;
    const input = { ...shared, saml: { metadataXml: values.metadataXml } };
    const result = provider
      ? await update({ variables: { id: provider.id, version: provider.version, input } }).catch(() => null)
      : await create({ variables: { kind: 'SAML', input } }).catch(() => null);
    if (result?.data) {
      setSaved(true);
      props.onCreated?.();
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} size="h5" id={titleId}>
              {provider ? provider.name : t('signIn.newSaml')}
            </Title>
            {provider && (
              <Badge color={provider.enabled ? 'green' : 'gray'}>
                {provider.enabled ? t('signIn.enabled') : t('signIn.disabled')}
              </Badge>
            )}
          </Group>
          <TextInput
            label={t('signIn.name')}
            description={t('signIn.nameHelpSaml')}
            required
            value={values.name}
            error={fieldError('name')}
            onChange={(e) => set({ name: e.currentTarget.value })}
          />
          <SamlMetadataField
            value={values.metadataXml}
            onChange={(metadataXml) => set({ metadataXml })}
            error={fieldError('saml.metadataXml')}
            saml={provider?.saml ?? null}
          />
          <ProviderAccessFields
            values={values}
            onChange={set}
            error={fieldError}
            roleClaimHelp={t('signIn.saml.roleClaimHelp')}
          />
          <ProviderFormFooter
            error={error && !Object.keys(apiErrors).length ? describeError(error) : null}
            saved={saved}
            saving={created.loading || updated.loading}
            provider={provider ?? null}
          />
        </Stack>
      </form>
    </Paper>
  );
}
