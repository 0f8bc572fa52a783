import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Modal, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { canEditContract, canPrepareRetender } from '@overblik/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCan } from '../app/useActor';
import { ExternalReferencesSection } from '../features/references/components/ExternalReferencesSection';
import { ContractCoverage } from '../features/contracts/components/ContractCoverage';
import { ContractEditForm } from '../features/contracts/components/ContractEditForm';
import { ContractFacts } from '../features/contracts/components/ContractFacts';
import { DeleteContractButton } from '../features/contracts/components/DeleteContractButton';
import { InvoiceForm } from '../features/contracts/components/InvoiceForm';
import { InvoiceTable } from '../features/contracts/components/InvoiceTable';
import { RetenderProposalButton } from '../features/contracts/components/RetenderProposalButton';
import { ContractDetailDocument } from '../features/contracts/graphql/contracts.documents';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';
import { ChangeHistory } from '../features/history/components/ChangeHistory';
import { RecordTabs } from '../ui/RecordTabs';

export function ContractDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('contracts');
  const canEdit = useCan(canEditContract);
  const canPrepare = useCan(canPrepareRetender);
  const [editing, setEditing] = useState(false);
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(ContractDetailDocument, { variables: { id } });
  const contract = data?.contract;

  return (
    <>
      <PageHeader
        title={contract?.name ?? t('detail.loading')}
        actions={
          contract && (
            <Group gap="xs">
              {canPrepare && <RetenderProposalButton contractId={contract.id} />}
              {canEdit && (
                <Button variant="default" onClick={() => setEditing(true)}>
                  {t('detail.edit')}
                </Button>
              )}
              {canEdit && (
                <DeleteContractButton contract={contract} onDeleted={() => void navigate('/kontrakter')} />
              )}
            </Group>
          )
        }
      />
      <Anchor component={Link} to="/kontrakter" mb="md" display="inline-block">
        {t('detail.back')}
      </Anchor>
      <QueryState
        loading={loading && !contract}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('detail.loading')}
      >
        {contract && (
          <RecordTabs history={<ChangeHistory entity="CONTRACT" id={contract.id} ownType="Contract" />}>
            <Stack gap="xl">
              <ContractFacts contract={contract} />
              <ContractCoverage contract={contract} />
              <Paper withBorder p="md" component="section" aria-labelledby="contract-invoices">
                <Title order={2} size="h4" id="contract-invoices" mb="sm">
                  {t('invoices.title')}
                </Title>
                <Stack gap="lg">
                  <InvoiceTable invoices={contract.invoices} />
                  {canEdit && <InvoiceForm contractId={contract.id} onSaved={() => void refetch()} />}
                </Stack>
              </Paper>
              <ExternalReferencesSection subject="CONTRACT" subjectId={contract.id} />
              <Modal
                opened={editing}
                onClose={() => setEditing(false)}
                title={t('detail.edit')}
                size="xl"
                closeButtonProps={{ 'aria-label': t('detail.cancel') }}
              >
                <ContractEditForm contract={contract} onDone={() => setEditing(false)} />
              </Modal>
            </Stack>
          </RecordTabs>
        )}
      </QueryState>
    </>
  );
}
