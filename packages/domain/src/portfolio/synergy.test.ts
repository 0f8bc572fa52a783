import { aSynergyProject } from '../testing/portfolio.builders';
import { findProjectSynergies } from './synergy';

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
});
