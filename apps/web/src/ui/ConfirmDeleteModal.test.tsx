import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { renderWithProviders, viewerMock } from '../test/render-with-providers';
import { ConfirmDeleteModal, type ConfirmDeleteModalProps } from './ConfirmDeleteModal';

const renderModal = (props: Partial<ConfirmDeleteModalProps>) => {
  const onConfirm = jest.fn();
  const onClose = jest.fn();
  renderWithProviders(
    <ConfirmDeleteModal
      title="Slet Lønsystem?"
      message="Lønsystem slettes."
      labels={{ close: 'Luk', cancel: 'Annullér', confirm: 'Slet' }}
      loading={false}
      onConfirm={onConfirm}
      onClose={onClose}
      {...props}
    />,
    { mocks: [viewerMock(null)] },
  );
  return { onConfirm, onClose };
};

describe('ConfirmDeleteModal', () => {
  it('deletes only on the delete button; cancel closes', async () => {
    const { onConfirm, onClose } = renderModal({});
    expect(await screen.findByRole('dialog', { name: 'Slet Lønsystem?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Annullér' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Slet' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it("shows the API's refusal in an alert", async () => {
    const error = new CombinedGraphQLErrors({
      errors: [new GraphQLError('Enheden er i brug.', { extensions: { code: 'CONFLICT' } })],
    });
    renderModal({ error });
    expect((await screen.findByRole('alert')).textContent).toContain('Enheden er i brug.');
  });
});
