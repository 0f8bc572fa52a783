// Public rules of the landscape area.
export type {
  DataAccess,
  DataChannel,
  DataSource,
  DataSourceEdge,
  DataSourceKind,
  InfrastructureComponent,
  InfrastructureEdge,
  Integration,
  IntegrationDirection,
  LandscapeContract,
  LandscapeGraph,
  LandscapeLifecycle,
  LandscapeNodeKind,
  LandscapeProject,
  SystemUsage,
} from './landscape-graph.types';
export {
  UNDECLARED_PAYLOAD,
  effectivePayload,
  isDeclared,
  normalisePayload,
  payloadErrors,
  type DataPayload,
  type DataType,
  type RegisterFamily,
} from './data-payload';
export { RELATIONS, inverseRelation, type Relation } from './relations';
export { contractedUntil, contractsByUsage, nextEndingContract } from './contract-coverage';
export {
  buildLandscapeIndex,
  nodeKindOf,
  type LandscapeEdgeKind,
  type LandscapeEdgeView,
  type IntegrationFlow,
  type LandscapeIndex,
  type LandscapeLink,
} from './landscape-index';
export {
  analyseImpact,
  isLandscapeIndex,
  type AffectedContract,
  type AffectedDataSource,
  type AffectedProject,
  type AffectedUnit,
  type AffectedUsage,
  type ImpactAnalysis,
  type ImpactCertainty,
  type ImpactOptions,
  type ImpactTarget,
  type ImpactVia,
} from './impact-analysis';
export { traverseNeighbourhood, type Neighbourhood, type NeighbourhoodNode } from './neighbourhood-traversal';
export {
  copyRegisterExit,
  type AuthoritativeAlternative,
  type CopyRegisterExitPlan,
  type CopyRegisterExitRow,
  type ExitBasis,
  type ExitRecommendation,
  type ExitTimelineEntry,
} from './copy-register-exit';
export {
  dataSourceProfile,
  type DataSourceProfile,
  type DataSourceReader,
  type ReaderGroup,
  type TouchingContract,
  type TouchingProject,
} from './data-source-profile';
export {
  findOverlaps,
  type CapabilityOverlap,
  type DuplicateDataPurchase,
  type OverlapAnalysis,
  type OverlapUsageCost,
} from './overlap-analysis';
export { overlapKey, splitAcceptedOverlaps, type OverlapAcceptanceRef } from './overlap-acceptance';
export { overlapAcceptFields, overlapReopenFields } from './overlap-acceptance.schema';
export {
  consolidationSaving,
  usageReleasableFrom,
  type ConsolidationCandidate,
  type ConsolidationSaving,
  type RetiredUsageSaving,
} from './overlap-consolidation';
export {
  canArchiveCapability,
  capabilityPath,
  capabilityPlacementProblem,
  type CapabilityNode,
  type CapabilityPlacementProblem,
} from './capability-tree';
export {
  findLifecycleConflicts,
  type LifecycleConflict,
  type LifecycleConflictReason,
} from './lifecycle-conflicts';
export type { CatalogueEntryFieldsData } from './catalogue-entry.schema';
export {
  catalogueEntryCreate,
  catalogueEntryFields,
  catalogueEntryRuleErrors,
} from './catalogue-entry.schema';
export type { SystemUsageFieldsData } from './system-usage.schema';
export { systemUsageFields, systemUsageRuleErrors } from './system-usage.schema';
export { checkPayload, dataPayloadRules, loosePayload, payloadFields } from './payload.schema';
export type { DataSourceFieldsData } from './data-source.schema';
export { dataSourceConsistency, dataSourceFields, dataSourceRuleErrors } from './data-source.schema';
export type { InterfaceFieldsData } from './interface.schema';
export { interfaceConsistency, interfaceFields, interfaceRuleErrors } from './interface.schema';
export type { IntegrationFieldsData } from './integration.schema';
export {
  integrationConsistency,
  integrationCreate,
  integrationFields,
  integrationRuleErrors,
} from './integration.schema';
export type { UsageDataSourceFieldsData } from './usage-data-source.schema';
export {
  usageDataSourceConsistency,
  usageDataSourceCreate,
  usageDataSourceFields,
  usageDataSourceRuleErrors,
} from './usage-data-source.schema';
export {
  canEditIntegration,
  canEditSystemUsage,
  usageEditRight,
  type UsageEditPolicy,
  type UsageEditRight,
  type UsageEditor,
  type UsageKeepers,
} from './usage-edit-rights';
export {
  LANDSCAPE_LAYERS,
  landscapeLayers,
  type LandscapeGroup,
  type LandscapeGroupKind,
  type LandscapeLayer,
  type LandscapeLayerKey,
  type LayerNodeInput,
} from './landscape-layers';
