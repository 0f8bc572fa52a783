import { Button, Modal } from '@mantine/core';
import { useState } from 'react';
import { canEditContract } from '@overblik/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCan } from '../app/useActor';
import { ContractCreateForm } from '../features/contracts/components/ContractCreateForm';
import { ContractsOverview } from '../features/contracts/components/ContractsOverview';
import { contractPath } from '../features/contracts/contract-types';
import { PageHeader } from '../ui/PageHeader';

export function ContractsPage() {
  const { t } = useTranslation('contracts');
  const canEdit = useCan(canEditContract);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={canEdit && <Button onClick={() => setCreating(true)}>{t('create.open')}</Button>}
      />
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('create.title')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('detail.cancel') }}
      >
        <ContractCreateForm
          onCreated={(id) => void navigate(contractPath(id))}
          onCancel={() => setCreating(false)}
        />
      </Modal>
      <ContractsOverview />
    </>
  );
}
