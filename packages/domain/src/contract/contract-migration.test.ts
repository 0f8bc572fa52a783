import {
  contractMigrationMonths,
  contractMigrationTime,
  type MigrationDependent,
} from './contract-migration';

const usage = (name: string, migrationMonths: number | null): MigrationDependent => ({
  kind: 'SYSTEM_USAGE',
  id: `u-${name}`,
  name,
  migrationMonths,
});
const integration = (name: string, migrationMonths: number | null): MigrationDependent => ({
  kind: 'INTEGRATION',
  id: `i-${name}`,
  name,
  migrationMonths,
});
const byDefault = (months: number) => ({ months, source: 'DEFAULT', dependentId: null, dependentName: null });

describe('contractMigrationTime', () => {
  it('uses the default when nothing depends on the contract', () => {
    expect(contractMigrationTime([], 6)).toEqual(byDefault(6));
  });

  it('uses the default when no dependent has its own migration time', () => {
    expect(contractMigrationTime([usage('ESDH', null), integration('ESDH → CPR', null)], 6)).toEqual(
      byDefault(6),
    );
  });

  it('uses a covered usage whose migration is longer than the default', () => {
    // ESDH 9 > default 6 (SAG counts with 6)
    expect(contractMigrationTime([usage('ESDH', 9), usage('SAG', null)], 6)).toEqual({
      months: 9,
      source: 'SYSTEM_USAGE',
      dependentId: 'u-ESDH',
      dependentName: 'ESDH',
    });
  });

  it('uses an integration when it is the longest', () => {
    // usage 4, integration 11, default 6 → 11 from the integration
    expect(contractMigrationTime([usage('ESDH', 4), integration('ESDH → CPR', 11)], 6)).toEqual({
      months: 11,
      source: 'INTEGRATION',
      dependentId: 'i-ESDH → CPR',
      dependentName: 'ESDH → CPR',
    });
  });

  it('keeps the default when an unset dependent counts with a default longer than the explicit ones', () => {
    // ESDH 3, SAG unset → counts as 6: the longest is the default's 6
    expect(contractMigrationTime([usage('ESDH', 3), usage('SAG', null)], 6)).toEqual(byDefault(6));
  });

  it('lets explicit values shorter than the default win when every dependent has one', () => {
    // all set: 2 and 3 months, default 6 is not used
    expect(contractMigrationTime([usage('ESDH', 2), integration('ESDH → CPR', 3)], 6)).toEqual({
      months: 3,
      source: 'INTEGRATION',
      dependentId: 'i-ESDH → CPR',
      dependentName: 'ESDH → CPR',
    });
  });

  it('counts an explicit 0 as no migration', () => {
    expect(contractMigrationTime([usage('Portal', 0)], 6).months).toBe(0);
  });

  it('prefers an explicit value equal to the default, then a usage over an integration, then by name', () => {
    expect(contractMigrationTime([usage('ESDH', 6), usage('SAG', null)], 6)).toMatchObject({
      months: 6,
      source: 'SYSTEM_USAGE',
      dependentName: 'ESDH',
    });
    expect(
      contractMigrationTime([integration('A → B', 8), usage('Økonomi', 8), usage('Bolig', 8)], 0),
    ).toMatchObject({ months: 8, source: 'SYSTEM_USAGE', dependentName: 'Bolig' });
  });
});

describe('contractMigrationMonths', () => {
  it('uses the default for a contract without dependents', () => {
    expect(contractMigrationMonths(undefined, 6)).toBe(6);
  });

  it('uses the default when no dependent has its own migration time', () => {
    expect(contractMigrationMonths({ longestOwnMonths: null, someUseDefault: true }, 6)).toBe(6);
  });

  it('uses the longest own time when every dependent has one, even below the default', () => {
    // own times 2 and 3, all set: 3, the default 6 is not used
    expect(contractMigrationMonths({ longestOwnMonths: 3, someUseDefault: false }, 6)).toBe(3);
  });

  it('takes the default when a dependent without its own time makes it the longest', () => {
    // own 3, one unset counting as 6 → 6; own 9, one unset counting as 6 → 9
    expect(contractMigrationMonths({ longestOwnMonths: 3, someUseDefault: true }, 6)).toBe(6);
    expect(contractMigrationMonths({ longestOwnMonths: 9, someUseDefault: true }, 6)).toBe(9);
  });
});
