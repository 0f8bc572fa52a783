import { fireEvent, screen, within } from '@testing-library/react';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { AuditLogDocument, AuditLogFilterOptionsDocument } from '../graphql/audit-log.documents';
import { AuditLogPanel } from './AuditLogPanel';

const entry = (id: string, action: string) => ({
  __typename: 'HistoryEntryNode' as const,
  id,
  at: '2026-03-12T13:02:00.000Z',
  action,
  entityType: 'Contract',
  entityId: `c${id}`,
  authorName: 'Anne Andersen',
  changes: [
    { __typename: 'FieldChangeNode' as const, field: 'name', kind: 'CHANGED', before: 'A', after: 'B' },
  ],
});

const logMock = (filter: Record<string, unknown>, items: ReturnType<typeof entry>[]) => ({
  request: { query: AuditLogDocument, variables: { filter, offset: 0, limit: 50 } },
  result: { data: { auditLog: { __typename: 'AuditLogPage' as const, totalCount: items.length, items } } },
});

const options = {
  request: { query: AuditLogFilterOptionsDocument },
  result: { data: { auditLogEntityTypes: ['Contract', 'SystemUsage'], members: [] } },
};

describe('AuditLogPanel', () => {
  it('lists the log and asks again with the chosen filter', async () => {
    renderWithProviders(<AuditLogPanel />, {
      mocks: [
        viewerMock(aViewer()),
        options,
        logMock({ entityType: null, userId: null, action: null, from: null, to: null }, [
          entry('2', 'UPDATE'),
          entry('1', 'CREATE'),
        ]),
        logMock({ entityType: null, userId: null, action: null, from: '2026-03-01', to: null }, [
          entry('2', 'UPDATE'),
        ]),
      ],
    });
    const table = await screen.findByRole('table', { name: '2 poster i organisationens log' });
    expect(within(table).getAllByRole('row')[1].textContent).toContain('Ændret');
    fireEvent.change(screen.getByLabelText('Fra dato'), { target: { value: '2026-03-01' } });
    expect(await screen.findByRole('table', { name: '1 post i organisationens log' })).toBeTruthy();
  });

  it('refuses an end day before the start day at the field without asking the API', async () => {
    renderWithProviders(<AuditLogPanel />, {
      mocks: [
        viewerMock(aViewer()),
        options,
        logMock({ entityType: null, userId: null, action: null, from: null, to: null }, []),
        // The start day alone is a valid filter, asked before the end day is typed.
        logMock({ entityType: null, userId: null, action: null, from: '2026-03-01', to: null }, []),
      ],
    });
    expect(await screen.findByText('Der er ingen poster i loggen, der passer til filtrene.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Fra dato'), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText('Til dato'), { target: { value: '2026-02-01' } });
    expect(await screen.findByText('Slutdatoen skal ligge efter startdatoen.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Eksportér CSV' }).hasAttribute('disabled')).toBe(true);
  });
});
