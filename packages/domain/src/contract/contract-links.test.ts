import { contractLinkErrors, parentCandidates, successorCandidates } from './contract-links';

describe('contract links', () => {
  it('refuses a parent among the contract’s own descendants and a successor it already replaced', () => {
    // a → parent chain [a1, a] means the chosen parent a1 sits below a.
    expect(contractLinkErrors('a', { parentChain: ['a1', 'a', 'frame'], successorChain: [] })).toEqual([
      { field: 'parentId', message: 'field.parentCycle' },
    ]);
    expect(contractLinkErrors('2024', { parentChain: [], successorChain: ['2016', '2020', '2024'] })).toEqual(
      [{ field: 'successorId', message: 'field.successorCycle' }],
    );
    expect(contractLinkErrors('a', { parentChain: ['a'], successorChain: ['a'] })).toHaveLength(2);
  });

  it('accepts links that do not loop, and any link on a new contract', () => {
    expect(contractLinkErrors('a', { parentChain: ['frame'], successorChain: ['b', 'c'] })).toEqual([]);
    expect(contractLinkErrors(null, { parentChain: ['x'], successorChain: ['x'] })).toEqual([]);
  });

  it('offers neither the contract itself nor its descendants as parent', () => {
    const contracts = [
      { id: 'frame', parentId: null },
      { id: 'a', parentId: 'frame' },
      { id: 'a1', parentId: 'a' },
      { id: 'a11', parentId: 'a1' },
      { id: 'b', parentId: 'frame' },
    ];
    expect(parentCandidates(contracts, 'a').map((c) => c.id)).toEqual(['frame', 'b']);
    expect(parentCandidates(contracts, 'frame').map((c) => c.id)).toEqual([]);
    expect(parentCandidates(contracts, null)).toHaveLength(5);
  });

  it('offers neither the contract itself nor the contracts it replaced as successor', () => {
    const contracts = [
      { id: '2016', successorId: '2020' },
      { id: '2020', successorId: '2024' },
      { id: '2024', successorId: null },
      { id: 'other', successorId: null },
    ];
    expect(successorCandidates(contracts, '2024').map((c) => c.id)).toEqual(['other']);
    expect(successorCandidates(contracts, '2016').map((c) => c.id)).toEqual(['2020', '2024', 'other']);
  });
});
