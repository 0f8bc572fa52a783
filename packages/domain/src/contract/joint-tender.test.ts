import { addMonths } from '../shared/dates';
import { aJointTenderContract } from '../testing/contract.builders';
import { findJointTenderCandidates, type JointTenderContract } from './joint-tender';

const onSystem = (id: string, organisationId: string, decisionDate: string | null, system = 'esdh') =>
  aJointTenderContract({ id, organisationId, decisionDate, catalogueSystemIds: [system] });

describe('findJointTenderCandidates: windows', () => {
  it('groups contracts of different organisations whose decision dates are at most 18 months apart', () => {
    const candidates = findJointTenderCandidates([
      onSystem('a', 'org-1', '2027-01-01'),
      onSystem('b', 'org-2', '2028-07-01'), // 2027-01-01 + 18 months: just inside a's window
      onSystem('c', 'org-3', '2028-07-02'), // a day outside a's window, inside b's
    ]);
    expect(candidates).toEqual([
      {
        key: 'SYSTEM:esdh:2027-01-01',
        matchedOn: 'SYSTEM',
        value: 'esdh',
        contractIds: ['a', 'b'],
        organisationIds: ['org-1', 'org-2'],
        windowStart: '2027-01-01',
        windowEnd: '2028-07-01',
      },
      {
        key: 'SYSTEM:esdh:2028-07-01',
        matchedOn: 'SYSTEM',
        value: 'esdh',
        contractIds: ['b', 'c'],
        organisationIds: ['org-2', 'org-3'],
        windowStart: '2028-07-01',
        windowEnd: '2028-07-02',
      },
    ]);
  });
  it('finds nothing when the decision dates are further apart than the window', () => {
    expect(
      findJointTenderCandidates([onSystem('a', 'org-1', '2027-01-01'), onSystem('b', 'org-2', '2028-07-02')]),
    ).toEqual([]);
  });
  it('honours a custom window', () => {
    const contracts = [onSystem('a', 'org-1', '2027-01-01'), onSystem('b', 'org-2', '2027-07-02')];
    expect(findJointTenderCandidates(contracts, 6)).toEqual([]); // 2027-07-01 is the last day inside
    expect(findJointTenderCandidates(contracts, 7)).toHaveLength(1);
  });
  it('reports only the widest group, not its subsets', () => {
    const candidates = findJointTenderCandidates([
      onSystem('a', 'org-1', '2027-01-01'),
      onSystem('b', 'org-2', '2027-03-01'),
      onSystem('c', 'org-3', '2027-03-01'),
    ]);
    expect(candidates.map((c) => c.contractIds)).toEqual([['a', 'b', 'c']]);
  });
  it('leaves out contracts without a decision date', () => {
    expect(
      findJointTenderCandidates([onSystem('a', 'org-1', '2027-01-01'), onSystem('b', 'org-2', null)]),
    ).toEqual([]);
  });
});

describe('findJointTenderCandidates: organisations', () => {
  it('needs at least two organisations', () => {
    expect(
      findJointTenderCandidates([onSystem('a', 'org-1', '2027-01-01'), onSystem('b', 'org-1', '2027-01-01')]),
    ).toEqual([]);
  });
  it("keeps an organisation's second contract in a group that spans organisations", () => {
    const [candidate] = findJointTenderCandidates([
      onSystem('a1', 'org-1', '2027-01-01'),
      onSystem('a2', 'org-1', '2027-02-01'),
      onSystem('b', 'org-2', '2027-03-01'),
    ]);
    expect(candidate.contractIds).toEqual(['a1', 'a2', 'b']);
    expect(candidate.organisationIds).toEqual(['org-1', 'org-2']);
  });
  it('returns only the candidates the participant takes part in, as filtering afterwards would', () => {
    const contracts = [
      onSystem('a', 'org-1', '2027-01-01', 'esdh'),
      onSystem('b', 'org-2', '2027-02-01', 'esdh'),
      onSystem('c', 'org-2', '2027-01-01', 'okonomi'),
      onSystem('d', 'org-3', '2027-03-01', 'okonomi'),
    ];
    const all = findJointTenderCandidates(contracts);
    expect(all.map((c) => c.value)).toEqual(['esdh', 'okonomi']);
    expect(findJointTenderCandidates(contracts, 18, 'org-1').map((c) => c.contractIds)).toEqual([['a', 'b']]);
    expect(findJointTenderCandidates(contracts, 18, 'org-2')).toEqual(all);
    expect(findJointTenderCandidates(contracts, 18, 'org-4')).toEqual([]);
  });
});

describe('findJointTenderCandidates: de-duplication', () => {
  const shared = { capabilities: ['case-handling'], supplierId: 'supplier-1', decisionDate: '2027-01-01' };
  it('reports a set matched on system, capability and supplier once, as SYSTEM', () => {
    const candidates = findJointTenderCandidates([
      aJointTenderContract({ id: 'a', organisationId: 'org-1', catalogueSystemIds: ['esdh'], ...shared }),
      aJointTenderContract({ id: 'b', organisationId: 'org-2', catalogueSystemIds: ['esdh'], ...shared }),
    ]);
    expect(candidates.map((c) => [c.matchedOn, c.value])).toEqual([['SYSTEM', 'esdh']]);
  });
  it('prefers CAPABILITY over SUPPLIER, and still reports a different set under a weaker match', () => {
    const candidates = findJointTenderCandidates([
      aJointTenderContract({ id: 'a', organisationId: 'org-1', catalogueSystemIds: ['esdh'], ...shared }),
      aJointTenderContract({ id: 'b', organisationId: 'org-2', catalogueSystemIds: ['esdh'], ...shared }),
      // shares capability and supplier but runs another system
      aJointTenderContract({ id: 'c', organisationId: 'org-3', catalogueSystemIds: ['other'], ...shared }),
    ]);
    expect(candidates.map((c) => [c.matchedOn, c.contractIds])).toEqual([
      ['SYSTEM', ['a', 'b']],
      ['CAPABILITY', ['a', 'b', 'c']], // the supplier match gives the same set: left out
    ]);
  });
  it('recognises the same set under a weaker match when its ids and dates sort differently', () => {
    // z decides before a, so the buckets list the set as z, a; the candidate lists ids sorted.
    const candidates = findJointTenderCandidates([
      aJointTenderContract({ id: 'z', organisationId: 'org-1', catalogueSystemIds: ['esdh'], ...shared }),
      aJointTenderContract({
        id: 'a',
        organisationId: 'org-2',
        catalogueSystemIds: ['esdh'],
        ...shared,
        decisionDate: '2027-06-01',
      }),
    ]);
    expect(candidates.map((c) => [c.matchedOn, c.contractIds])).toEqual([['SYSTEM', ['a', 'z']]]);
  });
  it('reports a set sharing two systems once, under the first system', () => {
    const both = ['esdh-2', 'esdh-1'];
    const candidates = findJointTenderCandidates([
      aJointTenderContract({ id: 'a', organisationId: 'org-1', catalogueSystemIds: both }),
      aJointTenderContract({ id: 'b', organisationId: 'org-2', catalogueSystemIds: both }),
    ]);
    expect(candidates.map((c) => c.value)).toEqual(['esdh-1']);
  });
});

describe('findJointTenderCandidates: scale', () => {
  it('handles 4,000 contracts across 98 organisations, and every group fits its window', () => {
    // Deterministic pseudo-random data (Park–Miller generator, exact in doubles), over eight years.
    let seed = 42;
    const next = (n: number) => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed % n;
    };
    const contracts: JointTenderContract[] = Array.from({ length: 4_000 }, (_, i) => ({
      id: `c${i}`,
      organisationId: `org-${next(98)}`,
      catalogueSystemIds: [`system-${next(300)}`],
      capabilities: [`capability-${next(40)}`, `capability-${next(40)}`],
      supplierId: next(10) === 0 ? null : `supplier-${next(60)}`,
      decisionDate: addMonths('2026-01-01', next(96)),
    }));
    // Speed is measured by `pnpm bench`, not asserted here.
    const candidates = findJointTenderCandidates(contracts);

    expect(candidates.length).toBeGreaterThan(0);
    const sets = new Set(candidates.map((c) => c.contractIds.join('|')));
    expect(sets.size).toBe(candidates.length);
    for (const candidate of candidates) {
      expect(candidate.organisationIds.length).toBeGreaterThanOrEqual(2);
      expect(candidate.windowEnd <= addMonths(candidate.windowStart, 18)).toBe(true);
    }
  });
});
