import {
  canArchiveCapability,
  capabilityPath,
  capabilityPlacementProblem,
  type CapabilityNode,
} from './capability-tree';

// kommunikation ─┬─ sms ── sms-gateway
//                └─ post (archived)
// gis
const node = (id: string, parentId: string | null, archived = false): CapabilityNode => ({
  id,
  parentId,
  name: id,
  archived,
});
const tree = [
  node('kommunikation', null),
  node('sms', 'kommunikation'),
  node('sms-gateway', 'sms'),
  node('post', 'kommunikation', true),
  node('gis', null),
];

describe('capabilityPlacementProblem', () => {
  it('allows a root, a new child and a move to another branch', () => {
    expect(capabilityPlacementProblem(tree, 'sms', null)).toBeNull();
    expect(capabilityPlacementProblem(tree, null, 'sms')).toBeNull();
    expect(capabilityPlacementProblem(tree, 'sms', 'gis')).toBeNull();
  });

  it('refuses moving a node under itself or under any of its descendants', () => {
    expect(capabilityPlacementProblem(tree, 'sms', 'sms')).toBe('CYCLE');
    expect(capabilityPlacementProblem(tree, 'kommunikation', 'sms-gateway')).toBe('CYCLE');
  });

  it('refuses an unknown or archived parent', () => {
    expect(capabilityPlacementProblem(tree, 'gis', 'nowhere')).toBe('UNKNOWN_PARENT');
    expect(capabilityPlacementProblem(tree, null, 'post')).toBe('ARCHIVED_PARENT');
  });

  it('stops on a chain that already loops instead of walking forever', () => {
    const looped = [node('a', 'b'), node('b', 'a'), node('c', null)];
    expect(capabilityPlacementProblem(looped, 'c', 'a')).toBeNull();
  });
});

describe('canArchiveCapability', () => {
  it('archives a leaf or a node whose children are all archived, not one with an active child', () => {
    expect(canArchiveCapability(tree, 'sms-gateway')).toBe(true);
    expect(canArchiveCapability(tree, 'sms')).toBe(false);
    expect(canArchiveCapability(tree, 'kommunikation')).toBe(false);
    expect(canArchiveCapability([node('k', null), node('p', 'k', true)], 'k')).toBe(true);
  });
});

describe('capabilityPath', () => {
  it('lists the names from the root down', () => {
    expect(capabilityPath(tree, 'sms-gateway')).toEqual(['kommunikation', 'sms', 'sms-gateway']);
    expect(capabilityPath(tree, 'gis')).toEqual(['gis']);
    expect(capabilityPath(tree, 'missing')).toEqual([]);
  });
});
