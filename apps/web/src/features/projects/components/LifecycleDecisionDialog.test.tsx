import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { DecideProjectLifecycleDocument } from '../graphql/project-lifecycle.documents';
import { LifecycleDecisionDialog } from './LifecycleDecisionDialog';

const project = { id: '99999999-9999-4999-8999-999999999999', version: 3, name: 'Ny ESDH' };

describe('LifecycleDecisionDialog', () => {
  it('asks for a reason before it sends, then sends the decision with the loaded version', async () => {
    const sent = jest.fn(() => ({ errors: [{ message: 'stop here' }] }));
    const onClose = jest.fn();
    renderWithProviders(<LifecycleDecisionDialog project={project} action="PAUSE" onClose={onClose} />, {
      mocks: [
        viewerMock(null),
        { request: { query: DecideProjectLifecycleDocument, variables: () => true }, result: sent },
      ],
    });
    expect(await screen.findByRole('dialog', { name: 'Sæt Ny ESDH i bero' })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /^Begrundelse/ }), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrér beslutningen' }));
    expect(await screen.findByText('Skal udfyldes.')).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole('textbox', { name: /^Begrundelse/ }), {
      target: { value: 'Forsinket leverance' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Registrér beslutningen' }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect((sent.mock.calls[0] as unknown[])[0]).toEqual({
      input: { projectId: project.id, version: 3, action: 'PAUSE', reason: 'Forsinket leverance' },
    });
    // The API's refusal is shown and the dialog stays open.
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('warns that a stopped project cannot be resumed', async () => {
    renderWithProviders(<LifecycleDecisionDialog project={project} action="STOP" onClose={jest.fn()} />, {
      mocks: [viewerMock(null)],
    });
    expect(await screen.findByText(/Et stoppet projekt lukkes og kan ikke genoptages/)).toBeTruthy();
  });
});
