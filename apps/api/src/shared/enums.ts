import { $Enums } from '@prisma/client';
import { registerEnumType } from 'type-graphql';

/**
 * GraphQL enums mirror the schema's enums one to one, so they are registered from Prisma's
 * generated value objects here, in one place (ADR 0003), instead of being copied by hand.
 */
export const Role = $Enums.Role;
export const OrganisationType = $Enums.OrganisationType;
export const ShareScope = $Enums.ShareScope;
export const Visibility = $Enums.Visibility;
export const Lifecycle = $Enums.Lifecycle;
export const DataSourceKind = $Enums.DataSourceKind;
export const Channel = $Enums.Channel;
export const InfrastructureKind = $Enums.InfrastructureKind;
export const Hosting = $Enums.Hosting;
export const Access = $Enums.Access;
export const Direction = $Enums.Direction;
export const PurchaseForm = $Enums.PurchaseForm;
export const Criticality = $Enums.Criticality;
export const NoticeRule = $Enums.NoticeRule;
export const EconomyKind = $Enums.EconomyKind;
export const ProjectStatus = $Enums.ProjectStatus;
export const Rag = $Enums.Rag;
export const ArtefactKind = $Enums.ArtefactKind;
export const ProposalStatus = $Enums.ProposalStatus;
export const DecisionStage = $Enums.DecisionStage;
export const BusinessCaseKind = $Enums.BusinessCaseKind;
export const ScoreDirection = $Enums.ScoreDirection;
export const BenefitType = $Enums.BenefitType;
export const BenefitDirection = $Enums.BenefitDirection;
export const VerificationKind = $Enums.VerificationKind;
export const BenefitMapKind = $Enums.BenefitMapKind;
export const DataType = $Enums.DataType;
export const RegisterFamily = $Enums.RegisterFamily;
export const ReferenceSubject = $Enums.ReferenceSubject;
export const OneTimeTokenPurpose = $Enums.OneTimeTokenPurpose;
export const BusinessType = $Enums.BusinessType;
export const ApiTokenScope = $Enums.ApiTokenScope;
export const ProjectLifecycleAction = $Enums.ProjectLifecycleAction;
export const ProjectTeamRole = $Enums.ProjectTeamRole;

export type Role = $Enums.Role;
export type OrganisationType = $Enums.OrganisationType;
export type ShareScope = $Enums.ShareScope;
export type Visibility = $Enums.Visibility;
export type Lifecycle = $Enums.Lifecycle;
export type DataSourceKind = $Enums.DataSourceKind;
export type Channel = $Enums.Channel;
export type InfrastructureKind = $Enums.InfrastructureKind;
export type Hosting = $Enums.Hosting;
export type Access = $Enums.Access;
export type Direction = $Enums.Direction;
export type PurchaseForm = $Enums.PurchaseForm;
export type Criticality = $Enums.Criticality;
export type NoticeRule = $Enums.NoticeRule;
export type EconomyKind = $Enums.EconomyKind;
export type ProjectStatus = $Enums.ProjectStatus;
export type Rag = $Enums.Rag;
export type ArtefactKind = $Enums.ArtefactKind;
export type ProposalStatus = $Enums.ProposalStatus;
export type DecisionStage = $Enums.DecisionStage;
export type BusinessCaseKind = $Enums.BusinessCaseKind;
export type ScoreDirection = $Enums.ScoreDirection;
export type BenefitType = $Enums.BenefitType;
export type BenefitDirection = $Enums.BenefitDirection;
export type VerificationKind = $Enums.VerificationKind;
export type BenefitMapKind = $Enums.BenefitMapKind;
export type DataType = $Enums.DataType;
export type RegisterFamily = $Enums.RegisterFamily;
export type ReferenceSubject = $Enums.ReferenceSubject;
export type OneTimeTokenPurpose = $Enums.OneTimeTokenPurpose;
export type BusinessType = $Enums.BusinessType;
export type ApiTokenScope = $Enums.ApiTokenScope;
export type ProjectLifecycleAction = $Enums.ProjectLifecycleAction;
export type ProjectTeamRole = $Enums.ProjectTeamRole;

const all = {
  Role,
  OrganisationType,
  ShareScope,
  Visibility,
  Lifecycle,
  DataSourceKind,
  Channel,
  InfrastructureKind,
  Hosting,
  Access,
  Direction,
  PurchaseForm,
  Criticality,
  NoticeRule,
  EconomyKind,
  ProjectStatus,
  Rag,
  ArtefactKind,
  ProposalStatus,
  DecisionStage,
  BusinessCaseKind,
  ScoreDirection,
  BenefitType,
  BenefitDirection,
  VerificationKind,
  BenefitMapKind,
  DataType,
  RegisterFamily,
  ReferenceSubject,
  OneTimeTokenPurpose,
  BusinessType,
  ApiTokenScope,
  ProjectLifecycleAction,
  ProjectTeamRole,
};
for (const [name, values] of Object.entries(all)) registerEnumType(values, { name });
