import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyDraft } from '../contract-form-model';
import {
  ContractFormChoicesDocument,
  ContractsOverviewDocument,
  CreateContractDocument,
} from '../graphql/contracts.documents';
import { ContractForm } from './ContractForm';

/** "Ny kontrakt": the full term model; calls back with the new contract's id. */
export function ContractCreateForm({
  onCreated,
  onCancel,
}: {
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('contracts');
  const [initial] = useState(emptyDraft);
  const [create, { loading, error }] = useMutation(CreateContractDocument, {
    // A new row in the overview and a new parent/successor choice in the form.
    refetchQueries: [ContractsOverviewDocument, ContractFormChoicesDocument],
  });
  return (
    <ContractForm
      initial={initial}
      selfId={null}
      submitLabel={t('create.submit')}
      saving={loading}
      error={error}
      onCancel={onCancel}
      onSubmit={(input) =>
        void create({ variables: { input } })
          .then((result) => result.data && onCreated(result.data.createContract.id))
          .catch(() => null)
      }
    />
  );
}
