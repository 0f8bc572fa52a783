import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { CatalogueEntry } from '../features/systems/components/CatalogueEntry';
import { ExternalReferencesSection } from '../features/references/components/ExternalReferencesSection';
import { DeleteSystemUsageDialog } from '../features/systems/components/DeleteSystemUsageDialog';
import { SystemEdgeEditor } from '../features/systems/components/SystemEdgeEditor';
import { SystemEditForm } from '../features/systems/components/SystemEditForm';
import { SystemFacts } from '../features/systems/components/SystemFacts';
import { SystemRelations } from '../features/systems/components/SystemRelations';
import { SystemUsedElsewhere } from '../features/systems/components/SystemUsedElsewhere';
import { SystemWorkflows } from '../features/systems/components/SystemWorkflows';
import { SystemDetailDocument } from '../features/systems/graphql/systems.documents';
import { useUsageEditRight } from '../features/systems/hooks/useUsageEditRight';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';
import { ChangeHistory } from '../features/history/components/ChangeHistory';
import { RecordTabs } from '../ui/RecordTabs';
import { KitosAttributesSection } from '../features/import/components/KitosAttributesSection';

export function SystemDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('systems');
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const { data, loading, error, refetch } = useQuery(SystemDetailDocument, { variables: { id } });
  const usage = data?.systemUsage;
  // The shared rule (ADR 0029): administrators, the usage's owner and custodian, by the setting its unit.
  const right = useUsageEditRight(usage);
  const canEdit = right?.allowed === true;

  return (
    <>
      <PageHeader
        title={usage?.name ?? t('detail.loadingTitle')}
        description={usage?.system.description || undefined}
        actions={
          <Group gap="xs">
            {usage && (
              <Button variant="default" component={Link} to={`/landskab?fokus=${usage.id}`}>
                {t('detail.showInLandscape')}
              </Button>
            )}
            {usage && canEdit && <Button onClick={() => setEditing(true)}>{t('detail.edit')}</Button>}
            {usage && canEdit && (
              <Button variant="default" color="red" onClick={() => setDeleting(true)}>
                {t('delete.button')}
              </Button>
            )}
          </Group>
        }
      />
      <Anchor component={Link} to="/systemer" mb="md" display="inline-block">
        {t('detail.back')}
      </Anchor>
      <QueryState
        loading={loading && !usage}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('loading')}
      >
        {usage && (
          <RecordTabs history={<ChangeHistory entity="SYSTEM_USAGE" id={usage.id} ownType="SystemUsage" />}>
            <Stack gap="xl">
              {right && !right.allowed && (
                <Alert variant="light" color="gray" title={t('rights.readOnly')}>
                  {t(right.because === 'NOT_KEEPER_OR_UNIT' ? 'rights.whyUnit' : 'rights.why')}
                </Alert>
              )}
              <SystemFacts usage={usage} />
              <CatalogueEntry usage={usage} />
              <SystemRelations usage={usage} />
              {canEdit && <SystemEdgeEditor usage={usage} />}
              <SystemWorkflows usage={usage} />
              <ExternalReferencesSection subject="SYSTEM_USAGE" subjectId={usage.id} editable={canEdit} />
              <SystemUsedElsewhere usage={usage} />
              <KitosAttributesSection usageId={usage.id} />
              <Modal
                opened={editing}
                onClose={() => setEditing(false)}
                title={t('form.title')}
                size="xl"
                closeButtonProps={{ 'aria-label': t('dialogClose') }}
              >
                <SystemEditForm usage={usage} onDone={() => setEditing(false)} />
              </Modal>
              {deleting && (
                <DeleteSystemUsageDialog
                  usage={usage}
                  onClose={() => setDeleting(false)}
                  onDeleted={() => void navigate('/systemer')}
                />
              )}
            </Stack>
          </RecordTabs>
        )}
      </QueryState>
    </>
  );
}
