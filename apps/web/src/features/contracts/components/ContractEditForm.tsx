import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftFromContract } from '../contract-form-model';
import type { ContractDetail } from '../contract-types';
import { UpdateContractDocument } from '../graphql/contracts.documents';
import { ContractForm } from './ContractForm';

/** Edits the full term model, incl. coverage, parent and successor; a stale version is refused. */
export function ContractEditForm({ contract: c, onDone }: { contract: ContractDetail; onDone: () => void }) {
  const { t } = useTranslation('contracts');
  const [initial] = useState(() => draftFromContract(c));
  const [save, { loading, error }] = useMutation(UpdateContractDocument);
  return (
    <ContractForm
      initial={initial}
      selfId={c.id}
      submitLabel={t('detail.save')}
      saving={loading}
      error={error}
      onCancel={onDone}
      onSubmit={(input) =>
        void save({
          variables: { input: { ...input, id: c.id, version: c.version } },
          refetchQueries: ['ContractDetail', 'ContractFormChoices'],
          awaitRefetchQueries: true,
        })
          .then((result) => result.data && onDone())
          .catch(() => null)
      }
    />
  );
}
