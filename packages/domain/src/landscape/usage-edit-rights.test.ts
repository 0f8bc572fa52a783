import { canEditIntegration, canEditSystemUsage, usageEditRight } from './usage-edit-rights';

// Unit tree: Forvaltning > Center > Team; Andet stands alone.
const units = [
  { id: 'forvaltning', parentId: null },
  { id: 'center', parentId: 'forvaltning' },
  { id: 'team', parentId: 'center' },
  { id: 'andet', parentId: null },
];
const off = { systemOwnersEditUnitUsages: false, units };
const on = { systemOwnersEditUnitUsages: true, units };
const owner = { viewerId: 'søren', roles: ['SYSTEM_OWNER'] as const, unitId: 'center' };
const usage = (
  keepers: Partial<{ ownerUserId: string; custodianUserId: string; responsibleUnitId: string }>,
) => ({
  ownerUserId: null,
  custodianUserId: null,
  responsibleUnitId: null,
  ...keepers,
});

describe('usageEditRight', () => {
  it('lets an administrator edit any usage, kept by nobody or by others', () => {
    const admin = { viewerId: 'henrik', roles: ['ADMINISTRATOR'] as const, unitId: null };
    expect(usageEditRight(admin, usage({}), off)).toEqual({ allowed: true, because: 'ADMINISTRATOR' });
    expect(usageEditRight(admin, usage({ ownerUserId: 'søren' }), off).allowed).toBe(true);
  });

  it('lets a system owner edit the usages they own or keep as custodian, and no other', () => {
    expect(usageEditRight(owner, usage({ ownerUserId: 'søren' }), off)).toEqual({
      allowed: true,
      because: 'OWNER',
    });
    expect(usageEditRight(owner, usage({ custodianUserId: 'søren' }), off)).toEqual({
      allowed: true,
      because: 'CUSTODIAN',
    });
    expect(
      usageEditRight(owner, usage({ ownerUserId: 'kirsten', responsibleUnitId: 'center' }), off),
    ).toEqual({
      allowed: false,
      because: 'NOT_KEEPER',
    });
    expect(usageEditRight(owner, usage({}), off).allowed).toBe(false);
  });

  it('with the unit setting on, adds the usages of their unit and its sub-units, not the units above or beside', () => {
    expect(usageEditRight(owner, usage({ responsibleUnitId: 'center' }), on)).toEqual({
      allowed: true,
      because: 'UNIT',
    });
    expect(usageEditRight(owner, usage({ responsibleUnitId: 'team' }), on).allowed).toBe(true);
    expect(usageEditRight(owner, usage({ responsibleUnitId: 'forvaltning' }), on)).toEqual({
      allowed: false,
      because: 'NOT_KEEPER_OR_UNIT',
    });
    expect(usageEditRight(owner, usage({ responsibleUnitId: 'andet' }), on).allowed).toBe(false);
    // A usage without a unit, or a viewer without one, matches no unit.
    expect(usageEditRight(owner, usage({}), on).allowed).toBe(false);
    expect(
      usageEditRight({ ...owner, unitId: null }, usage({ responsibleUnitId: 'center' }), on).allowed,
    ).toBe(false);
  });

  it('gives being named owner no right without the landscape role: a reader or contract manager stays read-only', () => {
    const reader = { viewerId: 'søren', roles: ['READER', 'CONTRACT_MANAGER'] as const, unitId: 'center' };
    expect(usageEditRight(reader, usage({ ownerUserId: 'søren', responsibleUnitId: 'center' }), on)).toEqual({
      allowed: false,
      because: 'NOT_LANDSCAPE_EDITOR',
    });
  });

  it('lets a read-write API token with the landscape role edit every usage, and a read token none', () => {
    const token = {
      viewerId: 'token',
      roles: ['SYSTEM_OWNER'] as const,
      unitId: null,
      organisationWide: true,
    };
    expect(usageEditRight(token, usage({ ownerUserId: 'søren' }), off)).toEqual({
      allowed: true,
      because: 'INTEGRATION',
    });
    const readToken = { ...token, roles: ['READER'] as const };
    expect(usageEditRight(readToken, usage({}), off)).toEqual({
      allowed: false,
      because: 'NOT_LANDSCAPE_EDITOR',
    });
  });

  it('stops at a loop in bad unit data instead of running forever', () => {
    const looping = {
      systemOwnersEditUnitUsages: true,
      units: [
        { id: 'a', parentId: 'b' },
        { id: 'b', parentId: 'a' },
      ],
    };
    expect(canEditSystemUsage({ ...owner, unitId: 'x' }, usage({ responsibleUnitId: 'a' }), looping)).toBe(
      false,
    );
    expect(canEditSystemUsage({ ...owner, unitId: 'b' }, usage({ responsibleUnitId: 'a' }), looping)).toBe(
      true,
    );
  });
});

describe('canEditIntegration', () => {
  it('lets whoever may edit either end edit the integration', () => {
    const mine = usage({ ownerUserId: 'søren' });
    const theirs = usage({ ownerUserId: 'kirsten' });
    expect(canEditIntegration(owner, [mine, theirs], off)).toBe(true);
    expect(canEditIntegration(owner, [theirs, mine], off)).toBe(true);
    expect(canEditIntegration(owner, [theirs, theirs], off)).toBe(false);
  });
});
