import { aCopyRegister, aDataSource, anEdge, aUsage } from '../testing/landscape.builders';
import { findOverlaps } from './overlap-analysis';

const cpr = aDataSource({ id: 'cpr', name: 'CPR' });
const cprCopy = aCopyRegister('cpr', { id: 'cpr-copy' });
const cvr = aDataSource({ id: 'cvr', name: 'CVR' });
const gateway = aDataSource({ id: 'sms-gateway', kind: 'EXTERNAL' });
const sources = [cpr, cprCopy, cvr, gateway];

describe('findOverlaps', () => {
  // SMS: sms1 50,000; sms2 80,000 + 10,000 gateway = 90,000; sms3 is retired and ignored.
  //   combined 140,000.
  // Management information: mi1 200,000 + 40,000 (CPR copy) + 10,000 (CVR) = 250,000;
  //   mi2 150,000 + 25,000 (CPR) = 175,000; mi3 120,000 + 0 (free CPR) = 120,000.
  //   combined 545,000.
  const usages = [
    aUsage({ id: 'sms1', name: 'SMS One', capabilities: ['SMS'], yearlyCost: 50_000 }),
    aUsage({ id: 'sms2', name: 'SMS Two', capabilities: ['SMS'], yearlyCost: 80_000 }),
    aUsage({ id: 'sms3', name: 'SMS Old', capabilities: ['SMS'], yearlyCost: 100_000, lifecycle: 'RETIRED' }),
    aUsage({ id: 'mi1', name: 'MI One', capabilities: ['Ledelsesinformation'], yearlyCost: 200_000 }),
    aUsage({ id: 'mi2', name: 'MI Two', capabilities: ['Ledelsesinformation'], yearlyCost: 150_000 }),
    aUsage({ id: 'mi3', name: 'MI Three', capabilities: ['Ledelsesinformation'], yearlyCost: 120_000 }),
    aUsage({ id: 'booking', capabilities: ['Booking'], yearlyCost: 60_000 }),
    aUsage({ id: 'payroll', capabilities: ['Løn'], yearlyCost: 300_000 }),
  ];
  const edges = [
    anEdge({ usageId: 'sms2', dataSourceId: 'sms-gateway', yearlyCost: 10_000 }),
    anEdge({ usageId: 'sms3', dataSourceId: 'sms-gateway', yearlyCost: 10_000 }),
    anEdge({ usageId: 'mi1', dataSourceId: 'cpr-copy', yearlyCost: 40_000, authoritative: false }),
    anEdge({ usageId: 'mi1', dataSourceId: 'cvr', yearlyCost: 10_000 }),
    anEdge({ usageId: 'mi2', dataSourceId: 'cpr', yearlyCost: 25_000 }),
    anEdge({ usageId: 'mi3', dataSourceId: 'cpr', yearlyCost: 0 }),
    anEdge({ usageId: 'payroll', dataSourceId: 'cpr', yearlyCost: 30_000 }),
  ];

  it('finds capabilities served by several active usages, costliest first, proposing no survivor', () => {
    const { capabilities } = findOverlaps(usages, edges, sources);

    expect(capabilities).toEqual([
      {
        capability: 'Ledelsesinformation',
        usages: [
          { usageId: 'mi3', name: 'MI Three', yearlyCost: 120_000 },
          { usageId: 'mi2', name: 'MI Two', yearlyCost: 175_000 },
          { usageId: 'mi1', name: 'MI One', yearlyCost: 250_000 },
        ],
        combinedYearlyCost: 545_000,
      },
      {
        capability: 'SMS',
        usages: [
          { usageId: 'sms1', name: 'SMS One', yearlyCost: 50_000 },
          { usageId: 'sms2', name: 'SMS Two', yearlyCost: 90_000 },
        ],
        combinedYearlyCost: 140_000,
      },
    ]);
  });

  it('finds the same base data bought by usages sharing a capability, counting a copy as its source', () => {
    // CPR buyers: mi1 40,000 (via the copy), mi2 25,000, payroll 30,000; mi3 reads it free.
    // payroll shares no capability with the others, so the duplicate is mi1 + mi2:
    // 65,000 total, 40,000 beyond the cheapest purchase. CVR has a single buyer.
    const { duplicateData } = findOverlaps(usages, edges, sources);

    expect(duplicateData).toEqual([
      {
        dataSourceId: 'cpr',
        dataSourceName: 'CPR',
        sharedCapabilities: ['Ledelsesinformation'],
        buyers: [
          { usageId: 'mi2', name: 'MI Two', yearlyCost: 25_000 },
          { usageId: 'mi1', name: 'MI One', yearlyCost: 40_000 },
        ],
        totalYearlyCost: 65_000,
        duplicatedCost: 40_000,
      },
    ]);
  });

  it('groups buyers linked through a chain of shared capabilities and sorts by duplicated cost', () => {
    // CVR: a (X) – b (X, Y) – c (Y) form one group: 10,000 + 20,000 + 30,000 = 60,000, minus 10,000 = 50,000.
    // CPR: d and e share Z: 5,000 + 7,000 = 12,000, minus 5,000 = 7,000.
    const result = findOverlaps(
      [
        aUsage({ id: 'a', capabilities: ['X'] }),
        aUsage({ id: 'b', capabilities: ['X', 'Y'] }),
        aUsage({ id: 'c', capabilities: ['Y'] }),
        aUsage({ id: 'd', capabilities: ['Z'] }),
        aUsage({ id: 'e', capabilities: ['Z'] }),
      ],
      [
        anEdge({ usageId: 'd', dataSourceId: 'cpr', yearlyCost: 5_000 }),
        anEdge({ usageId: 'e', dataSourceId: 'cpr', yearlyCost: 7_000 }),
        anEdge({ usageId: 'a', dataSourceId: 'cvr', yearlyCost: 10_000 }),
        anEdge({ usageId: 'b', dataSourceId: 'cvr', yearlyCost: 20_000 }),
        anEdge({ usageId: 'c', dataSourceId: 'cvr', yearlyCost: 30_000 }),
      ],
      sources,
    );

    expect(result.duplicateData.map((d) => [d.dataSourceId, d.sharedCapabilities, d.duplicatedCost])).toEqual(
      [
        ['cvr', ['X', 'Y'], 50_000],
        ['cpr', ['Z'], 7_000],
      ],
    );
  });

  it('finds nothing when every capability has one active usage', () => {
    const result = findOverlaps(
      [
        aUsage({ id: 'a', capabilities: ['SMS'] }),
        aUsage({ id: 'b', capabilities: ['SMS'], lifecycle: 'RETIRED' }),
      ],
      [
        anEdge({ usageId: 'a', dataSourceId: 'cpr', yearlyCost: 1_000 }),
        anEdge({ usageId: 'b', dataSourceId: 'cpr', yearlyCost: 1_000 }),
      ],
    );

    expect(result).toEqual({ capabilities: [], duplicateData: [] });
  });
});
