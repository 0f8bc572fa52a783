import { Button } from '@mantine/core';
import { canProposeProjects } from '@overblik/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCan } from '../../../app/useActor';
import { ProjectFormModal } from './ProjectFormModal';

/**
 * Registers a project directly, for projects already running when the organisation starts using Overblik
 * (new ideas go through a proposal). Opens the project once saved.
 */
export function NewProjectButton() {
  const { t } = useTranslation('portfolio');
  const navigate = useNavigate();
  const allowed = useCan(canProposeProjects);
  const [open, setOpen] = useState(false);
  if (!allowed) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('form.register')}</Button>
      {open && (
        <ProjectFormModal
          onClose={() => setOpen(false)}
          onSaved={(id) => void navigate(`/portefolje/projekter/${id}`)}
        />
      )}
    </>
  );
}
