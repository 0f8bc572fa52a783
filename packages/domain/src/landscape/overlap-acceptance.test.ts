import { overlapKey, splitAcceptedOverlaps } from './overlap-acceptance';
import type { CapabilityOverlap } from './overlap-analysis';

const overlap = (capability: string, ...usageIds: string[]): CapabilityOverlap => ({
  capability,
  usages: usageIds.map((usageId) => ({ usageId, name: usageId, yearlyCost: 1 })),
  combinedYearlyCost: usageIds.length,
});

describe('overlapKey', () => {
  it('ignores the order and repeats of the usages', () => {
    expect(overlapKey('SMS', ['b', 'a', 'a'])).toBe(overlapKey('SMS', ['a', 'b']));
    expect(overlapKey('SMS', ['a', 'b'])).not.toBe(overlapKey('GIS', ['a', 'b']));
  });
});

describe('splitAcceptedOverlaps', () => {
  it('takes an accepted overlap off the open list, and shows it again once its set of systems changes', () => {
    const sms = overlap('SMS', 'a', 'b');
    const gis = overlap('GIS', 'a', 'b');
    const smsGrown = overlap('SMS', 'a', 'b', 'c');
    const acceptance = { id: 'acc-1', capability: 'SMS', usageIds: ['b', 'a'] };

    const now = splitAcceptedOverlaps([sms, gis], [acceptance]);
    expect(now.open).toEqual([gis]);
    expect(now.accepted).toEqual([{ overlap: sms, acceptance }]);

    const later = splitAcceptedOverlaps([smsGrown, gis], [acceptance]);
    expect(later.open).toEqual([smsGrown, gis]);
    expect(later.accepted).toEqual([]);
  });
});
