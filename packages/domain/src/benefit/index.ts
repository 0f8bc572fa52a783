// Public rules of the benefit area.
export type {
  Benefit,
  BenefitDirection,
  BenefitMeasurement,
  BenefitProfilePoint,
  BenefitType,
} from './benefit';
export { directionSign, latestMeasurement } from './benefit';
export { realisationPercent } from './realisation';
export { plannedValueAt } from './profile';
export type { PlanVariance, VarianceRag, VarianceThresholds } from './variance';
export { planVariance, ragForBehindPercent, ragShortfallPercent, varianceRag } from './variance';
export type {
  VerificationUsageLifecycle,
  VerificationContractFact,
  VerificationCopyEdgeFact,
  VerificationDataSourceKind,
  VerificationFacts,
  VerificationReason,
  VerificationResult,
  VerificationRule,
  VerificationUsageFact,
} from './verification';
export { verifyBenefit } from './verification';
export type { GainOptions } from './gain';
export { DEFAULT_FTE_KR, krPerUnit, plannedGainKr, realisedGainKr, targetGainKr } from './gain';
export type {
  BenefitAmountSplit,
  BenefitDashboardGroup,
  BenefitDashboardOptions,
  BenefitGroupBy,
  PlannedVsRealisedPoint,
} from './dashboard';
export { benefitDashboard, plannedVsRealisedSeries } from './dashboard';
export type { FollowUpGaps, FollowUpProject } from './follow-up';
export { followUpGaps } from './follow-up';
export type { BenefitMapKind } from './map';
export { BENEFIT_MAP_KINDS, canContributeTo, mapNodePlacementProblem } from './map';
export type { BenefitConsistencyInput, BenefitFieldsInput } from './benefit.schema';
export {
  benefitAsStored,
  benefitConsistency,
  benefitCreate,
  benefitFields,
  benefitRuleErrors,
  canBeCashable,
  mapNodeSchema,
  mapNodeUpdateSchema,
  measurementOn,
  measurementSchema,
} from './benefit.schema';
