/**
 * The system landscape as a graph: system usages, data sources and infrastructure are nodes; what a
 * usage reads, runs on and exchanges with other usages are edges. Mirrors the Prisma model, minus
 * everything the graph rules do not need, so the rules stay pure and cheap to test.
 */
import type { IsoDate } from '../shared/dates';
import type { DataPayload } from './data-payload';

export type LandscapeLifecycle = 'PLANNED' | 'IN_USE' | 'PHASING_OUT' | 'RETIRED';
export type DataSourceKind = 'BASE_REGISTER' | 'COPY_REGISTER' | 'INTERNAL' | 'EXTERNAL';
export type DataChannel = 'SERVICEPLATFORMEN' | 'DATAFORDELEREN' | 'DIRECT' | 'FILE_TRANSFER' | 'OTHER';
export type DataAccess = 'READ' | 'WRITE' | 'READ_WRITE';
export type IntegrationDirection = 'ONE_WAY' | 'BIDIRECTIONAL';
export type LandscapeNodeKind = 'USAGE' | 'DATA_SOURCE' | 'INFRASTRUCTURE';

/** One organisation's use of an IT system (the node most rules are about). */
export interface SystemUsage {
  id: string;
  organisationId: string;
  name: string;
  lifecycle: LandscapeLifecycle;
  inUseUntil?: IsoDate | null;
  responsibleUnitId: string | null;
  capabilities: string[];
  taskAreas: string[];
  /** Licence and operation, kr per year (data-source costs live on the edges). */
  yearlyCost: number;
}

export interface DataSource {
  id: string;
  name: string;
  kind: DataSourceKind;
  /** CPR, CVR, BBR, … for grouping; free text for internal and external sources. */
  registerFamily: string | null;
  /** For a copy register: the authoritative source it copies. */
  copyOfId: string | null;
  /** How the source is normally reached; the exit analysis offers it as the alternative channel. */
  defaultChannel?: DataChannel | null;
  lifecycle: LandscapeLifecycle;
  endsOn: IsoDate | null;
}

export interface InfrastructureComponent {
  id: string;
  name: string;
  /** SUPPORT_SYSTEM, SERVICE_PLATFORM, IDENTITY, HOSTING, NETWORK, OTHER. */
  kind: string;
  lifecycle: LandscapeLifecycle;
  endsOn: IsoDate | null;
}

/** Usage → data source: what the usage reads or writes, through which channel, at what cost. */
export interface DataSourceEdge {
  id: string;
  usageId: string;
  dataSourceId: string;
  channel: DataChannel;
  access: DataAccess;
  /** Why the usage reads the source, in the system owner's words; '' or absent = not stated. */
  purpose?: string;
  yearlyCost: number;
  /** False when the data arrives through a copy register rather than from the authoritative source. */
  authoritative: boolean;
  plannedTargetSourceId: string | null;
  plannedSwitchDate: IsoDate | null;
  /** One-off cost of moving to the planned target. */
  switchingCost: number;
  /** What the usage reads from the source; undeclared when it has no data types. */
  payload: DataPayload;
}

/** Usage → infrastructure component it runs on or needs (hosting, identity, support system). */
export interface InfrastructureEdge {
  id: string;
  usageId: string;
  componentId: string;
}

/** Usage → usage; data flows from `fromUsageId` to `toUsageId`, both ways when bidirectional. */
export interface Integration {
  id: string;
  fromUsageId: string;
  toUsageId: string;
  direction: IntegrationDirection;
  interfaceName?: string | null;
  data: string;
  contractId?: string | null;
  /** The data it carries: its own declaration, else its interface's (see `effectivePayload`). */
  payload: DataPayload;
}

/** A contract as the landscape sees it: its end dates and which usages it covers. */
export interface LandscapeContract {
  id: string;
  name: string;
  effectiveEnd: IsoDate | null;
  noticeDate: IsoDate | null;
  /** The earliest day it can be made to end by giving notice now (computeContractDates); null when it cannot. */
  earliestTermination?: IsoDate | null;
  usageIds: string[];
}

/** A project as the landscape sees it: which usages it touches. */
export interface LandscapeProject {
  id: string;
  name: string;
  usageIds: string[];
}

/** Ids are unique across usages, data sources and components (they are UUIDs in the database). */
export interface LandscapeGraph {
  usages: readonly SystemUsage[];
  dataSources: readonly DataSource[];
  components: readonly InfrastructureComponent[];
  dataEdges: readonly DataSourceEdge[];
  infrastructureEdges: readonly InfrastructureEdge[];
  integrations: readonly Integration[];
  contracts?: readonly LandscapeContract[];
  projects?: readonly LandscapeProject[];
}
