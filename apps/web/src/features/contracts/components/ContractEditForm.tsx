import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { draftFromContract } from '../contract-form-model';
import { UpdateContractDocument } from '../graphql/contracts.documents';
import { ContractForm } from './ContractForm';

export const ContractEditForm_contract = graphql(`
  fragment ContractEditForm_contract on Contract {
    id
    version
    name
    reference
    contractType
    template
    purchaseForm
    criticality
    startDate
    endDate
    durationMonths
    ongoing
    irrevocableUntil
    noticePeriodMonths
    noticeRule
    terminatedOn
    retenderPlan
    uptimePercent
    availability
    changeHandling
    documentationDuties
    invoiceRecipient
    indexationPercent
    supplierId
    parentId
    successorId
    ownerUserId
    managerUserId
    options {
      ordinal
      months
      exercisedOn
    }
    economyLines {
      unitId
      kind
      amount
      note
    }
    coveredUsages {
      id
    }
  }
`);

/**
 * Edits the full term model, incl. coverage, parent and successor; a stale version is refused.
 * The save returns every view's fragment, so the detail page, the overview and the form's
 * parent/successor choices update through the normalised cache without a refetch.
 */
export function ContractEditForm({
  contract: ref,
  onDone,
}: {
  contract: FragmentType<typeof ContractEditForm_contract>;
  onDone: () => void;
}) {
  const c = getFragmentData(ContractEditForm_contract, ref);
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
        void save({ variables: { input: { ...input, id: c.id, version: c.version } } })
          .then((result) => result.data && onDone())
          .catch(() => null)
      }
    />
  );
}
