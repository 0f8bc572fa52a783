import { aContractTerms } from '../testing/contract.builders';
import { contractTreeDates, scheduleContractTree, type ContractScheduleSettings } from './contract-schedule';
import { DEFAULT_PROCUREMENT_LEAD_MONTHS } from './retender-decision';

const today = '2026-05-10';
const settings: ContractScheduleSettings = {
  procurementLeadMonths: DEFAULT_PROCUREMENT_LEAD_MONTHS,
  migrationMonths: 2,
};
// A framework ending 2027-05-31 (6 months notice, EU tender) and a call-off that would run to 2028.
const framework = {
  id: 'framework',
  parentId: null,
  terms: aContractTerms({ endDate: '2027-05-31', noticePeriodMonths: 6, purchaseForm: 'EU_TENDER' }),
};
const callOff = {
  id: 'call-off',
  parentId: 'framework',
  terms: aContractTerms({ endDate: '2028-12-31', noticePeriodMonths: 3, purchaseForm: 'OTHER' }),
};

describe('scheduleContractTree', () => {
  it("caps a child at its parent's end and plans with the organisation's lead times and migration", () => {
    const schedule = scheduleContractTree(
      [
        {
          ...callOff,
          migration: {
            dependents: [
              { kind: 'SYSTEM_USAGE', id: 'u1', name: 'ESDH', migrationMonths: 3 },
              { kind: 'INTEGRATION', id: 'i1', name: 'Til økonomi', migrationMonths: null },
            ],
          },
        },
        framework,
      ],
      settings,
      today,
    );
    const child = schedule.get('call-off')!;
    // Capped at 2027-05-31; notice (3 months) by 2027-02-28; 6 + 3 months before that: 2026-05-31.
    expect(child.dates).toMatchObject({
      currentEnd: '2027-05-31',
      cappedByParent: true,
      latestNoticeDate: '2027-02-28',
    });
    expect(child).toMatchObject({
      migrationMonths: 3,
      migration: { source: 'SYSTEM_USAGE', dependentId: 'u1' },
      procurementLeadMonths: 6,
      decisionDate: '2026-05-31',
      windowClosed: false,
    });
    expect(child.decision.leadMonths).toBe(12);
    // Framework: notice (6 months) by 2026-11-30; 12 EU + 2 default migration months before that is
    // 2025-09-30 (2025-10-01 + 14 months = 2026-12-01 is too late); 222 days before today.
    expect(schedule.get('framework')).toMatchObject({
      migrationMonths: 2,
      migration: { source: 'DEFAULT' },
      decisionDate: '2025-09-30',
      windowClosed: true,
      decision: { daysLate: 222 },
    });
  });

  it('gives the same months and dates from a migration summary as from the dependents', () => {
    const fromSummary = scheduleContractTree(
      [{ ...callOff, migration: { summary: { longestOwnMonths: 3, someUseDefault: true } } }, framework],
      settings,
      today,
    ).get('call-off')!;
    expect(fromSummary).toMatchObject({ migrationMonths: 3, migration: null, decisionDate: '2026-05-31' });
  });

  it('has no decision date and no closed window once the contract has ended', () => {
    const ended = {
      id: 'ended',
      parentId: null,
      terms: aContractTerms({ endDate: '2026-03-31', purchaseForm: 'OTHER' }),
    };
    const schedule = scheduleContractTree([ended], settings, today).get('ended')!;
    expect(schedule.dates.validity).toBe('EXPIRED');
    expect(schedule.decision.windowClosed).toBe(true);
    expect(schedule).toMatchObject({ decisionDate: null, windowClosed: false });
  });
});

describe('contractTreeDates', () => {
  it('computes a child after its parent whatever the input order', () => {
    const dates = contractTreeDates([callOff, framework], today);
    expect(dates.get('call-off')!.currentEnd).toBe('2027-05-31');
  });

  it('treats a missing parent as none and cuts a parent cycle', () => {
    expect(contractTreeDates([callOff], today).get('call-off')!.currentEnd).toBe('2028-12-31');
    const a = { id: 'a', parentId: 'b', terms: aContractTerms({ endDate: '2027-01-31' }) };
    const b = { id: 'b', parentId: 'a', terms: aContractTerms({ endDate: '2028-01-31' }) };
    const dates = contractTreeDates([a, b], today);
    // a is visited first, so b is computed without a parent; b's later end does not cap a.
    expect(dates.get('a')!.currentEnd).toBe('2027-01-31');
    expect(dates.get('b')!.currentEnd).toBe('2028-01-31');
  });
});
