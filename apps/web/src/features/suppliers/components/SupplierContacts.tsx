import { useMutation } from '@apollo/client/react';
import { ActionIcon, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { canKeepSuppliers } from '@overblik/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../app/useActor';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';
import { ScrollTable } from '../../../ui/ScrollTable';
import {
  CreateSupplierContactDocument,
  DeleteSupplierContactDocument,
  UpdateSupplierContactDocument,
} from '../graphql/supplier-contacts.documents';
import { ContactForm } from './ContactForm';

export const SupplierContacts_supplier = graphql(`
  fragment SupplierContacts_supplier on Supplier {
    id
    contacts {
      id
      version
      name
      role
      email
      phone
    }
  }
`);

/** The organisation's contacts at the supplier; other organisations keep their own. */
export function SupplierContacts({
  supplier: ref,
}: {
  supplier: FragmentType<typeof SupplierContacts_supplier>;
}) {
  const supplier = getFragmentData(SupplierContacts_supplier, ref);
  const { t } = useTranslation('suppliers');
  const headingId = useId();
  const canKeep = useCan(canKeepSuppliers);
  const refetch = { refetchQueries: ['SupplierDetail'], awaitRefetchQueries: true };
  const [create] = useMutation(CreateSupplierContactDocument, refetch);
  const [update] = useMutation(UpdateSupplierContactDocument);
  const [remove, removing] = useMutation(DeleteSupplierContactDocument, refetch);
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const rows = supplier.contacts;
  const deleting = rows.find((r) => r.id === deletingId);
  const columns = canKeep ? 5 : 4;

  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id={headingId}>
            {t('contacts.heading')}
          </Title>
          {canKeep && !adding && (
            <Button variant="default" size="xs" onClick={() => setAdding(true)}>
              {t('contacts.add')}
            </Button>
          )}
        </Group>
        {rows.length === 0 && !adding && <Text c="dimmed">{t('contacts.empty')}</Text>}
        {rows.length > 0 && (
          <ScrollTable label={t('contacts.heading')} minWidth={640} exportName={t('contacts.heading')}>
            <Table aria-labelledby={headingId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('contacts.name')}</Table.Th>
                  <Table.Th>{t('contacts.role')}</Table.Th>
                  <Table.Th>{t('contacts.email')}</Table.Th>
                  <Table.Th>{t('contacts.phone')}</Table.Th>
                  {canKeep && <Table.Th data-export="skip">{t('contacts.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) =>
                  editingId === r.id ? (
                    <Table.Tr key={r.id}>
                      <Table.Td colSpan={columns}>
                        <ContactForm
                          label={t('contacts.editNamed', { name: r.name })}
                          initial={{ name: r.name, role: r.role, email: r.email ?? '', phone: r.phone ?? '' }}
                          onCancel={() => setEditingId(null)}
                          onSave={async (values) => {
                            await update({
                              variables: { input: { ...values, id: r.id, version: r.version } },
                            });
                            setEditingId(null);
                          }}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ) : (
                    <Table.Tr key={r.id}>
                      <Table.Td>{r.name}</Table.Td>
                      <Table.Td>{r.role || '–'}</Table.Td>
                      <Table.Td>
                        {r.email ? <Anchor href={`mailto:${r.email}`}>{r.email}</Anchor> : '–'}
                      </Table.Td>
                      <Table.Td>
                        {r.phone ? (
                          <Anchor href={`tel:${r.phone.replace(/[^\d+]/g, '')}`}>{r.phone}</Anchor>
                        ) : (
                          '–'
                        )}
                      </Table.Td>
                      {canKeep && (
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <ActionIcon
                              variant="subtle"
                              aria-label={t('contacts.editNamed', { name: r.name })}
                              onClick={() => setEditingId(r.id)}
                            >
                              ✎
                            </ActionIcon>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('contacts.removeNamed', { name: r.name })}
                              onClick={() => setDeletingId(r.id)}
                            >
                              ✕
                            </ActionIcon>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ),
                )}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        {adding && (
          <ContactForm
            label={t('contacts.new')}
            onCancel={() => setAdding(false)}
            onSave={async (values) => {
              await create({ variables: { input: { ...values, supplierId: supplier.id } } });
              setAdding(false);
            }}
          />
        )}
      </Stack>
      {deleting && (
        <ConfirmDeleteModal
          title={t('contacts.removeNamed', { name: deleting.name })}
          message={t('contacts.removeConfirm', { name: deleting.name })}
          labels={{ close: t('form.close'), cancel: t('form.cancel'), confirm: t('contacts.remove') }}
          error={removing.error}
          loading={removing.loading}
          onConfirm={() =>
            void remove({ variables: { id: deleting.id, version: deleting.version } })
              .then(() => setDeletingId(null))
              .catch(() => undefined)
          }
          onClose={() => setDeletingId(null)}
        />
      )}
    </Paper>
  );
}
