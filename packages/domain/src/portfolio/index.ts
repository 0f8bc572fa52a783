// Public rules of the portfolio area: prioritisation, project model, approval path, ordering,
// capacity, synergy and status reports.
export {
  weightedScore,
  rankByScore,
  rankDivergence,
  type ScoreDirection,
  type ScoringCriterion,
  type CriterionScores,
  type WeightedScore,
  type RankableProject,
  type RankDivergence,
} from './scoring';
export {
  boardFlags,
  boardStaffing,
  BOARD_FLAG_ORDER,
  type BoardFlag,
  type BoardFlagFacts,
  type BoardStaffing,
} from './board-row';
export {
  timeCriticality,
  URGENT_WITHIN_MONTHS,
  SOON_WITHIN_MONTHS,
  type TimeCriticality,
  type TimeCriticalityFacts,
  type TimeCriticalityLevel,
  type TimeCriticalityReason,
} from './time-criticality';
export {
  artefactsToReach,
  canPassGate,
  gateHeldByDecision,
  DEFAULT_PHASES,
  statusAfterPhaseChange,
  type GateProjectStatus,
  type ArtefactKind,
  type ProjectPhase,
  type GateCheck,
  type GateRefusal,
} from './gates';
export {
  decideProposal,
  stageOf,
  requiresReason,
  type ProposalStatus,
  type ProposalAction,
  type ApprovalStage,
  type ProposalRefusal,
  type ProposalDecision,
} from './approval-path';
export { keyBetween, keysForMove, initialKeys, rebaseMove, type OrderingKeyItem } from './ordering';
export {
  capacityLine,
  capacityByCompetencyAndQuarter,
  allocationHeatmap,
  OVERLOAD_ABOVE,
  UNDERLOAD_BELOW,
  type PortfolioQuarter,
  type CapacityPerson,
  type CapacityAllocation,
  type CapacityDemand,
  type CapacityTable,
  type CapacityCell,
  type CapacityShortfall,
  type CapacityLineEntry,
  type CapacityLine,
  type CapacityLoadStatus,
  type CapacityHeatmapCell,
  type AllocationHeatmap,
} from './capacity';
export {
  findProjectSynergies,
  groupProjectOverlaps,
  type OverlapKind,
  type ProjectOverlap,
  type SynergyProject,
  type ProjectSynergy,
} from './synergy';
export {
  latestStatus,
  latestStatusByProject,
  overallRag,
  DEFAULT_MAX_REPORT_AGE_DAYS,
  type ProjectRag,
  type ProjectStatusReport,
  type LatestStatus,
} from './status-reports';
export { mustReportStatus, missingStatusReport } from './reporting-duty';
export {
  CATEGORY_DIMENSIONS,
  checkCategoryAssignment,
  type CategoryAssignmentProblem,
  type CategoryDimension,
  type ModelCategory,
} from './categories';
export {
  businessCaseTotals,
  type BusinessCaseLineAmount,
  type BusinessCaseLineKind,
  type BusinessCaseTotals,
} from './business-case';
export {
  projectFields,
  projectCreate,
  projectPeriod,
  projectRuleErrors,
  type ProjectFieldsInput,
} from './project.schema';
export {
  businessCaseLine,
  businessCaseLines,
  businessCaseRuleErrors,
  artefactFields,
  artefactRuleErrors,
} from './project-records.schema';
export { statusReportFields, statusReportRuleErrors, type StatusReportFields } from './status-report.schema';
export {
  proposalSubmission,
  proposalRuleErrors,
  proposalDecision,
  decisionRuleErrors,
  PROPOSAL_DECISIONS,
} from './proposal.schema';
export {
  planningQuarter,
  personFields,
  competencyFields,
  allocationCreate,
  allocationUpdate,
  demandFields,
  planningQuarterList,
  personRuleErrors,
  competencyRuleErrors,
  allocationRuleErrors,
  allocationUpdateRuleErrors,
  demandRuleErrors,
} from './resource.schema';
export {
  canDecideProjectLifecycle,
  decideProjectLifecycle,
  isDeletableProject,
  lifecycleActionsFor,
  lifecycleDecisionFields,
  lifecycleDecisionRuleErrors,
  type LifecycleDecision,
  type LifecycleRefusal,
  type ProjectLifecycleAction,
  type ProjectStatus,
} from './project-lifecycle';
export {
  dependenciesRankedBelow,
  dependencyCandidates,
  projectDependencyErrors,
  type ProjectDependencyEdge,
} from './project-dependencies';
export { projectTeam, type ProjectTeamMemberInput, type ProjectTeamRole } from './project-team';
export {
  programmeFields,
  programmeCreate,
  programmeProjectIds,
  programmeRuleErrors,
  programmeAssignmentProblem,
  type ProgrammeFieldsInput,
} from './programme.schema';
export {
  programmeRollup,
  type ProgrammeProject,
  type ProgrammeStatusReport,
  type ProgrammeRollup,
  type ProgrammeRollupOptions,
  type ProgrammeStatusRollup,
  type ProgrammeSpendRollup,
  type ProgrammeRisk,
  type ProgrammeBenefitRollup,
} from './programme-rollup';
