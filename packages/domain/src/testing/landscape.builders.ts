// Landscape test data: every builder has plain defaults and takes overrides. Ids are never generated:
// defaults are fixed and edge ids are derived from their ends, so test data reads the same every run.
import type {
  DataSource,
  DataSourceEdge,
  InfrastructureComponent,
  InfrastructureEdge,
  Integration,
  LandscapeContract,
  LandscapeGraph,
  LandscapeProject,
  SystemUsage,
} from '../landscape';
import { type DataPayload, type DataType, type RegisterFamily } from '../landscape/data-payload';
import { REGISTER_FAMILIES } from '../shared/enums';

/** The builders' default payload: person data from CPR, the commonest declaration. */
export const PERSON_CPR: DataPayload = { dataTypes: ['PERSON'], registerFamilies: ['CPR'] };

/** A payload for tests: `payload('CASE', 'DOCUMENT')`, `payload('PERSON', 'CPR')`, `payload()` = undeclared. */
export function payload(...values: (DataType | RegisterFamily)[]): DataPayload {
  const isFamily = (v: string): v is RegisterFamily => (REGISTER_FAMILIES as readonly string[]).includes(v);
  return {
    dataTypes: values.filter((v): v is DataType => !isFamily(v)),
    registerFamilies: values.filter(isFamily),
  };
}

export function aUsage(overrides: Partial<SystemUsage> = {}): SystemUsage {
  const id = overrides.id ?? 'usage-1';
  return {
    id,
    organisationId: 'org-1',
    name: id,
    lifecycle: 'IN_USE',
    inUseUntil: null,
    responsibleUnitId: 'unit-1',
    capabilities: [],
    taskAreas: [],
    yearlyCost: 0,
    ...overrides,
  };
}

export function aDataSource(overrides: Partial<DataSource> = {}): DataSource {
  const id = overrides.id ?? 'source-1';
  return {
    id,
    name: id,
    kind: 'BASE_REGISTER',
    registerFamily: null,
    copyOfId: null,
    defaultChannel: 'SERVICEPLATFORMEN',
    lifecycle: 'IN_USE',
    endsOn: null,
    ...overrides,
  };
}

/** A copy register of `copyOfId`, as suppliers sell them. */
export function aCopyRegister(copyOfId: string, overrides: Partial<DataSource> = {}): DataSource {
  return aDataSource({
    id: `copy-of-${copyOfId}`,
    kind: 'COPY_REGISTER',
    copyOfId,
    defaultChannel: 'DIRECT',
    ...overrides,
  });
}

export function anInfrastructureComponent(
  overrides: Partial<InfrastructureComponent> = {},
): InfrastructureComponent {
  const id = overrides.id ?? 'component-1';
  return { id, name: id, kind: 'HOSTING', lifecycle: 'IN_USE', endsOn: null, ...overrides };
}

/** Usage → data source edge; a free authoritative READ unless overridden. */
export function anEdge(overrides: Partial<DataSourceEdge> = {}): DataSourceEdge {
  const usageId = overrides.usageId ?? 'usage-1';
  const dataSourceId = overrides.dataSourceId ?? 'source-1';
  return {
    id: `${usageId}->${dataSourceId}`,
    usageId,
    dataSourceId,
    channel: 'SERVICEPLATFORMEN',
    access: 'READ',
    yearlyCost: 0,
    authoritative: true,
    plannedTargetSourceId: null,
    plannedSwitchDate: null,
    switchingCost: 0,
    payload: PERSON_CPR,
    ...overrides,
  };
}

export function anInfrastructureEdge(overrides: Partial<InfrastructureEdge> = {}): InfrastructureEdge {
  const usageId = overrides.usageId ?? 'usage-1';
  const componentId = overrides.componentId ?? 'component-1';
  return { id: `${usageId}->${componentId}`, usageId, componentId, ...overrides };
}

/** Usage → usage integration; data flows from `fromUsageId` to `toUsageId`. */
export function anIntegration(overrides: Partial<Integration> = {}): Integration {
  const fromUsageId = overrides.fromUsageId ?? 'usage-1';
  const toUsageId = overrides.toUsageId ?? 'usage-2';
  return {
    id: `${fromUsageId}=>${toUsageId}`,
    fromUsageId,
    toUsageId,
    direction: 'ONE_WAY',
    interfaceName: null,
    data: '',
    contractId: null,
    payload: PERSON_CPR,
    ...overrides,
  };
}

export function aLandscapeContract(overrides: Partial<LandscapeContract> = {}): LandscapeContract {
  const id = overrides.id ?? 'contract-1';
  return { id, name: id, effectiveEnd: null, noticeDate: null, usageIds: [], ...overrides };
}

export function aLandscapeProject(overrides: Partial<LandscapeProject> = {}): LandscapeProject {
  const id = overrides.id ?? 'project-1';
  return { id, name: id, usageIds: [], ...overrides };
}

/** An empty landscape with the given parts filled in. */
export function aLandscapeGraph(parts: Partial<LandscapeGraph> = {}): LandscapeGraph {
  return {
    usages: [],
    dataSources: [],
    components: [],
    dataEdges: [],
    infrastructureEdges: [],
    integrations: [],
    contracts: [],
    projects: [],
    ...parts,
  };
}

/** Usages with the given ids and defaults otherwise — most graph tests only care about the ids. */
export function usagesWithIds(...ids: string[]): SystemUsage[] {
  return ids.map((id) => aUsage({ id }));
}
