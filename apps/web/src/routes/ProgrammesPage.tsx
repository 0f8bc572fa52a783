import { Anchor, Button } from '@mantine/core';
import { canKeepProgrammes } from '@overblik/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../app/useActor';
import { ProgrammeFormModal } from '../features/programmes/components/ProgrammeForm';
import { ProgrammeList } from '../features/programmes/components/ProgrammeList';
import { PageHeader } from '../ui/PageHeader';

export function ProgrammesPage() {
  const { t } = useTranslation('portfolio');
  const navigate = useNavigate();
  const canKeep = useCan(canKeepProgrammes);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <Anchor component={Link} to="/portefolje" size="sm">
        {t('synergy.back')}
      </Anchor>
      <PageHeader
        title={t('programmes.title')}
        description={t('programmes.description')}
        actions={canKeep && <Button onClick={() => setCreating(true)}>{t('programmes.create')}</Button>}
      />
      <ProgrammeList />
      {creating && (
        <ProgrammeFormModal
          onClose={() => setCreating(false)}
          onSaved={(id) => void navigate(`/portefolje/programmer/${id}`)}
        />
      )}
    </>
  );
}
