import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FragmentType } from '../../../gql';
import { ProjectForm, type ProjectForm_project } from './ProjectForm';

interface Props {
  /** Edit this project; omitted to register a new one. */
  project?: FragmentType<typeof ProjectForm_project>;
  onClose: () => void;
  /** After a save, with the saved project's id. */
  onSaved?: (projectId: string) => void;
}

/** The project form in a dialog. */
export function ProjectFormModal({ project, onClose, onSaved }: Props) {
  const { t } = useTranslation('portfolio');
  return (
    <Modal
      opened
      onClose={onClose}
      title={project ? t('form.editTitle') : t('form.createTitle')}
      closeButtonProps={{ 'aria-label': t('form.close') }}
      size="xl"
    >
      <ProjectForm
        project={project}
        onDone={(id) => {
          if (id) onSaved?.(id);
          onClose();
        }}
      />
    </Modal>
  );
}
