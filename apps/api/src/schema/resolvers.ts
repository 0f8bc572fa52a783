import type { NonEmptyArray } from 'type-graphql';
import { AccountResolver } from '../modules/account/account.resolver';
import { ApiTokenResolver } from '../modules/api-token/api-token.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { InstallationResolver } from '../modules/installation/installation.resolver';
import { BenefitResolver } from '../modules/benefit/benefit.resolver';
import { ContractResolver } from '../modules/contract/contract.resolver';
import { ContractCostsResolver } from '../modules/contract/contract-costs.resolver';
import { InvoiceResolver } from '../modules/contract/invoice.resolver';
import { TenderResolver } from '../modules/tender/tender.resolver';
import { StandardRequirementTextResolver } from '../modules/tender/standard-requirement-text.resolver';
import { NotificationResolver } from '../modules/notification/notification.resolver';
import { MaturityHistoryResolver, MaturityResolver } from '../modules/maturity/maturity.resolver';
import { MembershipResolver } from '../modules/membership/membership.resolver';
import { HandOverResolver } from '../modules/membership/hand-over.resolver';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver';
import { OrganisationSettingsResolver } from '../modules/organisation/organisation-settings.resolver';
import { CapabilityResolver } from '../modules/capability/capability.resolver';
import { OverlapResolver } from '../modules/landscape/overlap.resolver';
import { ItSystemResolver, SystemUsageResolver } from '../modules/system/system.resolver';
import { UsageEditRightsResolver } from '../modules/system/usage-edit-rights.resolver';
import { ItSystemCatalogueResolver } from '../modules/system/system-catalogue.resolver';
import { SystemUsageSharingResolver } from '../modules/system/system-sharing.resolver';
import {
  ProjectLifecycleDecisionResolver,
  ProjectLifecycleResolver,
} from '../modules/project/project-lifecycle.resolver';
import { ProjectResolver, StatusReportResolver } from '../modules/project/project.resolver';
import { ProgrammeResolver, ProjectProgrammeResolver } from '../modules/programme/programme.resolver';
import { ProjectDemandsResolver, ResourceResolver } from '../modules/resource/resource.resolver';
import { PortfolioResolver, ProjectScoresResolver } from '../modules/portfolio/portfolio.resolver';
import {
  ProjectProposalsResolver,
  ProposalDecisionResolver,
  ProposalResolver,
} from '../modules/proposal/proposal.resolver';
import { LandscapeResolver } from '../modules/landscape/landscape.resolver';
import { DataSourceResolver } from '../modules/data-source/data-source.resolver';
import { IntegrationResolver } from '../modules/integration/integration.resolver';
import { InterfaceResolver } from '../modules/interface/interface.resolver';
import { ReferenceResolver } from '../modules/reference/reference.resolver';
import { SavedViewResolver } from '../modules/saved-view/saved-view.resolver';
import { SearchResolver } from '../modules/search/search.resolver';
import { SupplierResolver } from '../modules/supplier/supplier.resolver';
import {
  DataSourceSupplierResolver,
  ItSystemSupplierResolver,
  SystemUsageSupplierResolver,
} from '../modules/supplier/supplier-links.resolver';
import { KitosImportResolver } from '../modules/import/kitos-import.resolver';
import { KitosSyncResolver } from '../modules/import/kitos-sync.resolver';
import { SystemUsageKitosResolver } from '../modules/import/kitos-attributes.resolver';
import { HistoryResolver } from '../modules/history/history.resolver';
import {
  LandscapeCatalogueResolver,
  SystemUsageLandscapeResolver,
} from '../modules/system/system-landscape.resolver';
import { SignInProviderResolver } from '../modules/single-sign-on/sign-in-provider.resolver';

/** Every resolver class in the schema; each module adds its own here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  ReferenceResolver,
  AccountResolver,
  ApiTokenResolver,
  InstallationResolver,
  BenefitResolver,
  MaturityResolver,
  MaturityHistoryResolver,
  ContractResolver,
  ContractCostsResolver,
  InvoiceResolver,
  TenderResolver,
  StandardRequirementTextResolver,
  NotificationResolver,
  OrganisationResolver,
  OrganisationSettingsResolver,
  CapabilityResolver,
  OverlapResolver,
  MembershipResolver,
  HandOverResolver,
  SystemUsageResolver,
  UsageEditRightsResolver,
  SystemUsageSharingResolver,
  ItSystemResolver,
  ItSystemCatalogueResolver,
  ProjectResolver,
  ProgrammeResolver,
  ProjectProgrammeResolver,
  ProjectLifecycleResolver,
  ProjectLifecycleDecisionResolver,
  StatusReportResolver,
  ProposalResolver,
  ProposalDecisionResolver,
  ProjectProposalsResolver,
  PortfolioResolver,
  ProjectScoresResolver,
  ResourceResolver,
  ProjectDemandsResolver,
  LandscapeResolver,
  DataSourceResolver,
  IntegrationResolver,
  InterfaceResolver,
  SavedViewResolver,
  SystemUsageLandscapeResolver,
  LandscapeCatalogueResolver,
  SearchResolver,
  HistoryResolver,
  SupplierResolver,
  ItSystemSupplierResolver,
  SystemUsageSupplierResolver,
  DataSourceSupplierResolver,
  SignInProviderResolver,
  KitosImportResolver,
  KitosSyncResolver,
  SystemUsageKitosResolver,
];
