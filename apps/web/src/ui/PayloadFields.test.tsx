import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders, viewerMock } from '../test/render-with-providers';
import { PayloadFields, usePayloadText, type Payload } from './PayloadFields';

function Harness({ initial }: { initial: Payload }) {
  const [value, setValue] = useState(initial);
  const text = usePayloadText();
  return (
    <>
      <PayloadFields value={value} onChange={setValue} />
      <output>{text(value) || '-'}</output>
    </>
  );
}

describe('PayloadFields', () => {
  it('shows a declared payload as one line and clears the families with the last data type', async () => {
    renderWithProviders(<Harness initial={{ dataTypes: ['PERSON', 'CASE'], registerFamilies: ['CPR'] }} />, {
      mocks: [viewerMock(null)],
    });
    expect((await screen.findByRole('status')).textContent).toBe('Person, Sag · CPR (persondata)');
    const families = () => screen.getByRole<HTMLInputElement>('combobox', { name: 'Registerfamilier' });
    expect(families().disabled).toBe(false);

    // The data types' clear button (the first) empties them; the families go too and are disabled.
    fireEvent.click(document.querySelectorAll('.mantine-InputClearButton-root')[0]);
    expect(screen.getByRole('status').textContent).toBe('-');
    expect(families().disabled).toBe(true);
  });
});
