import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { canEditSupplier } from '@overblik/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useActor } from '../app/useActor';
import { useViewer } from '../app/useViewer';
import { ChangeHistory } from '../features/history/components/ChangeHistory';
import { SupplierContacts } from '../features/suppliers/components/SupplierContacts';
import { SupplierForm } from '../features/suppliers/components/SupplierForm';
import { SupplierNotes } from '../features/suppliers/components/SupplierNotes';
import { SupplierRelations } from '../features/suppliers/components/SupplierRelations';
import {
  DeleteSupplierDocument,
  SupplierDetailDocument,
  SupplierFields,
} from '../features/suppliers/graphql/suppliers.documents';
import { getFragmentData } from '../gql';
import { ConfirmDeleteModal } from '../ui/ConfirmDeleteModal';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';
import { RecordTabs } from '../ui/RecordTabs';

/** One supplier: what it delivers to the organisation, whom to call there, notes, and the history. */
export function SupplierDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('suppliers');
  const navigate = useNavigate();
  const { organisation } = useViewer();
  const { roles } = useActor();
  const { data, loading, error, refetch } = useQuery(SupplierDetailDocument, { variables: { id } });
  const [remove, removing] = useMutation(DeleteSupplierDocument, { refetchQueries: ['SuppliersList'] });
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const supplier = data?.supplier ? getFragmentData(SupplierFields, data.supplier) : null;
  const canEdit =
    !!supplier && !!organisation && canEditSupplier({ organisationId: organisation.id, roles }, supplier);

  return (
    <>
      <PageHeader
        title={supplier?.name ?? t('loading')}
        description={supplier && (supplier.cvr ? t('detail.cvr', { cvr: supplier.cvr }) : t('detail.noCvr'))}
        actions={
          canEdit && (
            <Group gap="xs">
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('form.edit')}
              </Button>
              <Button variant="default" color="red" onClick={() => setDeleting(true)}>
                {t('detail.delete')}
              </Button>
            </Group>
          )
        }
      />
      <Anchor component={Link} to="/leverandoerer" mb="md" display="inline-block">
        {t('detail.back')}
      </Anchor>
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('loading')}
      >
        {data?.supplier && supplier && (
          <RecordTabs history={<ChangeHistory entity="SUPPLIER" id={supplier.id} ownType="Supplier" />}>
            <Stack gap="xl">
              {!canEdit && !supplier.ownerOrganisationId && (
                <Text c="dimmed" size="sm">
                  {t('detail.national')}
                </Text>
              )}
              <SupplierRelations supplier={data.supplier} />
              <SupplierContacts supplier={data.supplier} />
              <SupplierNotes key={supplier.id} supplier={data.supplier} />
            </Stack>
          </RecordTabs>
        )}
      </QueryState>
      {supplier && (
        <Modal
          closeButtonProps={{ 'aria-label': t('form.close') }}
          opened={editing}
          onClose={() => setEditing(false)}
          title={t('form.editNamed', { name: supplier.name })}
        >
          {editing && (
            <SupplierForm
              supplier={supplier}
              onCancel={() => setEditing(false)}
              onDone={() => setEditing(false)}
            />
          )}
        </Modal>
      )}
      {supplier && deleting && (
        <ConfirmDeleteModal
          title={t('detail.deleteNamed', { name: supplier.name })}
          message={t('detail.deleteConfirm', { name: supplier.name })}
          labels={{ close: t('form.close'), cancel: t('form.cancel'), confirm: t('detail.delete') }}
          error={removing.error}
          loading={removing.loading}
          onConfirm={() =>
            void remove({ variables: { id: supplier.id, version: supplier.version } })
              .then(() => navigate('/leverandoerer'))
              .catch(() => undefined)
          }
          onClose={() => setDeleting(false)}
        />
      )}
    </>
  );
}
