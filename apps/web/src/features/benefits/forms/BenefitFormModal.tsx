import { useQuery } from '@apollo/client/react';
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../ui/QueryState';
import { BenefitEditDocument } from '../graphql/benefit-form.documents';
import { getFragmentData } from '../../../gql';
import { BenefitForm_benefit, formFromBenefit } from './benefit-form';
import { BenefitForm } from './BenefitForm';

interface Props {
  /** Edit this benefit; omitted to create one in `projectId`. */
  benefitId?: string;
  projectId?: string | null;
  onClose: () => void;
  onSaved: (id: string) => void;
}

/** The benefit form in a dialog; editing loads the stored benefit (with its version) first. */
export function BenefitFormModal({ benefitId, projectId, onClose, onSaved }: Props) {
  const { t } = useTranslation('benefits');
  const stored = useQuery(BenefitEditDocument, {
    variables: { id: benefitId ?? '' },
    skip: !benefitId,
    fetchPolicy: 'network-only',
  });
  const benefit = stored.data?.benefit;
  return (
    <Modal
      opened
      onClose={onClose}
      title={benefitId ? t('editor.editTitle') : t('editor.createTitle')}
      closeButtonProps={{ 'aria-label': t('editor.close') }}
      size="xl"
    >
      {benefitId ? (
        <QueryState
          loading={stored.loading && !benefit}
          error={stored.error}
          onRetry={() => void stored.refetch()}
          loadingLabel={t('detail.loading')}
        >
          {benefit && (
            <BenefitForm
              benefit={{
                id: benefit.id,
                version: benefit.version,
                values: formFromBenefit(getFragmentData(BenefitForm_benefit, benefit)),
              }}
              onSaved={onSaved}
              onCancel={onClose}
            />
          )}
        </QueryState>
      ) : (
        <BenefitForm projectId={projectId} onSaved={onSaved} onCancel={onClose} />
      )}
    </Modal>
  );
}
