import {
  Button,
  Code,
  CopyButton,
  FileButton,
  Group,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../ui/useFormatters';

/** What the API read from the uploaded metadata, and Overblik's own addresses to register. */
export interface SamlSettingsView {
  entityId: string;
  ssoUrl: string;
  certificatesValidUntil: string;
  spEntityId: string;
  spMetadataUrl: string;
  acsUrl: string;
}

export interface SamlMetadataFieldProps {
  value: string;
  onChange: (xml: string) => void;
  error?: string;
  /** Set once the provider is saved. */
  saml: SamlSettingsView | null;
}

/** Reads the chosen file as text; metadata is small (the API refuses more than 256 KB). */
const readText = (file: File) => file.text();

/**
 * The SAML part of a provider (ADR 0028): the identity provider's metadata, chosen as a file or
 * pasted, and — once saved — what Overblik read from it beside the addresses the administrator
 * registers at KOMBIT's administration portal (or any SAML identity provider).
 */
export function SamlMetadataField({ value, onChange, error, saml }: SamlMetadataFieldProps) {
  const { t } = useTranslation('admin');
  const { formatDate } = useFormatters();
  const [fileError, setFileError] = useState<string | null>(null);
  const choose = (file: File | null) => {
    setFileError(null);
    if (!file) return;
    readText(file).then(onChange, () => setFileError(t('signIn.saml.fileUnreadable')));
  };
  const rows: [string, string][] = saml
    ? [
        [t('signIn.saml.spEntityId'), saml.spEntityId],
        [t('signIn.saml.spMetadataUrl'), saml.spMetadataUrl],
        [t('signIn.saml.acsUrl'), saml.acsUrl],
        [t('signIn.saml.idpEntityId'), saml.entityId],
        [t('signIn.saml.ssoUrl'), saml.ssoUrl],
      ]
    : [];
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('signIn.saml.title')}
      </Title>
      <Group gap="xs" align="center">
        <FileButton onChange={choose} accept=".xml,application/xml,text/xml,application/samlmetadata+xml">
          {(props) => (
            <Button variant="default" size="xs" {...props}>
              {t('signIn.saml.chooseFile')}
            </Button>
          )}
        </FileButton>
        <Text size="sm" c="dimmed">
          {t('signIn.saml.orPaste')}
        </Text>
      </Group>
      <Textarea
        label={t('signIn.saml.metadata')}
        description={t('signIn.saml.metadataHelp')}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={fileError ?? error}
        autosize
        minRows={4}
        maxRows={10}
        spellCheck={false}
        styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
      />
      {saml && (
        <Stack gap={4}>
          <Text size="sm">{t('signIn.saml.register')}</Text>
          <Table withTableBorder fz="sm" layout="fixed">
            <Table.Tbody>
              {rows.map(([label, url]) => (
                <Table.Tr key={label}>
                  <Table.Th w="35%" scope="row">
                    {label}
                  </Table.Th>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" justify="space-between">
                      <Code style={{ overflowWrap: 'anywhere' }}>{url}</Code>
                      <CopyButton value={url}>
                        {({ copied, copy }) => (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={copy}
                            aria-label={`${t('signIn.saml.copy')}: ${label}`}
                          >
                            {copied ? t('signIn.saml.copied') : t('signIn.saml.copy')}
                          </Button>
                        )}
                      </CopyButton>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th scope="row">{t('signIn.saml.certificatesValidUntil')}</Table.Th>
                <Table.Td>{formatDate(saml.certificatesValidUntil)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
