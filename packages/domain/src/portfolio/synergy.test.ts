import { aSynergyProject } from '../testing/portfolio.builders';
import { findProjectSynergies, groupProjectOverlaps } from './synergy';

describe('findProjectSynergies', () => {
  const a = aSynergyProject({ id: 'a', name: 'Ny ESDH', usageIds: ['u1', 'u2', 'u2'], capabilities: ['c1'] });
  const b = aSynergyProject({ id: 'b', name: 'Sagsoverblik', usageIds: ['u2'], capabilities: ['c1', 'c2'] });
  const c = aSynergyProject({ id: 'c', name: 'Skolefoto', usageIds: ['u3'], capabilities: [] });
  const d = aSynergyProject({ id: 'd', name: 'Dataplatform', usageIds: ['u3', 'u1'], capabilities: ['c2'] });

  it('lists every pair that shares a system usage or capability, most shared first', () => {
    // a–b share u2 and c1 (2); a–d share u1; b–d share c2; c–d share u3 (1 each, input order);
    // a–c and b–c share nothing. a's repeated u2 is reported once.
    expect(findProjectSynergies([a, b, c, d])).toEqual([
      {
        projectIds: ['a', 'b'],
        projectNames: ['Ny ESDH', 'Sagsoverblik'],
        sharedUsageIds: ['u2'],
        sharedCapabilities: ['c1'],
      },
      {
        projectIds: ['a', 'd'],
        projectNames: ['Ny ESDH', 'Dataplatform'],
        sharedUsageIds: ['u1'],
        sharedCapabilities: [],
      },
      {
        projectIds: ['b', 'd'],
        projectNames: ['Sagsoverblik', 'Dataplatform'],
        sharedUsageIds: [],
        sharedCapabilities: ['c2'],
      },
      {
        projectIds: ['c', 'd'],
        projectNames: ['Skolefoto', 'Dataplatform'],
        sharedUsageIds: ['u3'],
        sharedCapabilities: [],
      },
    ]);
  });

  it('finds nothing for unrelated projects or a single project', () => {
    expect(findProjectSynergies([a, c])).toEqual([]);
    expect(findProjectSynergies([a])).toEqual([]);
  });

  it('refuses a project listed twice', () => {
    expect(() => findProjectSynergies([a, b, a])).toThrow('Project a is listed twice');
  });

  it('ignores closed and rejected projects, but not those on hold', () => {
    const closed = aSynergyProject({ id: 'x', name: 'Lukket', usageIds: ['u1'], status: 'CLOSED' });
    const rejected = aSynergyProject({ id: 'y', name: 'Afvist', capabilities: ['c1'], status: 'REJECTED' });
    const held = aSynergyProject({ id: 'z', name: 'Pause', usageIds: ['u1'], status: 'ON_HOLD' });
    // Only a–z remain: a shares u1 with the closed and held projects, c1 with the rejected one.
    expect(findProjectSynergies([a, closed, rejected, held])).toEqual([
      {
        projectIds: ['a', 'z'],
        projectNames: ['Ny ESDH', 'Pause'],
        sharedUsageIds: ['u1'],
        sharedCapabilities: [],
      },
    ]);
    // A finished project listed twice is still a caller bug.
    expect(() => findProjectSynergies([closed, closed])).toThrow('Project x is listed twice');
  });
});

describe('groupProjectOverlaps', () => {
  const a = aSynergyProject({ id: 'a', usageIds: ['u1', 'u2', 'u2'], capabilities: ['Sagsbehandling'] });
  const b = aSynergyProject({ id: 'b', usageIds: ['u2'], capabilities: ['Sagsbehandling', 'Økonomi'] });
  const c = aSynergyProject({ id: 'c', usageIds: ['u3', 'u2'], capabilities: [] });
  const d = aSynergyProject({ id: 'd', usageIds: ['u1'], capabilities: ['Økonomi'] });

  it('groups projects by the shared system, then by the shared capability, most crowded first', () => {
    // u2: a, b, c (3); u1: a, d (2); u3 only c. Sagsbehandling: a, b; Økonomi: b, d.
    expect(groupProjectOverlaps([a, b, c, d])).toEqual([
      { kind: 'SYSTEM', key: 'u2', projectIds: ['a', 'b', 'c'] },
      { kind: 'SYSTEM', key: 'u1', projectIds: ['a', 'd'] },
      { kind: 'CAPABILITY', key: 'Sagsbehandling', projectIds: ['a', 'b'] },
      { kind: 'CAPABILITY', key: 'Økonomi', projectIds: ['b', 'd'] },
    ]);
  });

  it('finds only capability overlaps when no system is shared', () => {
    const x = aSynergyProject({ id: 'x', usageIds: ['u7'], capabilities: ['GIS'] });
    const y = aSynergyProject({ id: 'y', usageIds: ['u8'], capabilities: ['GIS'] });
    expect(groupProjectOverlaps([x, y])).toEqual([
      { kind: 'CAPABILITY', key: 'GIS', projectIds: ['x', 'y'] },
    ]);
  });

  it('finds nothing without overlap, and leaves out closed and rejected projects', () => {
    const x = aSynergyProject({ id: 'x', usageIds: ['u7'], capabilities: ['GIS'] });
    expect(groupProjectOverlaps([x, c])).toEqual([]);
    const closed = aSynergyProject({ id: 'k', usageIds: ['u7'], capabilities: ['GIS'], status: 'CLOSED' });
    const rejected = aSynergyProject({ id: 'r', usageIds: ['u7'], status: 'REJECTED' });
    expect(groupProjectOverlaps([x, closed, rejected])).toEqual([]);
    const active = aSynergyProject({ id: 'v', usageIds: ['u7'], status: 'ACTIVE' });
    expect(groupProjectOverlaps([x, closed, active])).toEqual([
      { kind: 'SYSTEM', key: 'u7', projectIds: ['x', 'v'] },
    ]);
  });
});
