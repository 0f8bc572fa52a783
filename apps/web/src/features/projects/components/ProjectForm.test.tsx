import { fireEvent, screen, waitFor } from '@testing-library/react';
import { makeFragmentData } from '../../../gql';
import { renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import {
  CreateProjectDocument,
  ProjectFormOptionsDocument,
  UpdateProjectDocument,
} from '../graphql/project-form.documents';
import { ProjectForm, ProjectForm_project } from './ProjectForm';

const STRATEGY = '77777777-7777-4777-8777-777777777777';
const USAGE = '88888888-8888-4888-8888-888888888888';
const project = makeFragmentData(
  {
    id: '99999999-9999-4999-8999-999999999999',
    version: 4,
    name: 'Ny ESDH',
    description: '',
    budget: 1_000_000,
    startDate: '2027-01-01',
    endDate: '2027-12-31',
    owner: null,
    lead: null,
    unit: null,
    strategies: [{ id: STRATEGY }],
    systems: [{ usageId: USAGE }],
    dependsOnIds: [],
    programmeId: null,
  },
  ProjectForm_project,
);

const options = {
  request: { query: ProjectFormOptionsDocument },
  result: {
    data: {
      members: [],
      units: [],
      strategies: [{ id: STRATEGY, name: 'Digital strategi' }],
      programmes: [],
      systemUsages: { items: [{ id: USAGE, name: 'SBSYS' }] },
      projects: { items: [] },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('ProjectForm', () => {
  it('shows the period rule at the end date and sends nothing', async () => {
    const sent = jest.fn(() => ({ errors: [{ message: 'not expected' }] }));
    const onDone = jest.fn();
    renderWithProviders(<ProjectForm project={project} onDone={onDone} />, {
      mocks: [
        viewerMock(null),
        options,
        { request: { query: UpdateProjectDocument, variables: () => true }, result: sent },
      ],
    });
    fireEvent.change(screen.getByLabelText('Slutdato'), { target: { value: '2026-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));

    expect(await screen.findByText('Slutdatoen skal ligge efter startdatoen.')).toBeTruthy();
    expect(screen.getByLabelText('Slutdato').getAttribute('aria-invalid')).toBe('true');
    expect(sent).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('sends every field with the loaded version', async () => {
    const sent = jest.fn(() => ({ errors: [{ message: 'stop here' }] }));
    renderWithProviders(<ProjectForm project={project} onDone={jest.fn()} />, {
      mocks: [
        viewerMock(null),
        options,
        { request: { query: UpdateProjectDocument, variables: () => true }, result: sent },
      ],
    });
    fireEvent.change(screen.getByRole('textbox', { name: /^Navn/ }), { target: { value: 'Ny ESDH 2.0' } });
    fireEvent.change(screen.getByLabelText('Slutdato'), { target: { value: '2028-03-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect((sent.mock.calls[0] as unknown[])[0]).toEqual({
      input: {
        id: '99999999-9999-4999-8999-999999999999',
        version: 4,
        name: 'Ny ESDH 2.0',
        description: '',
        budget: 1_000_000,
        startDate: '2027-01-01',
        endDate: '2028-03-31',
        ownerUserId: null,
        leadUserId: null,
        unitId: null,
        strategyIds: [STRATEGY],
        usageIds: [USAGE],
        dependsOnIds: [],
      },
    });
    // The API's refusal is shown, and the form stays open.
    expect(await screen.findByRole('alert')).toBeTruthy();
  });

  it('registers a new project and hands back its id', async () => {
    const onDone = jest.fn();
    renderWithProviders(<ProjectForm onDone={onDone} />, {
      mocks: [
        viewerMock(null),
        options,
        {
          request: { query: CreateProjectDocument, variables: () => true },
          result: { data: { createProject: { __typename: 'Project', id: 'new-project' } } },
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Skal udfyldes.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /^Navn/ }), { target: { value: 'Digital post' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('new-project'));
  });
});
