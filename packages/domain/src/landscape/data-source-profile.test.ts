import {
  aCopyRegister,
  aDataSource,
  aLandscapeContract,
  aLandscapeGraph,
  aLandscapeProject,
  anEdge,
  aUsage,
} from '../testing/landscape.builders';
import { dataSourceProfile } from './data-source-profile';

const today = '2027-01-01';
const cpr = aDataSource({ id: 'cpr', name: 'CPR' });
const copy = aCopyRegister('cpr', { id: 'copy', name: 'CPR copy' });

// Four usages read the copy register; one is retired and must count nowhere.
const usages = [
  aUsage({ id: 'a', name: 'Alpha', responsibleUnitId: 'social' }),
  aUsage({ id: 'b', name: 'Bravo', responsibleUnitId: 'social' }),
  aUsage({ id: 'c', name: 'Charlie', responsibleUnitId: null }),
  aUsage({ id: 'd', name: 'Delta', responsibleUnitId: 'school', lifecycle: 'RETIRED' }),
  aUsage({ id: 'e', name: 'Echo', responsibleUnitId: 'school' }),
];
const graph = aLandscapeGraph({
  usages,
  dataSources: [cpr, copy],
  dataEdges: [
    anEdge({
      usageId: 'a',
      dataSourceId: 'copy',
      channel: 'DIRECT',
      yearlyCost: 100_000,
      purpose: 'Case work ',
    }),
    anEdge({
      usageId: 'b',
      dataSourceId: 'copy',
      channel: 'DIRECT',
      yearlyCost: 40_000,
      purpose: 'case work',
    }),
    anEdge({ usageId: 'c', dataSourceId: 'copy', channel: 'FILE_TRANSFER', yearlyCost: 60_000 }),
    anEdge({ usageId: 'd', dataSourceId: 'copy', channel: 'DIRECT', yearlyCost: 999_000, purpose: 'Old' }),
    // Echo reads CPR itself, not the copy: it must not appear in the copy's profile.
    anEdge({ usageId: 'e', dataSourceId: 'cpr', yearlyCost: 0, purpose: 'Addresses' }),
  ],
  projects: [
    aLandscapeProject({ id: 'p2', name: 'Zulu project', usageIds: ['b', 'e'] }),
    aLandscapeProject({ id: 'p1', name: 'Alpha project', usageIds: ['a', 'a', 'c'] }),
    aLandscapeProject({ id: 'p3', name: 'Retired only', usageIds: ['d'] }),
  ],
});
const contracts = [
  aLandscapeContract({ id: 'open', name: 'Open-ended', usageIds: ['c'] }),
  aLandscapeContract({ id: 'late', name: 'Late', effectiveEnd: '2029-06-30', usageIds: ['a', 'e'] }),
  aLandscapeContract({ id: 'soon', name: 'Soon', effectiveEnd: '2027-12-31', usageIds: ['b'] }),
  aLandscapeContract({ id: 'other', name: 'Other', effectiveEnd: '2027-03-01', usageIds: ['e', 'd'] }),
];

describe('dataSourceProfile', () => {
  const profile = dataSourceProfile(graph, contracts, 'copy', today);

  it('lists the readers by name, without retired usages or readers of other sources', () => {
    expect(profile.readers.map((r) => [r.usageName, r.unitId, r.channel, r.purpose, r.yearlyCost])).toEqual([
      ['Alpha', 'social', 'DIRECT', 'Case work', 100_000],
      ['Bravo', 'social', 'DIRECT', 'case work', 40_000],
      ['Charlie', null, 'FILE_TRANSFER', '', 60_000],
    ]);
    // A copy register is never authoritative, whatever the edge says.
    expect(profile.readers.every((r) => !r.authoritative)).toBe(true);
  });

  it('groups readers by unit, channel and purpose with counts and summed cost', () => {
    // social: 100,000 + 40,000 = 140,000 (2 readers); no unit: 60,000 (1) last.
    expect(profile.byUnit).toEqual([
      { key: 'social', readerCount: 2, yearlyCost: 140_000 },
      { key: null, readerCount: 1, yearlyCost: 60_000 },
    ]);
    expect(profile.byChannel).toEqual([
      { key: 'DIRECT', readerCount: 2, yearlyCost: 140_000 },
      { key: 'FILE_TRANSFER', readerCount: 1, yearlyCost: 60_000 },
    ]);
    // "Case work " and "case work" are one purpose, named by the first reader (Alpha); unstated last.
    expect(profile.byPurpose).toEqual([
      { key: 'Case work', readerCount: 2, yearlyCost: 140_000 },
      { key: '', readerCount: 1, yearlyCost: 60_000 },
    ]);
  });

  it('sums the yearly cost and the copy cost', () => {
    expect(profile.yearlyCost).toBe(200_000);
    expect(profile.copyYearlyCost).toBe(200_000);
  });

  it('restricts the exit analysis to this source, switching to what it copies', () => {
    expect(profile.exit.rows.map((r) => [r.usageName, r.alternative?.dataSourceId, r.contract?.id])).toEqual([
      ['Alpha', 'cpr', 'late'],
      ['Charlie', 'cpr', 'open'],
      ['Bravo', 'cpr', 'soon'],
    ]);
    expect(profile.exit.totalYearlySaving).toBe(200_000);
  });

  it('finds the contracts and projects touching its readers, soonest end first and by name', () => {
    expect(profile.contracts.map((c) => [c.id, c.usageIds])).toEqual([
      ['soon', ['b']],
      ['late', ['a']],
      ['open', ['c']],
    ]);
    expect(profile.projects.map((p) => [p.id, p.usageIds])).toEqual([
      ['p1', ['a', 'c']],
      ['p2', ['b']],
    ]);
  });

  it('counts an authoritative read as no copy cost', () => {
    const cprProfile = dataSourceProfile(graph, contracts, 'cpr', today);
    expect(cprProfile.readers.map((r) => [r.usageName, r.authoritative])).toEqual([['Echo', true]]);
    expect(cprProfile.copyYearlyCost).toBe(0);
    expect(cprProfile.byPurpose).toEqual([{ key: 'Addresses', readerCount: 1, yearlyCost: 0 }]);
    expect(cprProfile.exit.rows).toEqual([]);
    expect(cprProfile.contracts.map((c) => c.id)).toEqual(['other', 'late']);
  });

  it('is empty for a source nobody in the organisation reads', () => {
    expect(dataSourceProfile(graph, contracts, 'unknown', today)).toMatchObject({
      readers: [],
      byUnit: [],
      byChannel: [],
      byPurpose: [],
      yearlyCost: 0,
      copyYearlyCost: 0,
      exit: { rows: [], totalYearlySaving: 0, totalSwitchingCost: 0, timeline: [] },
      contracts: [],
      projects: [],
    });
  });
});
