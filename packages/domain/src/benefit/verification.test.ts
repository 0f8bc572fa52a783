import { aContractFact, aCopyEdgeFact, aUsageFact } from '../testing/benefit.builders';
import { type VerificationFacts, verifyBenefit } from './verification';

const today = '2027-06-15';
const facts = (overrides: Partial<VerificationFacts> = {}): VerificationFacts => ({
  usages: [],
  contracts: [],
  copyEdges: [],
  today,
  ...overrides,
});

describe('verifyBenefit: USAGE_RETIRED', () => {
  const rule = { kind: 'USAGE_RETIRED', usageId: 'usage-1' } as const;
  // Covering usage-1 alone: 120,000 + 30,000; the 300,000 contract is shared with usage-2 and keeps running.
  const contracts = [
    aContractFact({ id: 'c-1', yearlyOperationCost: 120_000, coveredUsageIds: ['usage-1'] }),
    aContractFact({ id: 'c-2', yearlyOperationCost: 300_000, coveredUsageIds: ['usage-1', 'usage-2'] }),
    aContractFact({ id: 'c-3', yearlyOperationCost: 30_000, coveredUsageIds: ['usage-1'] }),
  ];

  it('verifies a retired usage and saves the contracts that covered only it', () => {
    const usages = [aUsageFact({ lifecycle: 'RETIRED', retiredOn: '2027-05-01' })];
    // 120,000 + 30,000 = 150,000
    expect(verifyBenefit(rule, facts({ usages, contracts }))).toEqual({
      verified: true,
      realisedOn: '2027-05-01',
      amount: 150_000,
      reason: 'VERIFIED',
    });
  });

  it('counts retirement on today and retirement without a known date', () => {
    const onToday = [aUsageFact({ lifecycle: 'RETIRED', retiredOn: today })];
    expect(verifyBenefit(rule, facts({ usages: onToday, contracts })).verified).toBe(true);
    const undated = [aUsageFact({ lifecycle: 'RETIRED', retiredOn: undefined })];
    expect(verifyBenefit(rule, facts({ usages: undated, contracts }))).toMatchObject({
      verified: true,
      realisedOn: null,
      amount: 150_000,
    });
  });

  it('does not verify a usage that is not yet retired', () => {
    const notYet = { verified: false, realisedOn: null, amount: 0, reason: 'USAGE_NOT_YET_RETIRED' };
    expect(verifyBenefit(rule, facts({ usages: [aUsageFact({ lifecycle: 'IN_USE' })], contracts }))).toEqual(
      notYet,
    );
    expect(
      verifyBenefit(
        rule,
        facts({ usages: [aUsageFact({ lifecycle: 'PHASING_OUT', retiredOn: '2027-05-01' })], contracts }),
      ),
    ).toEqual(notYet);
    // Registered as retired from next month: still running today.
    expect(
      verifyBenefit(
        rule,
        facts({ usages: [aUsageFact({ lifecycle: 'RETIRED', retiredOn: '2027-07-01' })], contracts }),
      ),
    ).toEqual(notYet);
  });

  it('reports an unknown usage', () => {
    expect(verifyBenefit(rule, facts({ usages: [aUsageFact({ id: 'other' })] })).reason).toBe(
      'USAGE_NOT_FOUND',
    );
  });
});

describe('verifyBenefit: CONTRACT_ENDED', () => {
  const rule = { kind: 'CONTRACT_ENDED', contractId: 'contract-1' } as const;

  it('verifies a contract whose last day has passed, realised from the day after', () => {
    const contracts = [aContractFact({ currentEnd: '2027-03-31', yearlyOperationCost: 120_000 })];
    expect(verifyBenefit(rule, facts({ contracts }))).toEqual({
      verified: true,
      realisedOn: '2027-04-01',
      amount: 120_000,
      reason: 'VERIFIED',
    });
  });

  it('treats the last day as still running', () => {
    expect(verifyBenefit(rule, facts({ contracts: [aContractFact({ currentEnd: today })] })).reason).toBe(
      'CONTRACT_STILL_RUNNING',
    );
    expect(
      verifyBenefit(rule, facts({ contracts: [aContractFact({ currentEnd: '2027-06-14' })] })),
    ).toMatchObject({
      verified: true,
      realisedOn: '2027-06-15',
    });
  });

  it('does not verify an ended contract that was renewed', () => {
    const contracts = [aContractFact({ currentEnd: '2027-03-31', renewedByContractId: 'contract-2' })];
    expect(verifyBenefit(rule, facts({ contracts }))).toEqual({
      verified: false,
      realisedOn: null,
      amount: 0,
      reason: 'CONTRACT_RENEWED',
    });
  });

  it('reports a renewed contract as renewed whatever its dates, never realised', () => {
    const renewed = { verified: false, realisedOn: null, amount: 0, reason: 'CONTRACT_RENEWED' };
    // Still running on today (ends 2028-03-31) with a successor already registered.
    const running = [aContractFact({ currentEnd: '2028-03-31', renewedByContractId: 'contract-2' })];
    expect(verifyBenefit(rule, facts({ contracts: running }))).toEqual(renewed);
    // Terminated early (last day 2027-02-28, before today 2027-06-15) but replaced by a successor.
    const terminated = [
      aContractFact({ currentEnd: '2029-12-31', terminatedOn: '2027-02-28', renewedByContractId: 'c-9' }),
    ];
    expect(verifyBenefit(rule, facts({ contracts: terminated }))).toEqual(renewed);
  });

  it('only looks at the successor of the tied contract', () => {
    // contract-2 has a successor, but the benefit is tied to contract-1, which ended 2027-03-31 without one.
    const contracts = [
      aContractFact({ id: 'contract-1', currentEnd: '2027-03-31', yearlyOperationCost: 75_000 }),
      aContractFact({ id: 'contract-2', currentEnd: '2027-03-31', renewedByContractId: 'contract-3' }),
    ];
    expect(verifyBenefit(rule, facts({ contracts }))).toEqual({
      verified: true,
      realisedOn: '2027-04-01',
      amount: 75_000,
      reason: 'VERIFIED',
    });
  });

  it('uses an early termination before the term end', () => {
    const terminated = [aContractFact({ currentEnd: '2029-12-31', terminatedOn: '2027-02-28' })];
    expect(verifyBenefit(rule, facts({ contracts: terminated }))).toMatchObject({
      verified: true,
      realisedOn: '2027-03-01',
    });
    const terminatedLater = [aContractFact({ currentEnd: '2029-12-31', terminatedOn: '2027-09-30' })];
    expect(verifyBenefit(rule, facts({ contracts: terminatedLater })).reason).toBe('CONTRACT_STILL_RUNNING');
  });

  it('does not verify a running contract without an end, nor an unknown one', () => {
    const ongoing = [aContractFact({ currentEnd: null, terminatedOn: null })];
    expect(verifyBenefit(rule, facts({ contracts: ongoing })).reason).toBe('CONTRACT_STILL_RUNNING');
    expect(verifyBenefit(rule, facts()).reason).toBe('CONTRACT_NOT_FOUND');
  });
});

describe('verifyBenefit: COPY_REGISTER_REPLACED', () => {
  const rule = { kind: 'COPY_REGISTER_REPLACED', edgeId: 'edge-1' } as const;

  it('verifies a switched copy purchase with its yearly cost', () => {
    const copyEdges = [aCopyEdgeFact({ switchedOn: '2027-04-01', yearlyCost: 80_000 })];
    expect(verifyBenefit(rule, facts({ copyEdges }))).toEqual({
      verified: true,
      realisedOn: '2027-04-01',
      amount: 80_000,
      reason: 'VERIFIED',
    });
  });

  it('does not verify before the switch date', () => {
    expect(verifyBenefit(rule, facts({ copyEdges: [aCopyEdgeFact({ switchedOn: null })] })).reason).toBe(
      'EDGE_NOT_YET_SWITCHED',
    );
    expect(verifyBenefit(rule, facts({ copyEdges: [aCopyEdgeFact({ switchedOn: '2027-07-01' })] }))).toEqual({
      verified: false,
      realisedOn: null,
      amount: 0,
      reason: 'EDGE_NOT_YET_SWITCHED',
    });
  });

  it('only replaces edges that bought copied data', () => {
    const authoritative = aCopyEdgeFact({
      dataSourceKind: 'BASE_REGISTER',
      authoritative: true,
      switchedOn: '2027-04-01',
    });
    expect(verifyBenefit(rule, facts({ copyEdges: [authoritative] })).reason).toBe(
      'EDGE_NOT_A_COPY_PURCHASE',
    );
    // An external source flagged non-authoritative is a copy purchase too.
    const flagged = aCopyEdgeFact({
      dataSourceKind: 'EXTERNAL',
      authoritative: false,
      switchedOn: '2027-04-01',
    });
    expect(verifyBenefit(rule, facts({ copyEdges: [flagged] })).verified).toBe(true);
    expect(verifyBenefit(rule, facts()).reason).toBe('EDGE_NOT_FOUND');
  });
});
