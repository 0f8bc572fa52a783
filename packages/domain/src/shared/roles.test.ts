import { hasPermission } from './roles';

describe('hasPermission', () => {
  it('grants landscape edits to system owners but not to readers', () => {
    expect(hasPermission(['SYSTEM_OWNER'], 'landscape.edit')).toBe(true);
    expect(hasPermission(['READER'], 'landscape.edit')).toBe(false);
  });
  it('keeps the approval path apart: the council pre-qualifies, only the board decides', () => {
    expect(hasPermission(['DIGITALISATION_COUNCIL'], 'portfolio.prequalify')).toBe(true);
    expect(hasPermission(['DIGITALISATION_COUNCIL'], 'portfolio.decide')).toBe(false);
    expect(hasPermission(['PORTFOLIO_STEERING_GROUP'], 'portfolio.decide')).toBe(true);
  });
  it('unions the grants of several roles', () => {
    expect(hasPermission(['READER', 'CONTRACT_MANAGER'], 'contract.edit')).toBe(true);
    expect(hasPermission([], 'contract.edit')).toBe(false);
  });
});
