import { useQuery } from '@apollo/client/react';
import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { KitosAttributesDocument } from '../graphql/import.documents';

/** The KITOS facts a usage was imported with and Overblik has no field for; read-only, shown only when there are some. */
export function KitosAttributesSection({ usageId }: { usageId: string }) {
  const { t } = useTranslation('import');
  const { data } = useQuery(KitosAttributesDocument, { variables: { id: usageId } });
  const attributes = data?.systemUsage?.kitosAttributes ?? [];
  if (!attributes.length) return null;
  return (
    <section aria-labelledby="kitos-attributes">
      <Title order={2} size="h3" id="kitos-attributes" mb="xs">
        {t('attributes.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('attributes.hint')}
      </Text>
      <Table striped maw={760}>
        <Table.Tbody>
          {attributes.map((a) => (
            <Table.Tr key={a.title}>
              <Table.Th scope="row" fw={500} w="40%">
                {a.title}
              </Table.Th>
              <Table.Td>{a.value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
