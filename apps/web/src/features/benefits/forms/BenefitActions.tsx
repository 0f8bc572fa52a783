import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { BenefitFormModal } from './BenefitFormModal';
import { DeleteBenefitDialog } from './DeleteBenefitDialog';
import { useCanEditBenefits } from './useCanEditBenefits';

export const BenefitActions_benefit = graphql(`
  fragment BenefitActions_benefit on Benefit {
    id
    version
    title
    project {
      id
    }
    measurements {
      id
    }
  }
`);

/** Edit and delete on the benefit page, for those who may (coordinators, project lead or owner). */
export function BenefitActions({ benefit: ref }: { benefit: FragmentType<typeof BenefitActions_benefit> }) {
  const benefit = getFragmentData(BenefitActions_benefit, ref);
  const { t } = useTranslation('benefits');
  const navigate = useNavigate();
  const canEdit = useCanEditBenefits(benefit.project?.id);
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  if (!canEdit) return null;
  return (
    <>
      <Group gap="sm">
        <Button variant="light" onClick={() => setDialog('edit')}>
          {t('editor.edit')}
        </Button>
        <Button variant="light" color="red" onClick={() => setDialog('delete')}>
          {t('editor.delete')}
        </Button>
      </Group>
      {dialog === 'edit' && (
        <BenefitFormModal
          benefitId={benefit.id}
          onClose={() => setDialog(null)}
          onSaved={() => setDialog(null)}
        />
      )}
      {dialog === 'delete' && (
        <DeleteBenefitDialog
          benefit={{ ...benefit, measurementCount: benefit.measurements.length }}
          onClose={() => setDialog(null)}
          onDeleted={() =>
            void navigate(benefit.project ? `/portefolje/projekter/${benefit.project.id}` : '/gevinster')
          }
        />
      )}
    </>
  );
}
