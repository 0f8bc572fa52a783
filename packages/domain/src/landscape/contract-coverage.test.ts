import { aLandscapeContract } from '../testing/landscape.builders';
import { contractedUntil, contractsByUsage, nextEndingContract } from './contract-coverage';

const early = aLandscapeContract({ id: 'early', effectiveEnd: '2027-06-30', usageIds: ['a', 'b'] });
const late = aLandscapeContract({ id: 'late', effectiveEnd: '2029-12-31', usageIds: ['a'] });
const open = aLandscapeContract({ id: 'open', effectiveEnd: null, usageIds: ['a'] });

describe('contract coverage', () => {
  it('groups contracts under every usage they cover', () => {
    const byUsage = contractsByUsage([early, late]);

    expect(byUsage.get('a')?.map((c) => c.id)).toEqual(['early', 'late']);
    expect(byUsage.get('b')?.map((c) => c.id)).toEqual(['early']);
  });

  it('keeps a usage available until its latest contract ends, open-ended if any contract is', () => {
    expect(contractedUntil([early, late])).toBe('2029-12-31');
    expect(contractedUntil([early, open])).toBeNull();
    expect(contractedUntil(undefined)).toBeNull();
  });

  it('finds the next-ending contract from today, skipping expired ones and falling back to open-ended', () => {
    expect(nextEndingContract([late, early], '2027-01-01')?.id).toBe('early');
    expect(nextEndingContract([late, early], '2027-07-01')?.id).toBe('late');
    expect(nextEndingContract([early, open], '2027-07-01')?.id).toBe('open');
    expect(nextEndingContract([early], '2027-07-01')).toBeNull();
  });
});
