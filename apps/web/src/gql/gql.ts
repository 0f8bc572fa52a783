/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      locale\n      installationAdmin\n      memberships {\n        roles\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SetLocale($locale: String!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetLocaleDocument,
    "\n  query Today {\n    contractToday\n  }\n": typeof types.TodayDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      id\n      name\n      startUrl\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  query OneTimeLink($token: String!) {\n    oneTimeLink(token: $token) {\n      purpose\n      email\n      name\n      organisationName\n    }\n  }\n": typeof types.OneTimeLinkDocument,
    "\n  mutation AcceptInvitation($token: String!, $input: AcceptInvitationInput!) {\n    acceptInvitation(token: $token, input: $input)\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  fragment CapabilityDialog_capability on Capability {\n    id\n    version\n    name\n    parentId\n    archived\n  }\n": typeof types.CapabilityDialog_CapabilityFragmentDoc,
    "\n  fragment CollaborationsPanel_collaboration on Collaboration {\n    id\n    name\n    purpose\n    members {\n      shares\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CollaborationsPanel_CollaborationFragmentDoc,
    "\n  query InstallationOrganisations {\n    installationOrganisations {\n      id\n      name\n      cvr\n      type\n      memberCount\n      createdAt\n    }\n  }\n": typeof types.InstallationOrganisationsDocument,
    "\n  fragment MemberRolesEditor_member on Member {\n    id\n    version\n    roles\n    user {\n      id\n      name\n    }\n  }\n": typeof types.MemberRolesEditor_MemberFragmentDoc,
    "\n  fragment UnitCreateForm_unit on Unit {\n    id\n    version\n    name\n    parentId\n  }\n": typeof types.UnitCreateForm_UnitFragmentDoc,
    "\n  fragment UnitTable_unit on Unit {\n    id\n    version\n    name\n    code\n    parentId\n  }\n": typeof types.UnitTable_UnitFragmentDoc,
    "\n  query AdminMembers {\n    members {\n      id\n      version\n      roles\n      status\n      unitId\n      unit {\n        id\n        name\n      }\n      user {\n        id\n        name\n        email\n      }\n      ...MemberRolesEditor_member\n    }\n  }\n": typeof types.AdminMembersDocument,
    "\n  query MemberUnitOptions {\n    units {\n      id\n      name\n    }\n  }\n": typeof types.MemberUnitOptionsDocument,
    "\n  mutation SetMemberUnit($id: ID!, $version: Int!, $unitId: ID) {\n    setMemberUnit(id: $id, version: $version, unitId: $unitId) {\n      id\n      version\n      unitId\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SetMemberUnitDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      emailed\n      inviteLink\n      member {\n        id\n        status\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation DeactivateMember($id: ID!, $version: Int!) {\n    deactivateMember(id: $id, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($id: ID!, $version: Int!) {\n    reactivateMember(id: $id, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      emailed\n      inviteLink\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation SetMemberRoles($id: ID!, $version: Int!, $roles: [Role!]!) {\n    setMemberRoles(id: $id, version: $version, roles: $roles) {\n      id\n      version\n      roles\n      ...MemberRolesEditor_member\n    }\n  }\n": typeof types.SetMemberRolesDocument,
    "\n  query AdminUnits {\n    units {\n      id\n      ...UnitTable_unit\n      ...UnitCreateForm_unit\n    }\n  }\n": typeof types.AdminUnitsDocument,
    "\n  mutation CreateUnit($input: UnitCreateInput!) {\n    createUnit(input: $input) {\n      id\n      version\n      name\n      ...UnitTable_unit\n      ...UnitCreateForm_unit\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UnitUpdateInput!) {\n    updateUnit(input: $input) {\n      id\n      version\n      name\n      ...UnitTable_unit\n      ...UnitCreateForm_unit\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  mutation DeleteUnit($id: ID!, $version: Int!) {\n    deleteUnit(id: $id, version: $version)\n  }\n": typeof types.DeleteUnitDocument,
    "\n  query AdminCollaborations {\n    collaborations {\n      id\n      ...CollaborationsPanel_collaboration\n    }\n  }\n": typeof types.AdminCollaborationsDocument,
    "\n  fragment ApiTokensPanel_token on ApiToken {\n    id\n    name\n    scope\n    createdByName\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiTokensPanel_TokenFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      ...ApiTokensPanel_token\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        ...ApiTokensPanel_token\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      ...ApiTokensPanel_token\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query AuditLog($filter: AuditLogFilterInput, $offset: Int, $limit: Int) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      totalCount\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        authorName\n        changes {\n          field\n          kind\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditLogFilterOptions {\n    auditLogEntityTypes\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AuditLogFilterOptionsDocument,
    "\n  query AdminCapabilities {\n    capabilities {\n      id\n      parentId\n      name\n      kitosBusinessType\n      archived\n      usageCount\n      version\n      ...CapabilityDialog_capability\n    }\n  }\n": typeof types.AdminCapabilitiesDocument,
    "\n  mutation CreateCapability($input: CapabilityCreateInput!) {\n    createCapability(input: $input) {\n      id\n      version\n      name\n      ...CapabilityDialog_capability\n    }\n  }\n": typeof types.CreateCapabilityDocument,
    "\n  mutation RenameCapability($input: CapabilityRenameInput!) {\n    renameCapability(input: $input) {\n      id\n      version\n      ...CapabilityDialog_capability\n    }\n  }\n": typeof types.RenameCapabilityDocument,
    "\n  mutation MoveCapability($input: CapabilityMoveInput!) {\n    moveCapability(input: $input) {\n      id\n      version\n      ...CapabilityDialog_capability\n    }\n  }\n": typeof types.MoveCapabilityDocument,
    "\n  mutation SetCapabilityArchived($id: ID!, $version: Int!, $archived: Boolean!) {\n    setCapabilityArchived(id: $id, version: $version, archived: $archived) {\n      id\n      version\n      ...CapabilityDialog_capability\n    }\n  }\n": typeof types.SetCapabilityArchivedDocument,
    "\n  query Responsibilities($userId: ID!) {\n    responsibilities(userId: $userId) {\n      kind\n      role\n      id\n      name\n      version\n    }\n  }\n": typeof types.ResponsibilitiesDocument,
    "\n  mutation HandOverResponsibilities($input: HandOverInput!) {\n    handOverResponsibilities(input: $input)\n  }\n": typeof types.HandOverResponsibilitiesDocument,
    "\n  fragment SettingsForm_settings on OrganisationSettings {\n    id\n    version\n    name\n    cvr\n    alertHorizonMonths\n    migrationMonths\n    alertRecipients\n    defaultLocale\n    systemOwnersEditUnitUsages\n    procurementLeadMonths {\n      purchaseForm\n      months\n    }\n  }\n": typeof types.SettingsForm_SettingsFragmentDoc,
    "\n  query OrganisationSettings {\n    organisationSettings {\n      id\n      ...SettingsForm_settings\n    }\n  }\n": typeof types.OrganisationSettingsDocument,
    "\n  mutation UpdateOrganisationSettings($input: OrganisationSettingsInput!, $version: Int!) {\n    updateOrganisationSettings(input: $input, version: $version) {\n      id\n      ...SettingsForm_settings\n    }\n  }\n": typeof types.UpdateOrganisationSettingsDocument,
    "\n  fragment OidcProviderForm_provider on SignInProvider {\n    id\n    version\n    kind\n    name\n    enabled\n    allowedDomains\n    roleClaim\n    roleMapping {\n      value\n      role\n    }\n    newUserRole\n    lastSignInAt\n    oidc {\n      issuer\n      clientId\n      hasClientSecret\n      callbackUrl\n    }\n  }\n": typeof types.OidcProviderForm_ProviderFragmentDoc,
    "\n  fragment SamlProviderForm_provider on SignInProvider {\n    id\n    version\n    kind\n    name\n    enabled\n    allowedDomains\n    roleClaim\n    roleMapping {\n      value\n      role\n    }\n    newUserRole\n    saml {\n      entityId\n      ssoUrl\n      certificatesValidUntil\n      metadataXml\n      spEntityId\n      spMetadataUrl\n      acsUrl\n    }\n  }\n": typeof types.SamlProviderForm_ProviderFragmentDoc,
    "\n  query SignInSettings {\n    signInProviders {\n      id\n      kind\n      ...OidcProviderForm_provider\n      ...SamlProviderForm_provider\n    }\n    passwordPolicy {\n      organisationId\n      passwordSignIn\n      canSwitchOff\n      version\n    }\n  }\n": typeof types.SignInSettingsDocument,
    "\n  mutation CreateSignInProvider($kind: SignInProviderKind!, $input: SignInProviderInput!) {\n    createSignInProvider(kind: $kind, input: $input) {\n      id\n      ...OidcProviderForm_provider\n      ...SamlProviderForm_provider\n    }\n  }\n": typeof types.CreateSignInProviderDocument,
    "\n  mutation UpdateSignInProvider($id: ID!, $version: Int!, $input: SignInProviderInput!) {\n    updateSignInProvider(id: $id, version: $version, input: $input) {\n      id\n      ...OidcProviderForm_provider\n      ...SamlProviderForm_provider\n    }\n  }\n": typeof types.UpdateSignInProviderDocument,
    "\n  mutation SetSignInProviderEnabled($id: ID!, $version: Int!, $enabled: Boolean!) {\n    setSignInProviderEnabled(id: $id, version: $version, enabled: $enabled) {\n      id\n      ...OidcProviderForm_provider\n      ...SamlProviderForm_provider\n    }\n  }\n": typeof types.SetSignInProviderEnabledDocument,
    "\n  mutation DeleteSignInProvider($id: ID!, $version: Int!) {\n    deleteSignInProvider(id: $id, version: $version)\n  }\n": typeof types.DeleteSignInProviderDocument,
    "\n  mutation TestOidcIssuer($issuer: String!) {\n    testOidcIssuer(issuer: $issuer)\n  }\n": typeof types.TestOidcIssuerDocument,
    "\n  mutation SetPasswordSignIn($enabled: Boolean!, $version: Int!) {\n    setPasswordSignIn(enabled: $enabled, version: $version) {\n      organisationId\n      passwordSignIn\n      canSwitchOff\n      version\n    }\n  }\n": typeof types.SetPasswordSignInDocument,
    "\n  fragment ProjectBenefitsSection_benefit on Benefit {\n    id\n    title\n    type\n    realisationPercent\n    varianceRag\n  }\n": typeof types.ProjectBenefitsSection_BenefitFragmentDoc,
    "\n  fragment BenefitFacts_benefit on Benefit {\n    id\n    version\n    description\n    type\n    cashable\n    baseline\n    target\n    unitOfMeasure\n    direction\n    dueDate\n    responsible {\n      id\n      name\n    }\n    accountable {\n      id\n      name\n    }\n    harvestingUnit {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    realisationPercent\n    varianceRag\n    realisedGainKr\n    verification {\n      verified\n      realisedOn\n      amount\n      reason\n    }\n  }\n": typeof types.BenefitFacts_BenefitFragmentDoc,
    "\n  fragment CashableSplit_total on BenefitDashboardRow {\n    qualitativeCount\n    cashable {\n      count\n      plannedKr\n      realisedKr\n    }\n    nonCashable {\n      count\n      plannedKr\n      realisedKr\n    }\n  }\n": typeof types.CashableSplit_TotalFragmentDoc,
    "\n  fragment DashboardKpis_dashboard on BenefitDashboard {\n    verifiedCount\n    total {\n      plannedKr\n      realisedKr\n      targetKr\n      realisationPercent\n      rag\n    }\n  }\n": typeof types.DashboardKpis_DashboardFragmentDoc,
    "\n  fragment FollowUpGaps_gaps on BenefitFollowUpGaps {\n    projectsWithoutBenefits {\n      id\n      name\n    }\n    benefitsWithoutOwner {\n      id\n      title\n      projectName\n    }\n    benefitsWithoutMeasurements {\n      id\n      title\n      projectName\n    }\n    overdueBenefits {\n      id\n      title\n      projectName\n    }\n  }\n": typeof types.FollowUpGaps_GapsFragmentDoc,
    "\n  fragment GroupBenefits_benefit on Benefit {\n    id\n    title\n    type\n    realisationPercent\n    varianceRag\n    realisedGainKr\n    project {\n      id\n      name\n    }\n    verification {\n      verified\n    }\n    description\n    direction\n    baseline\n    target\n    unitOfMeasure\n    plannedGainKr\n    cashable\n    startDate\n    dueDate\n    responsible {\n      id\n      name\n    }\n    accountable {\n      id\n      name\n    }\n    harvestingUnit {\n      id\n      name\n    }\n  }\n": typeof types.GroupBenefits_BenefitFragmentDoc,
    "\n  fragment GroupSection_row on BenefitDashboardRow {\n    key\n    label\n    benefitCount\n    plannedKr\n    realisedKr\n    targetKr\n    realisationPercent\n    rag\n  }\n": typeof types.GroupSection_RowFragmentDoc,
    "\n  fragment MeasurementHistory_benefit on Benefit {\n    id\n    version\n    unitOfMeasure\n    measurements {\n      id\n      measuredOn\n      value\n      comment\n      createdAt\n    }\n  }\n": typeof types.MeasurementHistory_BenefitFragmentDoc,
    "\n  fragment PlannedVsRealisedChart_point on BenefitSeriesPoint {\n    date\n    plannedKr\n    realisedKr\n  }\n": typeof types.PlannedVsRealisedChart_PointFragmentDoc,
    "\n  fragment BenefitActions_benefit on Benefit {\n    id\n    version\n    title\n    project {\n      id\n    }\n    measurements {\n      id\n    }\n  }\n": typeof types.BenefitActions_BenefitFragmentDoc,
    "\n  fragment BenefitForm_benefit on Benefit {\n    id\n    version\n    projectId\n    title\n    description\n    type\n    cashable\n    responsibleUserId\n    accountableUserId\n    harvestingUnitId\n    baseline\n    target\n    unitOfMeasure\n    direction\n    startDate\n    dueDate\n    verificationKind\n    verificationUsageId\n    verificationContractId\n    verificationEdgeId\n    profile {\n      date\n      plannedValue\n    }\n  }\n": typeof types.BenefitForm_BenefitFragmentDoc,
    "\n  query BenefitEdit($id: ID!) {\n    benefit(id: $id) {\n      id\n      version\n      ...BenefitForm_benefit\n    }\n  }\n": typeof types.BenefitEditDocument,
    "\n  query BenefitProjectPeople($id: ID!) {\n    project(id: $id) {\n      id\n      leadUserId\n      ownerUserId\n    }\n  }\n": typeof types.BenefitProjectPeopleDocument,
    "\n  query BenefitFormOptions {\n    units {\n      id\n      name\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BenefitFormOptionsDocument,
    "\n  query BenefitUsageTargets {\n    systemUsages(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BenefitUsageTargetsDocument,
    "\n  query BenefitContractTargets {\n    contracts(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BenefitContractTargetsDocument,
    "\n  query BenefitCopyEdgeTargets {\n    copyRegisterExit {\n      rows {\n        edgeId\n        usageName\n        dataSourceName\n      }\n    }\n  }\n": typeof types.BenefitCopyEdgeTargetsDocument,
    "\n  mutation CreateBenefit($input: BenefitCreateInput!) {\n    createBenefit(input: $input) {\n      id\n      title\n      version\n      ...ProjectBenefitsSection_benefit\n    }\n  }\n": typeof types.CreateBenefitDocument,
    "\n  mutation UpdateBenefit($input: BenefitUpdateInput!) {\n    updateBenefit(input: $input) {\n      id\n      version\n      title\n      unitOfMeasure\n      responsibleUserId\n      accountableUserId\n      realisationPercent\n      varianceRag\n      ...BenefitFacts_benefit\n      ...BenefitActions_benefit\n      ...MeasurementHistory_benefit\n      ...BenefitForm_benefit\n      ...ProjectBenefitsSection_benefit\n      ...GroupBenefits_benefit\n    }\n  }\n": typeof types.UpdateBenefitDocument,
    "\n  mutation DeleteBenefit($id: ID!, $version: Int!) {\n    deleteBenefit(id: $id, version: $version)\n  }\n": typeof types.DeleteBenefitDocument,
    "\n  query ProjectBenefits($projectId: ID!) {\n    benefits(filter: { projectId: $projectId }, limit: 200, sort: { field: TITLE, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...ProjectBenefitsSection_benefit\n      }\n    }\n    project(id: $projectId) {\n      id\n      leadUserId\n      ownerUserId\n    }\n  }\n": typeof types.ProjectBenefitsDocument,
    "\n  query BenefitMap($projectId: ID!) {\n    benefitMap(projectId: $projectId) {\n      id\n      ...BenefitMapSection_node\n      ...MapNodeDialog_node\n    }\n  }\n": typeof types.BenefitMapDocument,
    "\n  mutation CreateBenefitMapNode($input: BenefitMapNodeInput!) {\n    createBenefitMapNode(input: $input) {\n      id\n      version\n      ...BenefitMapSection_node\n      ...MapNodeDialog_node\n    }\n  }\n": typeof types.CreateBenefitMapNodeDocument,
    "\n  mutation UpdateBenefitMapNode($input: BenefitMapNodeUpdateInput!) {\n    updateBenefitMapNode(input: $input) {\n      id\n      version\n      ...BenefitMapSection_node\n      ...MapNodeDialog_node\n    }\n  }\n": typeof types.UpdateBenefitMapNodeDocument,
    "\n  mutation DeleteBenefitMapNode($id: ID!, $version: Int!) {\n    deleteBenefitMapNode(id: $id, version: $version)\n  }\n": typeof types.DeleteBenefitMapNodeDocument,
    "\n  query BenefitDashboard($groupBy: BenefitGroupBy!) {\n    benefitDashboard(groupBy: $groupBy) {\n      asOf\n      groupBy\n      total {\n        benefitCount\n        ...CashableSplit_total\n      }\n      rows {\n        ...GroupSection_row\n      }\n      series {\n        ...PlannedVsRealisedChart_point\n      }\n      gaps {\n        projectsWithoutBenefits {\n          id\n          name\n        }\n        ...FollowUpGaps_gaps\n      }\n      ...DashboardKpis_dashboard\n    }\n  }\n": typeof types.BenefitDashboardDocument,
    "\n  query GroupBenefits($filter: BenefitFilter) {\n    benefits(filter: $filter, limit: 200, sort: { field: TITLE, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...GroupBenefits_benefit\n      }\n    }\n  }\n": typeof types.GroupBenefitsDocument,
    "\n  query BenefitDetail($id: ID!) {\n    benefit(id: $id) {\n      id\n      version\n      title\n      unitOfMeasure\n      responsibleUserId\n      accountableUserId\n      project {\n        id\n      }\n      ...BenefitActions_benefit\n      ...BenefitFacts_benefit\n      ...MeasurementHistory_benefit\n    }\n  }\n": typeof types.BenefitDetailDocument,
    "\n  mutation RecordMeasurement($input: BenefitMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      version\n      realisationPercent\n      varianceRag\n      ...BenefitFacts_benefit\n      ...BenefitActions_benefit\n      ...MeasurementHistory_benefit\n    }\n  }\n": typeof types.RecordMeasurementDocument,
    "\n  fragment BenefitMapSection_node on BenefitMapNode {\n    id\n    version\n    kind\n    label\n    benefitId\n    targetId\n  }\n": typeof types.BenefitMapSection_NodeFragmentDoc,
    "\n  fragment MapNodeDialog_node on BenefitMapNode {\n    id\n    version\n    kind\n    label\n    benefitId\n    targetId\n  }\n": typeof types.MapNodeDialog_NodeFragmentDoc,
    "\n  fragment ContractCoverage_contract on Contract {\n    id\n    version\n    coveredUsages {\n      id\n      name\n    }\n    integrations {\n      id\n      data\n      direction\n      fromUsageId\n      fromUsageName\n      toUsageId\n      toUsageName\n    }\n  }\n": typeof types.ContractCoverage_ContractFragmentDoc,
    "\n  fragment ContractEditForm_contract on Contract {\n    id\n    version\n    name\n    reference\n    contractType\n    template\n    purchaseForm\n    criticality\n    startDate\n    endDate\n    durationMonths\n    ongoing\n    irrevocableUntil\n    noticePeriodMonths\n    noticeRule\n    terminatedOn\n    retenderPlan\n    uptimePercent\n    availability\n    changeHandling\n    documentationDuties\n    invoiceRecipient\n    indexationPercent\n    supplierId\n    parentId\n    successorId\n    ownerUserId\n    managerUserId\n    options {\n      ordinal\n      months\n      exercisedOn\n    }\n    economyLines {\n      unitId\n      kind\n      amount\n      note\n    }\n    coveredUsages {\n      id\n    }\n  }\n": typeof types.ContractEditForm_ContractFragmentDoc,
    "\n  fragment ContractFacts_contract on Contract {\n    id\n    version\n    reference\n    contractType\n    template\n    purchaseForm\n    criticality\n    startDate\n    endDate\n    durationMonths\n    ongoing\n    irrevocableUntil\n    noticePeriodMonths\n    noticeRule\n    terminatedOn\n    retenderPlan\n    uptimePercent\n    availability\n    changeHandling\n    documentationDuties\n    invoiceRecipient\n    indexationPercent\n    supplier {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    successor {\n      id\n      name\n    }\n    predecessors {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    manager {\n      id\n      name\n    }\n    options {\n      ordinal\n      months\n      exercisedOn\n    }\n    economyLines {\n      kind\n      amount\n      note\n    }\n    dates {\n      validity\n      currentEnd\n      effectiveEndWithOptions\n      remainingOptionMonths\n      latestNoticeDate\n      earliestTerminationDate\n      cappedByParent\n      issues\n      leadMonths\n      procurementLeadMonths\n      migration {\n        months\n        source\n        dependentName\n      }\n      windowClosed\n      retender {\n        decisionDate\n        daysLate\n      }\n      retenderWithOptions {\n        decisionDate\n      }\n    }\n  }\n": typeof types.ContractFacts_ContractFragmentDoc,
    "\n  fragment ContractTimeline_row on Contract {\n    id\n    version\n    name\n    startDate\n    supplier {\n      id\n      name\n    }\n    economyLines {\n      unitId\n    }\n    coveredUsages {\n      id\n      name\n    }\n    dates {\n      currentEnd\n      effectiveEndWithOptions\n      latestNoticeDate\n      retender {\n        decisionDate\n      }\n      retenderWithOptions {\n        decisionDate\n      }\n    }\n  }\n": typeof types.ContractTimeline_RowFragmentDoc,
    "\n  fragment ContractTimeline_unit on Unit {\n    id\n    name\n  }\n": typeof types.ContractTimeline_UnitFragmentDoc,
    "\n  fragment ContractsTable_row on Contract {\n    id\n    version\n    name\n    criticality\n    purchaseForm\n    yearlyCost\n    supplier {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    dates {\n      validity\n      currentEnd\n      effectiveEndWithOptions\n      latestNoticeDate\n      windowClosed\n      retender {\n        decisionDate\n        daysLate\n      }\n    }\n  }\n": typeof types.ContractsTable_RowFragmentDoc,
    "\n  fragment CostsByUnit_row on UnitCosts {\n    unitId\n    unitName\n    yearlyOperation\n    acquisition\n    other\n    contractCount\n  }\n": typeof types.CostsByUnit_RowFragmentDoc,
    "\n  fragment DeleteContractButton_contract on Contract {\n    id\n    version\n    name\n  }\n": typeof types.DeleteContractButton_ContractFragmentDoc,
    "\n  fragment InvoiceTable_invoice on Invoice {\n    id\n    number\n    invoiceDate\n    periodStart\n    periodEnd\n    amount\n    check {\n      expected\n      deviation\n      deviationPercent\n      flagged\n      tolerancePercent\n    }\n  }\n": typeof types.InvoiceTable_InvoiceFragmentDoc,
    "\n  fragment JointTenderView_candidate on JointTenderCandidate {\n    key\n    matchedOn\n    label\n    windowStart\n    windowEnd\n    contracts {\n      id\n      name\n      organisationName\n      supplierName\n      decisionDate\n      yearlyCost\n      priceHidden\n    }\n  }\n": typeof types.JointTenderView_CandidateFragmentDoc,
    "\n  fragment JointTenderView_plan on TenderPlan {\n    id\n    name\n    windowStart\n    windowEnd\n    participants {\n      organisationName\n    }\n  }\n": typeof types.JointTenderView_PlanFragmentDoc,
    "\n  fragment NotificationCentre_notification on Notification {\n    id\n    kind\n    subjectType\n    subjectId\n    title\n    dueDate\n    readAt\n  }\n": typeof types.NotificationCentre_NotificationFragmentDoc,
    "\n  fragment RequirementChecklist_check on RequirementCheck {\n    id\n    fulfilled\n    note\n    version\n    requirement {\n      id\n      category\n      title\n      description\n    }\n  }\n": typeof types.RequirementChecklist_CheckFragmentDoc,
    "\n  fragment StandardRequirementsPanel_requirement on StandardRequirement {\n    id\n    category\n    title\n    description\n    active\n    version\n  }\n": typeof types.StandardRequirementsPanel_RequirementFragmentDoc,
    "\n  query ContractsOverview($limit: Int!, $filter: ContractFilter) {\n    contractToday\n    units {\n      id\n      ...ContractTimeline_unit\n    }\n    contracts(limit: $limit, filter: $filter, sort: { field: RETENDER_DECISION_DATE, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...ContractsTable_row\n        ...ContractTimeline_row\n      }\n    }\n  }\n": typeof types.ContractsOverviewDocument,
    "\n  query ContractDetail($id: ID!) {\n    contractToday\n    contract(id: $id) {\n      id\n      version\n      name\n      ...ContractFacts_contract\n      ...ContractCoverage_contract\n      ...ContractEditForm_contract\n      ...DeleteContractButton_contract\n      invoices {\n        id\n        ...InvoiceTable_invoice\n      }\n    }\n  }\n": typeof types.ContractDetailDocument,
    "\n  mutation CreateContract($input: ContractCreateInput!) {\n    createContract(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateContractDocument,
    "\n  mutation DeleteContract($id: ID!, $version: Int!) {\n    deleteContract(id: $id, version: $version)\n  }\n": typeof types.DeleteContractDocument,
    "\n  mutation UpdateContract($input: ContractUpdateInput!) {\n    updateContract(input: $input) {\n      id\n      version\n      name\n      parentId\n      successorId\n      ...ContractFacts_contract\n      ...ContractCoverage_contract\n      ...ContractEditForm_contract\n      ...DeleteContractButton_contract\n      ...ContractsTable_row\n      ...ContractTimeline_row\n    }\n  }\n": typeof types.UpdateContractDocument,
    "\n  mutation RegisterInvoice($input: InvoiceInput!) {\n    registerInvoice(input: $input) {\n      id\n      number\n      check {\n        flagged\n        deviation\n      }\n      ...InvoiceTable_invoice\n    }\n  }\n": typeof types.RegisterInvoiceDocument,
    "\n  mutation ImportInvoices($contractId: ID!, $csv: String!) {\n    importInvoicesCsv(contractId: $contractId, csv: $csv) {\n      imported {\n        id\n      }\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n": typeof types.ImportInvoicesDocument,
    "\n  mutation StartRetenderProposal($contractId: ID!) {\n    startRetenderProposal(contractId: $contractId) {\n      id\n      projectId\n      status\n      problem\n      asIs\n    }\n  }\n": typeof types.StartRetenderProposalDocument,
    "\n  query JointTenderCandidates($windowMonths: Int!, $limit: Int!) {\n    jointTenderCandidates(windowMonths: $windowMonths, limit: $limit) {\n      totalCount\n      items {\n        key\n        ...JointTenderView_candidate\n      }\n    }\n    tenderPlans {\n      id\n      ...JointTenderView_plan\n    }\n  }\n": typeof types.JointTenderCandidatesDocument,
    "\n  mutation CreateTenderPlan($input: TenderPlanFromCandidateInput!) {\n    createTenderPlan(input: $input) {\n      id\n      ...JointTenderView_plan\n    }\n  }\n": typeof types.CreateTenderPlanDocument,
    "\n  query ContractFormChoices($limit: Int!) {\n    systemUsages(limit: $limit, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n    contracts(limit: $limit, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      items {\n        id\n        name\n        parentId\n        successorId\n      }\n    }\n    suppliers(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n    members {\n      user {\n        id\n        name\n      }\n    }\n    units {\n      id\n      name\n    }\n  }\n": typeof types.ContractFormChoicesDocument,
    "\n  query CostsByUnit {\n    costsByUnit {\n      ...CostsByUnit_row\n    }\n  }\n": typeof types.CostsByUnitDocument,
    "\n  query Notifications {\n    notifications {\n      id\n      ...NotificationCentre_notification\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      ...NotificationCentre_notification\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation SnoozeNotification($id: ID!, $until: DateTimeISO!) {\n    snoozeNotification(id: $id, until: $until) {\n      id\n    }\n  }\n": typeof types.SnoozeNotificationDocument,
    "\n  query StandardRequirements {\n    standardRequirements(includeInactive: true) {\n      id\n      ...StandardRequirementsPanel_requirement\n    }\n  }\n": typeof types.StandardRequirementsDocument,
    "\n  mutation CreateStandardRequirement($input: StandardRequirementInput!) {\n    createStandardRequirement(input: $input) {\n      id\n      ...StandardRequirementsPanel_requirement\n    }\n  }\n": typeof types.CreateStandardRequirementDocument,
    "\n  mutation UpdateStandardRequirement($input: StandardRequirementUpdateInput!) {\n    updateStandardRequirement(input: $input) {\n      id\n      ...StandardRequirementsPanel_requirement\n    }\n  }\n": typeof types.UpdateStandardRequirementDocument,
    "\n  mutation DeleteStandardRequirement($id: ID!, $version: Int!) {\n    deleteStandardRequirement(id: $id, version: $version)\n  }\n": typeof types.DeleteStandardRequirementDocument,
    "\n  query RequirementChecklist($projectId: ID!) {\n    requirementChecklist(projectId: $projectId) {\n      id\n      ...RequirementChecklist_check\n    }\n  }\n": typeof types.RequirementChecklistDocument,
    "\n  mutation AddRequirementChecklist($projectId: ID!) {\n    addRequirementChecklist(projectId: $projectId) {\n      id\n      ...RequirementChecklist_check\n    }\n  }\n": typeof types.AddRequirementChecklistDocument,
    "\n  mutation UpdateRequirementCheck($input: RequirementCheckUpdateInput!) {\n    updateRequirementCheck(input: $input) {\n      id\n      ...RequirementChecklist_check\n    }\n  }\n": typeof types.UpdateRequirementCheckDocument,
    "\n  fragment DataSourceAuthority_source on DataSource {\n    kind\n    profile {\n      authoritativeSource {\n        id\n        name\n      }\n      copies {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DataSourceAuthority_SourceFragmentDoc,
    "\n  fragment DataSourceCost_source on DataSource {\n    costModel\n    profile {\n      yearlyCost\n      copyYearlyCost\n      exit {\n        totalYearlySaving\n        totalSwitchingCost\n      }\n    }\n  }\n": typeof types.DataSourceCost_SourceFragmentDoc,
    "\n  fragment DataSourceExitPlan_source on DataSource {\n    lifecycle\n    endsOn\n    profile {\n      exit {\n        totalYearlySaving\n        totalSwitchingCost\n        rows {\n          edgeId\n          usageId\n          usageName\n          yearlyCost\n          switchingCost\n          alternative {\n            dataSourceId\n            name\n          }\n          contract {\n            id\n            name\n            effectiveEnd\n          }\n          recommendation\n          recommendedSwitchDate\n          plannedSwitchDate\n        }\n      }\n    }\n  }\n": typeof types.DataSourceExitPlan_SourceFragmentDoc,
    "\n  fragment DataSourceFacts_source on DataSource {\n    id\n    kind\n    registerFamily\n    defaultChannel\n    lifecycle\n    endsOn\n  }\n": typeof types.DataSourceFacts_SourceFragmentDoc,
    "\n  fragment DataSourceForm_source on DataSource {\n    id\n    version\n    name\n    description\n    kind\n    registerFamily\n    copyOfId\n    defaultChannel\n    lifecycle\n    endsOn\n    costModel\n    supplierId\n  }\n": typeof types.DataSourceForm_SourceFragmentDoc,
    "\n  fragment DataSourceReaders_profile on DataSourceProfileView {\n    readers {\n      edgeId\n      usageId\n      usageName\n      unitName\n      channel\n      access\n      purpose\n      yearlyCost\n      authoritative\n      plannedTargetSourceId\n      plannedTargetSourceName\n      plannedSwitchDate\n    }\n    byUnit {\n      unitId\n      unitName\n      readerCount\n      yearlyCost\n    }\n    byChannel {\n      channel\n      readerCount\n      yearlyCost\n    }\n    byPurpose {\n      purpose\n      readerCount\n      yearlyCost\n    }\n  }\n": typeof types.DataSourceReaders_ProfileFragmentDoc,
    "\n  fragment DataSourceTouching_profile on DataSourceProfileView {\n    readers {\n      usageId\n      usageName\n    }\n    contracts {\n      id\n      name\n      effectiveEnd\n      noticeDate\n      usageIds\n    }\n    projects {\n      id\n      name\n      usageIds\n    }\n  }\n": typeof types.DataSourceTouching_ProfileFragmentDoc,
    "\n  fragment DataSourcesTable_row on DataSource {\n    id\n    version\n    name\n    kind\n    registerFamily\n    copyOfId\n    defaultChannel\n    lifecycle\n    endsOn\n    ownerOrganisationId\n    yearlyCost\n    uses {\n      id\n      usageId\n      usageName\n      channel\n      access\n      yearlyCost\n      authoritative\n    }\n  }\n": typeof types.DataSourcesTable_RowFragmentDoc,
    "\n  query DataSourceDetail($id: ID!) {\n    dataSource(id: $id) {\n      id\n      name\n      description\n      ...DataSourceFacts_source\n      ...DataSourceCost_source\n      ...DataSourceAuthority_source\n      ...DataSourceExitPlan_source\n      profile {\n        ...DataSourceReaders_profile\n        ...DataSourceTouching_profile\n      }\n    }\n  }\n": typeof types.DataSourceDetailDocument,
    "\n  mutation CreateDataSource($input: DataSourceCreateInput!) {\n    createDataSource(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateDataSourceDocument,
    "\n  mutation UpdateDataSource($input: DataSourceUpdateInput!) {\n    updateDataSource(input: $input) {\n      id\n      version\n      ...DataSourcesTable_row\n      ...DataSourceForm_source\n    }\n  }\n": typeof types.UpdateDataSourceDocument,
    "\n  query DataSourceSupplierOptions {\n    suppliers(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DataSourceSupplierOptionsDocument,
    "\n  query DataSourcesTable($limit: Int!) {\n    dataSources(limit: $limit) {\n      totalCount\n      items {\n        id\n        name\n        ownerOrganisationId\n        ...DataSourcesTable_row\n        ...DataSourceForm_source\n      }\n    }\n  }\n": typeof types.DataSourcesTableDocument,
    "\n  query ChangeHistory($entity: HistoryEntity!, $id: ID!) {\n    history(entity: $entity, id: $id) {\n      id\n      at\n      action\n      entityType\n      authorName\n      changes {\n        field\n        kind\n        before\n        after\n      }\n    }\n  }\n": typeof types.ChangeHistoryDocument,
    "\n  mutation ImportKitos($input: KitosImportInput!) {\n    importKitos(input: $input) {\n      kind\n      applied\n      created\n      updated\n      unchanged\n      errorCount\n      fields\n      columns {\n        column\n        title\n        target\n        note\n      }\n      lines {\n        row\n        name\n        status\n        changes\n        errors {\n          column\n          message\n        }\n        warnings {\n          column\n          message\n        }\n      }\n    }\n  }\n": typeof types.ImportKitosDocument,
    "\n  query KitosAttributes($id: ID!) {\n    systemUsage(id: $id) {\n      id\n      kitosAttributes {\n        title\n        value\n      }\n    }\n  }\n": typeof types.KitosAttributesDocument,
    "\n  fragment KitosSyncRunFields on KitosSyncRun {\n    ok\n    created\n    updated\n    unchanged\n    errorCount\n    deleted\n    conflicts\n    message\n    problems\n  }\n": typeof types.KitosSyncRunFieldsFragmentDoc,
    "\n  query KitosConnection {\n    kitosConnection {\n      id\n      baseUrl\n      kitosOrganisationUuid\n      emailSet\n      passwordSet\n      nightly\n      lastRunAt\n      lastRun {\n        ...KitosSyncRunFields\n      }\n      version\n    }\n    kitosConflicts {\n      id\n      kind\n      kitosUuid\n      name\n      changes\n      overblikChangedAt\n    }\n  }\n": typeof types.KitosConnectionDocument,
    "\n  mutation SaveKitosConnection($input: KitosConnectionInput!) {\n    saveKitosConnection(input: $input) {\n      id\n      baseUrl\n      kitosOrganisationUuid\n      emailSet\n      passwordSet\n      nightly\n      version\n    }\n  }\n": typeof types.SaveKitosConnectionDocument,
    "\n  mutation SyncKitos {\n    syncKitos {\n      ...KitosSyncRunFields\n    }\n  }\n": typeof types.SyncKitosDocument,
    "\n  mutation ResolveKitosConflict($id: ID!, $choice: KitosConflictChoice!) {\n    resolveKitosConflict(id: $id, choice: $choice)\n  }\n": typeof types.ResolveKitosConflictDocument,
    "\n  fragment InterfaceFacts_entry on Interface {\n    id\n    version\n    providerSystemName\n    providerUsageId\n    protocol\n    dataDescription\n    dataTypes\n    registerFamilies\n    visibility\n    ownerOrganisationId\n  }\n": typeof types.InterfaceFacts_EntryFragmentDoc,
    "\n  fragment InterfaceForm_entry on Interface {\n    id\n    version\n    name\n    description\n    protocol\n    dataDescription\n    providerSystemId\n    providerSystemName\n    dataTypes\n    registerFamilies\n  }\n": typeof types.InterfaceForm_EntryFragmentDoc,
    "\n  fragment InterfaceUsedBy_entry on Interface {\n    id\n    version\n    usedBy {\n      id\n      version\n      fromUsageId\n      fromUsageName\n      toUsageId\n      toUsageName\n      data\n      direction\n      frequency\n    }\n  }\n": typeof types.InterfaceUsedBy_EntryFragmentDoc,
    "\n  fragment InterfacesTable_row on Interface {\n    id\n    version\n    name\n    description\n    protocol\n    dataDescription\n    providerSystemName\n    providerUsageId\n    visibility\n    usedBy {\n      id\n    }\n  }\n": typeof types.InterfacesTable_RowFragmentDoc,
    "\n  query InterfacesTable($limit: Int!) {\n    interfaces(limit: $limit) {\n      totalCount\n      items {\n        id\n        ...InterfacesTable_row\n      }\n    }\n  }\n": typeof types.InterfacesTableDocument,
    "\n  query InterfaceDetail($id: ID!) {\n    interface(id: $id) {\n      id\n      version\n      name\n      description\n      ownerOrganisationId\n      ...InterfaceFacts_entry\n      ...InterfaceUsedBy_entry\n      ...InterfaceForm_entry\n    }\n  }\n": typeof types.InterfaceDetailDocument,
    "\n  mutation CreateInterface($input: InterfaceCreateInput!) {\n    createInterface(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateInterfaceDocument,
    "\n  mutation UpdateInterface($input: InterfaceUpdateInput!) {\n    updateInterface(input: $input) {\n      id\n      version\n      name\n      description\n      ...InterfacesTable_row\n      ...InterfaceFacts_entry\n      ...InterfaceForm_entry\n    }\n  }\n": typeof types.UpdateInterfaceDocument,
    "\n  mutation DeleteInterface($id: ID!, $version: Int!) {\n    deleteInterface(id: $id, version: $version)\n  }\n": typeof types.DeleteInterfaceDocument,
    "\n  query ProviderCatalogueSearch($search: String) {\n    itSystems(search: $search, limit: 50) {\n      items {\n        id\n        name\n        category\n      }\n    }\n  }\n": typeof types.ProviderCatalogueSearchDocument,
    "\n  fragment AffectedUsagesTable_usage on AffectedUsageView {\n    usageId\n    name\n    certainty\n    depth\n    via\n    path\n    dataTypes\n    registerFamilies\n    unknownData\n  }\n": typeof types.AffectedUsagesTable_UsageFragmentDoc,
    "\n  fragment CapabilityOverlapCard_overlap on CapabilityOverlapView {\n    capabilityId\n    capability\n    combinedYearlyCost\n    usages {\n      usageId\n      name\n      yearlyCost\n    }\n    consolidations {\n      survivorUsageId\n      yearlySaving\n      migrationCost\n      fullSavingFrom\n      horizonEnd\n      netSaving\n      retired {\n        usageId\n        name\n        yearlyCost\n        migrationCost\n        savingFrom\n        savedWithinHorizon\n      }\n    }\n  }\n": typeof types.CapabilityOverlapCard_OverlapFragmentDoc,
    "\n  fragment CopyRegisterExitView_plan on CopyRegisterExitView {\n    totalYearlySaving\n    totalSwitchingCost\n    rows {\n      edgeId\n      usageId\n      usageName\n      dataSourceId\n      dataSourceName\n      channel\n      yearlyCost\n      switchingCost\n      alternative {\n        dataSourceId\n        name\n        channel\n      }\n      contract {\n        name\n        effectiveEnd\n        noticeDate\n      }\n      recommendation\n      recommendedSwitchDate\n      plannedSwitchDate\n    }\n    ...ExitTimeline_plan\n  }\n": typeof types.CopyRegisterExitView_PlanFragmentDoc,
    "\n  fragment ExitTimeline_plan on CopyRegisterExitView {\n    rows {\n      edgeId\n      usageName\n      dataSourceId\n      dataSourceName\n      alternative {\n        dataSourceId\n        name\n      }\n    }\n    timeline {\n      edgeId\n      switchDate\n      dateSource\n      yearlySaving\n    }\n  }\n": typeof types.ExitTimeline_PlanFragmentDoc,
    "\n  fragment ImpactPanel_impact on ImpactAnalysisView {\n    targetId\n    certainCount\n    possibleCount\n    usages {\n      usageId\n      certainty\n      ...AffectedUsagesTable_usage\n    }\n    dataSources {\n      dataSourceId\n    }\n    units {\n      unitId\n      unitName\n      usageCount\n      possibleUsageCount\n    }\n    contracts {\n      contractId\n      name\n      effectiveEnd\n      noticeDate\n      usageIds\n      possibleUsageIds\n    }\n    projects {\n      projectId\n      name\n      usageIds\n      possibleUsageIds\n    }\n  }\n": typeof types.ImpactPanel_ImpactFragmentDoc,
    "\n  fragment LandscapeGraphView_node on LandscapeNode {\n    id\n    kind\n    name\n    lifecycle\n    subKind\n    unitId\n    unitName\n    registerFamily\n    endsOn\n    yearlyCost\n    hasLifecycleConflict\n    taskAreas\n    contractStatus\n    ...NodePanel_node\n  }\n": typeof types.LandscapeGraphView_NodeFragmentDoc,
    "\n  fragment LandscapeGraphView_edge on LandscapeEdge {\n    id\n    kind\n    from\n    to\n    direction\n    channel\n    access\n    interfaceName\n    yearlyCost\n    authoritative\n    dataTypes\n    registerFamilies\n  }\n": typeof types.LandscapeGraphView_EdgeFragmentDoc,
    "\n  fragment LandscapeTableView_node on LandscapeNode {\n    id\n    name\n    kind\n    subKind\n    lifecycle\n    unitName\n    yearlyCost\n    hasLifecycleConflict\n  }\n": typeof types.LandscapeTableView_NodeFragmentDoc,
    "\n  fragment LandscapeTableView_edge on LandscapeEdge {\n    id\n    from\n    to\n    kind\n    channel\n    interfaceName\n    dataTypes\n    registerFamilies\n    direction\n    yearlyCost\n  }\n": typeof types.LandscapeTableView_EdgeFragmentDoc,
    "\n  fragment LifecycleConflictsView_conflict on LifecycleConflictView {\n    usageId\n    usageName\n    usageEnd\n    dependencyId\n    dependencyKind\n    dependencyName\n    reason\n    dependencyEnd\n  }\n": typeof types.LifecycleConflictsView_ConflictFragmentDoc,
    "\n  fragment LifecycleSummary_node on LandscapeNode {\n    id\n    kind\n    lifecycle\n  }\n": typeof types.LifecycleSummary_NodeFragmentDoc,
    "\n  fragment NeighbourhoodView_neighbourhood on NeighbourhoodView {\n    rootId\n    truncated\n    nodes {\n      id\n      kind\n      name\n      lifecycle\n      subKind\n    }\n    edges {\n      id\n      kind\n      from\n      to\n      direction\n      channel\n      interfaceName\n    }\n  }\n": typeof types.NeighbourhoodView_NeighbourhoodFragmentDoc,
    "\n  fragment NodePanel_node on LandscapeNode {\n    id\n    kind\n    subKind\n    name\n    lifecycle\n    unitName\n    endsOn\n    yearlyCost\n    hasLifecycleConflict\n  }\n": typeof types.NodePanel_NodeFragmentDoc,
    "\n  query NodePanelUsageSupplier($id: ID!) {\n    systemUsage(id: $id) {\n      id\n      supplier {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NodePanelUsageSupplierDocument,
    "\n  query NodePanelDataSourceSupplier($id: ID!) {\n    dataSource(id: $id) {\n      id\n      supplier {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NodePanelDataSourceSupplierDocument,
    "\n  fragment OverlapHistory_acceptance on OverlapAcceptance {\n    id\n    capabilityName\n    usageNames\n    reason\n    acceptedAt\n    reopenedAt\n    reopenReason\n    version\n  }\n": typeof types.OverlapHistory_AcceptanceFragmentDoc,
    "\n  fragment OverlapView_analysis on OverlapAnalysisView {\n    horizonMonths\n    capabilities {\n      capabilityId\n      ...CapabilityOverlapCard_overlap\n    }\n    duplicateData {\n      dataSourceId\n      dataSourceName\n      sharedCapabilities\n      totalYearlyCost\n      duplicatedCost\n      buyers {\n        usageId\n        name\n        yearlyCost\n      }\n    }\n  }\n": typeof types.OverlapView_AnalysisFragmentDoc,
    "\n  query LandscapeGraph {\n    landscapeGraph {\n      organisationId\n      nodes {\n        id\n        ...LifecycleSummary_node\n        ...LandscapeGraphView_node\n        ...LandscapeTableView_node\n      }\n      edges {\n        id\n        ...LandscapeGraphView_edge\n        ...LandscapeTableView_edge\n      }\n    }\n  }\n": typeof types.LandscapeGraphDocument,
    "\n  query ImpactAnalysis($kind: LandscapeNodeKind!, $id: ID!, $from: LocalDate) {\n    impactAnalysis(kind: $kind, id: $id, from: $from) {\n      ...ImpactPanel_impact\n    }\n  }\n": typeof types.ImpactAnalysisDocument,
    "\n  query Neighbourhood($rootId: ID!, $hops: Int!, $maxNodes: Int!) {\n    neighbourhood(rootId: $rootId, hops: $hops, maxNodes: $maxNodes) {\n      ...NeighbourhoodView_neighbourhood\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  query CopyRegisterExit {\n    copyRegisterExit {\n      ...CopyRegisterExitView_plan\n    }\n  }\n": typeof types.CopyRegisterExitDocument,
    "\n  query Overlaps {\n    overlaps {\n      ...OverlapView_analysis\n    }\n    overlapAcceptances {\n      id\n      ...OverlapHistory_acceptance\n    }\n  }\n": typeof types.OverlapsDocument,
    "\n  mutation AcceptOverlap($input: OverlapAcceptInput!) {\n    acceptOverlap(input: $input) {\n      id\n      ...OverlapHistory_acceptance\n    }\n  }\n": typeof types.AcceptOverlapDocument,
    "\n  mutation ReopenOverlapAcceptance($id: ID!, $version: Int!, $reason: String) {\n    reopenOverlapAcceptance(id: $id, version: $version, reason: $reason) {\n      id\n      ...OverlapHistory_acceptance\n    }\n  }\n": typeof types.ReopenOverlapAcceptanceDocument,
    "\n  query LifecycleConflicts {\n    lifecycleConflicts {\n      ...LifecycleConflictsView_conflict\n    }\n  }\n": typeof types.LifecycleConflictsDocument,
    "\n  fragment MaturityHistory_entry on MaturityHistoryEntry {\n    id\n    assessedAt\n    achievedStep\n    change\n    direction\n    note\n    assessedBy {\n      id\n      name\n    }\n  }\n": typeof types.MaturityHistory_EntryFragmentDoc,
    "\n  fragment MaturitySteps_step on MaturityStepResult {\n    ordinal\n    name\n    met\n    achieved\n    criteria {\n      key\n      name\n      metric\n      status\n      value\n      threshold\n      met\n      gap\n    }\n  }\n": typeof types.MaturitySteps_StepFragmentDoc,
    "\n  fragment MissingForNext_maturity on Maturity {\n    achievedStep\n    missingForNext {\n      key\n      name\n      status\n      value\n      threshold\n      gap\n    }\n  }\n": typeof types.MissingForNext_MaturityFragmentDoc,
    "\n  fragment SelfAssessmentForm_maturity on Maturity {\n    steps {\n      ordinal\n      criteria {\n        key\n        name\n      }\n    }\n    selfAssessment {\n      key\n      yes\n      comment\n    }\n  }\n": typeof types.SelfAssessmentForm_MaturityFragmentDoc,
    "\n  query Maturity {\n    maturity {\n      achievedStep\n      steps {\n        ordinal\n        ...MaturitySteps_step\n      }\n      history {\n        id\n        ...MaturityHistory_entry\n      }\n      ...MissingForNext_maturity\n      ...SelfAssessmentForm_maturity\n    }\n  }\n": typeof types.MaturityDocument,
    "\n  mutation RecordMaturityAssessment($input: MaturityAssessmentInput!) {\n    recordMaturityAssessment(input: $input) {\n      achievedStep\n    }\n  }\n": typeof types.RecordMaturityAssessmentDocument,
    "\n  fragment AgendaItem_proposal on Proposal {\n    id\n    status\n    version\n    problem\n    asIs\n    toBe\n    resourcesNeeded\n    submittedAt\n    submittedBy {\n      id\n      name\n    }\n    project {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n    decisions {\n      id\n      stage\n      decision\n      reason\n      decidedAt\n      decidedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AgendaItem_ProposalFragmentDoc,
    "\n  fragment BoardCategoryFilter_category on Category {\n    id\n    dimension\n    name\n  }\n": typeof types.BoardCategoryFilter_CategoryFragmentDoc,
    "\n  fragment BoardRow_entry on PortfolioBoardEntry {\n    score\n    mandatory\n    scorePosition\n    divergence\n    divergent\n    firstShortfall {\n      competencyName\n      quarter\n      shortfallHours\n    }\n    timeCriticality {\n      level\n      reasons\n    }\n    project {\n      id\n      name\n    }\n  }\n": typeof types.BoardRow_EntryFragmentDoc,
    "\n  fragment CategoriesEditor_category on Category {\n    id\n    version\n    dimension\n    name\n  }\n": typeof types.CategoriesEditor_CategoryFragmentDoc,
    "\n  fragment CriteriaEditor_criterion on Criterion {\n    id\n    version\n    name\n    description\n    weight\n    scaleMin\n    scaleMax\n    direction\n    mandatory\n  }\n": typeof types.CriteriaEditor_CriterionFragmentDoc,
    "\n  fragment ProjectPrioritisation_project on Project {\n    id\n    version\n    scores {\n      id\n      criterionId\n      value\n      version\n    }\n    categories {\n      id\n      dimension\n      name\n    }\n  }\n": typeof types.ProjectPrioritisation_ProjectFragmentDoc,
    "\n  fragment ProjectPrioritisation_criterion on Criterion {\n    id\n    name\n    description\n    weight\n    scaleMin\n    scaleMax\n    direction\n    mandatory\n  }\n": typeof types.ProjectPrioritisation_CriterionFragmentDoc,
    "\n  fragment ProjectPrioritisation_category on Category {\n    id\n    dimension\n    name\n  }\n": typeof types.ProjectPrioritisation_CategoryFragmentDoc,
    "\n  fragment ProjectsTable_row on Project {\n    id\n    version\n    name\n    phase\n    status\n    budget\n    startDate\n    endDate\n    unit {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    lead {\n      id\n      name\n    }\n    latestStatus {\n      mustReport\n      missing\n      ageDays\n      report {\n        id\n        overall\n        periodEnd\n      }\n    }\n  }\n": typeof types.ProjectsTable_RowFragmentDoc,
    "\n  fragment ProposalForm_strategy on Strategy {\n    id\n    name\n  }\n": typeof types.ProposalForm_StrategyFragmentDoc,
    "\n  fragment RelatedProjects_related on RelatedProject {\n    project {\n      id\n      name\n      status\n    }\n    sharedSystems {\n      usageId\n      name\n    }\n    sharedCapabilities\n  }\n": typeof types.RelatedProjects_RelatedFragmentDoc,
    "\n  fragment ScenarioBar_scenario on PortfolioScenario {\n    id\n    version\n    name\n    approvedAt\n  }\n": typeof types.ScenarioBar_ScenarioFragmentDoc,
    "\n  fragment SynergyOverview_overlap on ProjectOverlap {\n    key\n    name\n    projects {\n      id\n      name\n      status\n    }\n  }\n": typeof types.SynergyOverview_OverlapFragmentDoc,
    "\n  query PortfolioProjects($limit: Int!) {\n    projects(limit: $limit, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...ProjectsTable_row\n      }\n    }\n    projectPhases {\n      key\n      name\n    }\n  }\n": typeof types.PortfolioProjectsDocument,
    "\n  query PortfolioBoard($scenarioId: ID) {\n    portfolioBoard(scenarioId: $scenarioId) {\n      scenarioId\n      capacityLineIndex\n      divergenceThreshold\n      entries {\n        fits\n        project {\n          id\n          name\n          categories {\n            id\n          }\n          dependsOnIds\n        }\n        ...BoardRow_entry\n      }\n    }\n  }\n": typeof types.PortfolioBoardDocument,
    "\n  mutation ReorderProject($projectId: ID!, $beforeId: ID, $afterId: ID) {\n    reorderProject(projectId: $projectId, beforeId: $beforeId, afterId: $afterId) {\n      id\n      rankKey\n    }\n  }\n": typeof types.ReorderProjectDocument,
    "\n  query PortfolioScenarios {\n    portfolioScenarios {\n      id\n      ...ScenarioBar_scenario\n    }\n  }\n": typeof types.PortfolioScenariosDocument,
    "\n  mutation CreateScenario($name: String!) {\n    createScenario(name: $name) {\n      id\n      ...ScenarioBar_scenario\n    }\n  }\n": typeof types.CreateScenarioDocument,
    "\n  mutation ReorderInScenario($scenarioId: ID!, $projectId: ID!, $beforeId: ID, $afterId: ID) {\n    reorderInScenario(\n      scenarioId: $scenarioId\n      projectId: $projectId\n      beforeId: $beforeId\n      afterId: $afterId\n    ) {\n      id\n    }\n  }\n": typeof types.ReorderInScenarioDocument,
    "\n  mutation ApproveScenario($scenarioId: ID!, $version: Int!) {\n    approveScenario(scenarioId: $scenarioId, version: $version) {\n      id\n      version\n      ...ScenarioBar_scenario\n    }\n  }\n": typeof types.ApproveScenarioDocument,
    "\n  query PrioritisationModel {\n    prioritisationModel {\n      id\n      name\n      criteria {\n        id\n        ...CriteriaEditor_criterion\n      }\n      categories {\n        id\n        ...CategoriesEditor_category\n        ...BoardCategoryFilter_category\n      }\n    }\n  }\n": typeof types.PrioritisationModelDocument,
    "\n  mutation CreateCriterion($input: CriterionCreateInput!) {\n    createCriterion(input: $input) {\n      id\n      name\n      ...CriteriaEditor_criterion\n    }\n  }\n": typeof types.CreateCriterionDocument,
    "\n  mutation UpdateCriterion($input: CriterionUpdateInput!) {\n    updateCriterion(input: $input) {\n      id\n      version\n      name\n      ...CriteriaEditor_criterion\n      ...ProjectPrioritisation_criterion\n    }\n  }\n": typeof types.UpdateCriterionDocument,
    "\n  mutation DeleteCriterion($id: ID!, $version: Int!) {\n    deleteCriterion(id: $id, version: $version)\n  }\n": typeof types.DeleteCriterionDocument,
    "\n  mutation CreateCategory($input: CategoryCreateInput!) {\n    createCategory(input: $input) {\n      id\n      name\n      ...CategoriesEditor_category\n      ...BoardCategoryFilter_category\n    }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($input: CategoryUpdateInput!) {\n    updateCategory(input: $input) {\n      id\n      version\n      name\n      ...CategoriesEditor_category\n      ...BoardCategoryFilter_category\n      ...ProjectPrioritisation_category\n    }\n  }\n": typeof types.UpdateCategoryDocument,
    "\n  mutation DeleteCategory($id: ID!, $version: Int!) {\n    deleteCategory(id: $id, version: $version)\n  }\n": typeof types.DeleteCategoryDocument,
    "\n  query ProjectPrioritisation($id: ID!) {\n    project(id: $id) {\n      id\n      ...ProjectPrioritisation_project\n    }\n    prioritisationModel {\n      id\n      criteria {\n        id\n        ...ProjectPrioritisation_criterion\n      }\n      categories {\n        id\n        ...ProjectPrioritisation_category\n      }\n    }\n  }\n": typeof types.ProjectPrioritisationDocument,
    "\n  mutation SetCriterionScore($input: CriterionScoreInput!) {\n    setCriterionScore(input: $input) {\n      id\n      criterionId\n      value\n      version\n    }\n  }\n": typeof types.SetCriterionScoreDocument,
    "\n  mutation SetProjectCategories($input: ProjectCategoriesInput!) {\n    setProjectCategories(input: $input) {\n      id\n      version\n      ...ProjectPrioritisation_project\n    }\n  }\n": typeof types.SetProjectCategoriesDocument,
    "\n  query ProjectOverlaps {\n    projectOverlaps {\n      kind\n      key\n      ...SynergyOverview_overlap\n    }\n    projectPhases {\n      key\n      name\n    }\n  }\n": typeof types.ProjectOverlapsDocument,
    "\n  query RelatedProjects($id: ID!) {\n    project(id: $id) {\n      id\n      relatedProjects {\n        ...RelatedProjects_related\n      }\n    }\n  }\n": typeof types.RelatedProjectsDocument,
    "\n  query BoardAgenda {\n    boardAgenda {\n      awaitingCouncil {\n        ...AgendaItem_proposal\n      }\n      awaitingBoard {\n        ...AgendaItem_proposal\n      }\n    }\n  }\n": typeof types.BoardAgendaDocument,
    "\n  mutation SubmitProposal($input: ProposalSubmitInput!) {\n    submitProposal(input: $input) {\n      id\n      status\n      projectId\n    }\n  }\n": typeof types.SubmitProposalDocument,
    "\n  mutation PrequalifyProposal($input: ProposalDecisionInput!) {\n    prequalifyProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n": typeof types.PrequalifyProposalDocument,
    "\n  mutation ReturnProposal($input: ProposalDecisionInput!) {\n    returnProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n": typeof types.ReturnProposalDocument,
    "\n  mutation ApproveProposal($input: ProposalDecisionInput!) {\n    approveProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n": typeof types.ApproveProposalDocument,
    "\n  mutation RejectProposal($input: ProposalDecisionInput!) {\n    rejectProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n": typeof types.RejectProposalDocument,
    "\n  mutation DeferProposal($input: ProposalDecisionInput!) {\n    deferProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n": typeof types.DeferProposalDocument,
    "\n  query ProposalFormOptions {\n    strategies {\n      id\n      ...ProposalForm_strategy\n    }\n  }\n": typeof types.ProposalFormOptionsDocument,
    "\n  fragment ProgrammeForm_programme on Programme {\n    id\n    version\n    name\n    description\n    leadUserId\n    strategies {\n      id\n    }\n  }\n": typeof types.ProgrammeForm_ProgrammeFragmentDoc,
    "\n  fragment ProgrammeProjects_programme on Programme {\n    id\n    version\n    archived\n    projects {\n      id\n      name\n      status\n      budget\n      latestStatus {\n        missing\n        report {\n          id\n          overall\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeProjects_ProgrammeFragmentDoc,
    "\n  fragment ProgrammeRollup_programme on Programme {\n    id\n    rollup {\n      projectCount\n      status {\n        worst\n        running\n        green\n        amber\n        red\n        missing\n      }\n      spend {\n        budget\n        spent\n        spentPercent\n        overspentProjectIds\n      }\n      risks {\n        projectId\n        projectName\n        reportDate\n        rag\n        risks\n      }\n      benefits {\n        benefitCount\n        targetKr\n        plannedKr\n        realisedKr\n        realisationPercent\n        rag\n        qualitativeCount\n      }\n    }\n  }\n": typeof types.ProgrammeRollup_ProgrammeFragmentDoc,
    "\n  query Programmes($includeArchived: Boolean) {\n    programmes(includeArchived: $includeArchived) {\n      id\n      name\n      archived\n      lead {\n        id\n        name\n      }\n      rollup {\n        projectCount\n        status {\n          worst\n          missing\n        }\n        spend {\n          budget\n          spent\n          spentPercent\n        }\n      }\n    }\n  }\n": typeof types.ProgrammesDocument,
    "\n  query ProgrammeDetail($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      description\n      archived\n      version\n      lead {\n        id\n        name\n      }\n      strategies {\n        id\n        name\n      }\n      ...ProgrammeForm_programme\n      ...ProgrammeProjects_programme\n      ...ProgrammeRollup_programme\n    }\n  }\n": typeof types.ProgrammeDetailDocument,
    "\n  query ProgrammeFormOptions {\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    strategies {\n      id\n      name\n    }\n  }\n": typeof types.ProgrammeFormOptionsDocument,
    "\n  query ProgrammeProjectOptions {\n    projects(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n        programme {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeProjectOptionsDocument,
    "\n  mutation CreateProgramme($input: ProgrammeCreateInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProgrammeDocument,
    "\n  mutation UpdateProgramme($input: ProgrammeUpdateInput!) {\n    updateProgramme(input: $input) {\n      id\n      version\n      name\n      description\n      lead {\n        id\n        name\n      }\n      strategies {\n        id\n        name\n      }\n      ...ProgrammeForm_programme\n    }\n  }\n": typeof types.UpdateProgrammeDocument,
    "\n  mutation SetProgrammeArchived($id: ID!, $version: Int!, $archived: Boolean!) {\n    setProgrammeArchived(id: $id, version: $version, archived: $archived) {\n      id\n      version\n      archived\n    }\n  }\n": typeof types.SetProgrammeArchivedDocument,
    "\n  mutation SetProgrammeProjects($programmeId: ID!, $version: Int!, $projectIds: [ID!]!) {\n    setProgrammeProjects(programmeId: $programmeId, version: $version, projectIds: $projectIds) {\n      id\n      version\n      ...ProgrammeProjects_programme\n      ...ProgrammeRollup_programme\n    }\n  }\n": typeof types.SetProgrammeProjectsDocument,
    "\n  fragment ArtefactsSection_project on Project {\n    id\n    version\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    gate {\n      missing\n    }\n  }\n": typeof types.ArtefactsSection_ProjectFragmentDoc,
    "\n  fragment ArtefactsSection_artefact on ProjectArtefact {\n    id\n    kind\n    title\n    content\n    version\n    providedAt\n  }\n": typeof types.ArtefactsSection_ArtefactFragmentDoc,
    "\n  fragment ArtefactsSection_records on Project {\n    id\n    artefacts {\n      id\n      ...ArtefactsSection_artefact\n    }\n  }\n": typeof types.ArtefactsSection_RecordsFragmentDoc,
    "\n  fragment BusinessCaseEditor_line on BusinessCaseLine {\n    id\n    kind\n    description\n    amount\n    year\n  }\n": typeof types.BusinessCaseEditor_LineFragmentDoc,
    "\n  fragment BusinessCaseEditor_project on Project {\n    id\n    version\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    businessCase {\n      id\n      ...BusinessCaseEditor_line\n    }\n  }\n": typeof types.BusinessCaseEditor_ProjectFragmentDoc,
    "\n  fragment GatePanel_project on Project {\n    id\n    version\n    phase\n    status\n    gate {\n      nextPhase\n      ok\n      missing\n    }\n  }\n": typeof types.GatePanel_ProjectFragmentDoc,
    "\n  fragment ProjectActions_project on Project {\n    id\n    version\n    name\n    phase\n    status\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    proposals {\n      id\n      status\n    }\n    ...ProjectForm_project\n  }\n": typeof types.ProjectActions_ProjectFragmentDoc,
    "\n  fragment ProjectDependencies_project on Project {\n    id\n    dependsOn {\n      id\n      name\n    }\n    dependencyOf {\n      id\n      name\n    }\n  }\n": typeof types.ProjectDependencies_ProjectFragmentDoc,
    "\n  fragment ProjectFacts_project on Project {\n    id\n    version\n    phase\n    status\n    budget\n    benefitCount\n    owner {\n      id\n      name\n    }\n    lead {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    strategies {\n      id\n      name\n    }\n    programme {\n      id\n      name\n    }\n    systems {\n      usageId\n      name\n    }\n    latestStatus {\n      missing\n      report {\n        id\n        periodEnd\n        overall\n        progressPercent\n        spent\n        budget\n      }\n    }\n  }\n": typeof types.ProjectFacts_ProjectFragmentDoc,
    "\n  fragment ProjectForm_project on Project {\n    id\n    version\n    name\n    description\n    budget\n    startDate\n    endDate\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    unit {\n      id\n    }\n    strategies {\n      id\n    }\n    systems {\n      usageId\n    }\n    dependsOnIds\n    programmeId\n  }\n": typeof types.ProjectForm_ProjectFragmentDoc,
    "\n  fragment ProjectHistory_project on Project {\n    id\n    version\n    phaseHistory {\n      id\n      phase\n      enteredAt\n      leftAt\n    }\n    lifecycleDecisions {\n      id\n      action\n      reason\n      decidedAt\n      decidedBy {\n        id\n        name\n      }\n    }\n    proposals {\n      id\n      decisions {\n        id\n        stage\n        decision\n        reason\n        decidedAt\n        decidedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProjectHistory_ProjectFragmentDoc,
    "\n  fragment ProjectTeamSection_project on Project {\n    id\n    version\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    team {\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProjectTeamSection_ProjectFragmentDoc,
    "\n  fragment StatusReportsSection_project on Project {\n    id\n    version\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    budget\n  }\n": typeof types.StatusReportsSection_ProjectFragmentDoc,
    "\n  fragment StatusReportsSection_report on StatusReport {\n    id\n    periodEnd\n    overall\n    ragTime\n    ragCost\n    ragQuality\n    ragScope\n    progressPercent\n    spent\n    budget\n    risks\n    nextSteps\n    reportedBy {\n      id\n      name\n    }\n  }\n": typeof types.StatusReportsSection_ReportFragmentDoc,
    "\n  fragment StatusReportsSection_records on Project {\n    id\n    statusReports {\n      id\n      ...StatusReportsSection_report\n    }\n  }\n": typeof types.StatusReportsSection_RecordsFragmentDoc,
    "\n  query ProjectFormOptions {\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    units {\n      id\n      name\n    }\n    strategies {\n      id\n      name\n    }\n    programmes(includeArchived: true) {\n      id\n      name\n      archived\n    }\n    systemUsages(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n    projects(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n        dependsOnIds\n      }\n    }\n  }\n": typeof types.ProjectFormOptionsDocument,
    "\n  mutation UpdateProject($input: ProjectUpdateInput!) {\n    updateProject(input: $input) {\n      id\n      version\n      name\n      description\n      ...ProjectForm_project\n      ...ProjectFacts_project\n      ...GatePanel_project\n      ...ProjectDependencies_project\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation CreateProject($input: ProjectCreateInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation AppointProjectLead($projectId: ID!, $leadUserId: ID!, $version: Int!) {\n    appointProjectLead(projectId: $projectId, leadUserId: $leadUserId, version: $version) {\n      id\n      version\n      ...ProjectForm_project\n      ...ProjectFacts_project\n    }\n  }\n": typeof types.AppointProjectLeadDocument,
    "\n  mutation DecideProjectLifecycle($input: ProjectLifecycleDecisionInput!) {\n    decideProjectLifecycle(input: $input) {\n      id\n      version\n      status\n      ...ProjectFacts_project\n      ...ProjectHistory_project\n      ...ProjectActions_project\n    }\n  }\n": typeof types.DecideProjectLifecycleDocument,
    "\n  mutation DeleteProject($id: ID!, $version: Int!) {\n    deleteProject(id: $id, version: $version)\n  }\n": typeof types.DeleteProjectDocument,
    "\n  mutation SetProjectTeam($projectId: ID!, $version: Int!, $members: [ProjectTeamMemberInput!]!) {\n    setProjectTeam(projectId: $projectId, version: $version, members: $members) {\n      id\n      version\n      ...ProjectTeamSection_project\n    }\n  }\n": typeof types.SetProjectTeamDocument,
    "\n  query ProjectRecords($id: ID!) {\n    project(id: $id) {\n      id\n      ...StatusReportsSection_records\n      ...ArtefactsSection_records\n    }\n  }\n": typeof types.ProjectRecordsDocument,
    "\n  mutation FileStatusReport($input: StatusReportInput!) {\n    fileStatusReport(input: $input) {\n      id\n      ...StatusReportsSection_report\n    }\n  }\n": typeof types.FileStatusReportDocument,
    "\n  mutation SaveBusinessCase($projectId: ID!, $version: Int!, $lines: [BusinessCaseLineInput!]!) {\n    saveBusinessCase(projectId: $projectId, version: $version, lines: $lines) {\n      id\n      ...BusinessCaseEditor_line\n    }\n  }\n": typeof types.SaveBusinessCaseDocument,
    "\n  mutation SaveProjectArtefact($input: ArtefactInput!) {\n    saveProjectArtefact(input: $input) {\n      id\n      version\n      ...ArtefactsSection_artefact\n    }\n  }\n": typeof types.SaveProjectArtefactDocument,
    "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      id\n      version\n      name\n      description\n      ...GatePanel_project\n      ...ArtefactsSection_project\n      ...ProjectFacts_project\n      ...StatusReportsSection_project\n      ...BusinessCaseEditor_project\n      ...ProjectHistory_project\n      ...ProjectActions_project\n      ...ProjectTeamSection_project\n      ...ProjectDependencies_project\n    }\n    projectPhases {\n      key\n      name\n      requiredArtefacts\n    }\n  }\n": typeof types.ProjectDetailDocument,
    "\n  mutation PassGate($projectId: ID!, $toPhase: String!, $version: Int!) {\n    passGate(projectId: $projectId, toPhase: $toPhase, version: $version) {\n      id\n      version\n      ...GatePanel_project\n      ...ArtefactsSection_project\n      ...ProjectFacts_project\n      ...ProjectHistory_project\n    }\n  }\n": typeof types.PassGateDocument,
    "\n  fragment ExternalReferenceRow on ExternalReference {\n    id\n    version\n    title\n    documentId\n    url\n  }\n": typeof types.ExternalReferenceRowFragmentDoc,
    "\n  query ExternalReferences($subject: ReferenceSubject!, $subjectId: ID!) {\n    externalReferences(subject: $subject, subjectId: $subjectId) {\n      id\n      ...ExternalReferenceRow\n    }\n  }\n": typeof types.ExternalReferencesDocument,
    "\n  mutation CreateExternalReference($input: ExternalReferenceCreateInput!) {\n    createExternalReference(input: $input) {\n      id\n      ...ExternalReferenceRow\n    }\n  }\n": typeof types.CreateExternalReferenceDocument,
    "\n  mutation UpdateExternalReference($input: ExternalReferenceUpdateInput!) {\n    updateExternalReference(input: $input) {\n      id\n      ...ExternalReferenceRow\n    }\n  }\n": typeof types.UpdateExternalReferenceDocument,
    "\n  mutation DeleteExternalReference($id: ID!, $version: Int!) {\n    deleteExternalReference(id: $id, version: $version)\n  }\n": typeof types.DeleteExternalReferenceDocument,
    "\n  fragment AllocationsPanel_allocation on Allocation {\n    id\n    version\n    personId\n    projectId\n    competencyId\n    quarter\n    hoursPerWeek\n  }\n": typeof types.AllocationsPanel_AllocationFragmentDoc,
    "\n  fragment AllocationsPanel_person on Person {\n    id\n    name\n    competencies {\n      id\n      name\n    }\n  }\n": typeof types.AllocationsPanel_PersonFragmentDoc,
    "\n  fragment AllocationsPanel_competency on Competency {\n    id\n    name\n  }\n": typeof types.AllocationsPanel_CompetencyFragmentDoc,
    "\n  fragment AllocationsPanel_project on Project {\n    id\n    name\n  }\n": typeof types.AllocationsPanel_ProjectFragmentDoc,
    "\n  fragment CompetenciesPanel_competency on Competency {\n    id\n    version\n    name\n  }\n": typeof types.CompetenciesPanel_CompetencyFragmentDoc,
    "\n  fragment DemandPanel_competency on Competency {\n    id\n    name\n  }\n": typeof types.DemandPanel_CompetencyFragmentDoc,
    "\n  fragment DemandPanel_project on Project {\n    id\n    name\n  }\n": typeof types.DemandPanel_ProjectFragmentDoc,
    "\n  fragment DemandPanel_demand on ResourceDemand {\n    id\n    competencyId\n    quarter\n    hoursPerWeek\n  }\n": typeof types.DemandPanel_DemandFragmentDoc,
    "\n  fragment PeoplePanel_person on Person {\n    id\n    version\n    name\n    unitId\n    userId\n    weeklyCapacityHours\n    competencies {\n      id\n      name\n    }\n  }\n": typeof types.PeoplePanel_PersonFragmentDoc,
    "\n  fragment PeoplePanel_competency on Competency {\n    id\n    name\n  }\n": typeof types.PeoplePanel_CompetencyFragmentDoc,
    "\n  fragment PeoplePanel_unit on Unit {\n    id\n    name\n  }\n": typeof types.PeoplePanel_UnitFragmentDoc,
    "\n  fragment ResourceHeatmap_cell on HeatmapCell {\n    groupId\n    groupName\n    quarter\n    allocatedHours\n    availableHours\n    ratio\n    status\n  }\n": typeof types.ResourceHeatmap_CellFragmentDoc,
    "\n  query Resources {\n    contractToday\n    people {\n      id\n      ...PeoplePanel_person\n      ...AllocationsPanel_person\n    }\n    competencies {\n      id\n      ...CompetenciesPanel_competency\n      ...PeoplePanel_competency\n      ...AllocationsPanel_competency\n      ...DemandPanel_competency\n    }\n    units {\n      id\n      ...PeoplePanel_unit\n    }\n  }\n": typeof types.ResourcesDocument,
    "\n  query ResourceAllocations($quarters: [String!]) {\n    allocations(quarters: $quarters) {\n      id\n      ...AllocationsPanel_allocation\n    }\n    projects(filter: { statuses: [PROPOSED, ACTIVE, ON_HOLD] }, limit: 500) {\n      items {\n        id\n        ...AllocationsPanel_project\n        ...DemandPanel_project\n      }\n    }\n  }\n": typeof types.ResourceAllocationsDocument,
    "\n  query ProjectDemands($id: ID!) {\n    project(id: $id) {\n      id\n      demands {\n        id\n        ...DemandPanel_demand\n      }\n    }\n  }\n": typeof types.ProjectDemandsDocument,
    "\n  mutation CreateCompetency($name: String!) {\n    createCompetency(name: $name) {\n      id\n      ...CompetenciesPanel_competency\n    }\n  }\n": typeof types.CreateCompetencyDocument,
    "\n  mutation UpdateCompetency($id: ID!, $version: Int!, $name: String!) {\n    updateCompetency(id: $id, version: $version, name: $name) {\n      id\n      version\n      ...CompetenciesPanel_competency\n      ...PeoplePanel_competency\n      ...AllocationsPanel_competency\n      ...DemandPanel_competency\n    }\n  }\n": typeof types.UpdateCompetencyDocument,
    "\n  mutation CreatePerson($input: PersonCreateInput!) {\n    createPerson(input: $input) {\n      id\n      ...PeoplePanel_person\n      ...AllocationsPanel_person\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: PersonUpdateInput!) {\n    updatePerson(input: $input) {\n      id\n      version\n      ...PeoplePanel_person\n      ...AllocationsPanel_person\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation DeletePerson($id: ID!, $version: Int!) {\n    deletePerson(id: $id, version: $version)\n  }\n": typeof types.DeletePersonDocument,
    "\n  mutation CreateAllocation($input: AllocationInput!) {\n    createAllocation(input: $input) {\n      id\n      ...AllocationsPanel_allocation\n    }\n  }\n": typeof types.CreateAllocationDocument,
    "\n  mutation UpdateAllocation($input: AllocationUpdateInput!) {\n    updateAllocation(input: $input) {\n      id\n      version\n      ...AllocationsPanel_allocation\n    }\n  }\n": typeof types.UpdateAllocationDocument,
    "\n  mutation DeleteAllocation($id: ID!, $version: Int!) {\n    deleteAllocation(id: $id, version: $version)\n  }\n": typeof types.DeleteAllocationDocument,
    "\n  mutation SetResourceDemand($input: ResourceDemandInput!) {\n    setResourceDemand(input: $input) {\n      id\n      ...DemandPanel_demand\n    }\n  }\n": typeof types.SetResourceDemandDocument,
    "\n  query AllocationHeatmap {\n    allocationHeatmap {\n      quarters\n      byCompetency {\n        ...ResourceHeatmap_cell\n      }\n      byUnit {\n        ...ResourceHeatmap_cell\n      }\n    }\n  }\n": typeof types.AllocationHeatmapDocument,
    "\n  query GlobalSearch($text: String!) {\n    search(text: $text) {\n      kind\n      id\n      name\n      detail\n    }\n  }\n": typeof types.GlobalSearchDocument,
    "\n  fragment SupplierContacts_supplier on Supplier {\n    id\n    contacts {\n      id\n      version\n      name\n      role\n      email\n      phone\n    }\n  }\n": typeof types.SupplierContacts_SupplierFragmentDoc,
    "\n  fragment SupplierNotes_supplier on Supplier {\n    id\n    notes {\n      notes\n      version\n    }\n  }\n": typeof types.SupplierNotes_SupplierFragmentDoc,
    "\n  fragment SupplierRelations_supplier on Supplier {\n    id\n    systems {\n      id\n      name\n      usageId\n    }\n    contracts {\n      id\n      name\n      reference\n    }\n    dataSources {\n      id\n      name\n    }\n  }\n": typeof types.SupplierRelations_SupplierFragmentDoc,
    "\n  fragment SuppliersTable_row on Supplier {\n    id\n    name\n    cvr\n    usageCount\n    contractCount\n  }\n": typeof types.SuppliersTable_RowFragmentDoc,
    "\n  mutation CreateSupplierContact($input: SupplierContactCreateInput!) {\n    createSupplierContact(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSupplierContactDocument,
    "\n  mutation UpdateSupplierContact($input: SupplierContactUpdateInput!) {\n    updateSupplierContact(input: $input) {\n      id\n      version\n      name\n      role\n      email\n      phone\n    }\n  }\n": typeof types.UpdateSupplierContactDocument,
    "\n  mutation DeleteSupplierContact($id: ID!, $version: Int!) {\n    deleteSupplierContact(id: $id, version: $version)\n  }\n": typeof types.DeleteSupplierContactDocument,
    "\n  mutation SaveSupplierNotes($input: SupplierNotesInput!) {\n    saveSupplierNotes(input: $input) {\n      notes\n      version\n    }\n  }\n": typeof types.SaveSupplierNotesDocument,
    "\n  query SuppliersList($limit: Int!) {\n    suppliers(limit: $limit) {\n      totalCount\n      items {\n        id\n        ...SuppliersTable_row\n      }\n    }\n  }\n": typeof types.SuppliersListDocument,
    "\n  fragment SupplierFields on Supplier {\n    id\n    version\n    name\n    cvr\n    ownerOrganisationId\n  }\n": typeof types.SupplierFieldsFragmentDoc,
    "\n  query SupplierDetail($id: ID!) {\n    supplier(id: $id) {\n      id\n      ...SupplierFields\n      ...SupplierRelations_supplier\n      ...SupplierContacts_supplier\n      ...SupplierNotes_supplier\n    }\n  }\n": typeof types.SupplierDetailDocument,
    "\n  mutation CreateSupplier($input: SupplierInput!) {\n    createSupplier(input: $input) {\n      id\n      ...SupplierFields\n    }\n  }\n": typeof types.CreateSupplierDocument,
    "\n  mutation UpdateSupplier($input: SupplierUpdateInput!) {\n    updateSupplier(input: $input) {\n      id\n      ...SupplierFields\n    }\n  }\n": typeof types.UpdateSupplierDocument,
    "\n  mutation DeleteSupplier($id: ID!, $version: Int!) {\n    deleteSupplier(id: $id, version: $version)\n  }\n": typeof types.DeleteSupplierDocument,
    "\n  fragment CatalogueEntry_system on ItSystem {\n    id\n    name\n    formerName\n    description\n    businessType\n    canEdit\n    supplier {\n      id\n      name\n    }\n    parentSystem {\n      id\n      name\n    }\n    childSystems {\n      id\n      name\n    }\n  }\n": typeof types.CatalogueEntry_SystemFragmentDoc,
    "\n  fragment CatalogueEntry_usage on SystemUsage {\n    id\n    system {\n      id\n      ...CatalogueEntry_system\n      ...CatalogueEntryForm_system\n    }\n  }\n": typeof types.CatalogueEntry_UsageFragmentDoc,
    "\n  fragment CatalogueEntryForm_system on ItSystem {\n    id\n    version\n    name\n    formerName\n    description\n    businessType\n    supplierId\n    parentSystem {\n      id\n      name\n    }\n  }\n": typeof types.CatalogueEntryForm_SystemFragmentDoc,
    "\n  fragment EditDataSourceEdgeForm_edge on UsageDataSource {\n    id\n    version\n    dataSourceId\n    dataSourceName\n    purpose\n    access\n    volume\n    switchingCost\n    channel\n    yearlyCost\n    authoritative\n    plannedTargetSourceId\n    plannedSwitchDate\n    dataTypes\n    registerFamilies\n  }\n": typeof types.EditDataSourceEdgeForm_EdgeFragmentDoc,
    "\n  fragment EditIntegrationForm_integration on Integration {\n    id\n    version\n    interfaceId\n    contractId\n    data\n    direction\n    frequency\n    migrationMonths\n    dataTypes\n    registerFamilies\n    interfaceDataTypes\n    interfaceRegisterFamilies\n  }\n": typeof types.EditIntegrationForm_IntegrationFragmentDoc,
    "\n  fragment SystemEdgeEditor_usage on SystemUsage {\n    id\n    version\n    dataSources {\n      id\n      version\n      dataSourceName\n      ...EditDataSourceEdgeForm_edge\n    }\n    integrationsOut {\n      id\n      version\n      toUsageName\n      ...EditIntegrationForm_integration\n    }\n    integrationsIn {\n      id\n      version\n      fromUsageName\n      ...EditIntegrationForm_integration\n    }\n  }\n": typeof types.SystemEdgeEditor_UsageFragmentDoc,
    "\n  fragment SystemEditForm_usage on SystemUsage {\n    id\n    version\n    localName\n    lifecycle\n    owner {\n      id\n    }\n    custodian {\n      id\n    }\n    responsibleUnit {\n      id\n    }\n    inUseFrom\n    inUseUntil\n    userCount\n    migrationMonths\n    capabilityIds\n    infrastructure {\n      id\n    }\n    hosting\n    taskAreas\n    usesServicePlatform\n    usesSupportSystems\n    standardsMet\n    switchingCost\n    architectureFitNote\n    asIs\n    toBe\n    workflows\n  }\n": typeof types.SystemEditForm_UsageFragmentDoc,
    "\n  fragment SystemFacts_usage on SystemUsage {\n    id\n    version\n    system {\n      id\n      name\n    }\n    lifecycle\n    owner {\n      id\n      name\n    }\n    ownerPerson {\n      id\n      name\n    }\n    custodian {\n      id\n      name\n    }\n    responsibleUnit {\n      id\n      name\n    }\n    inUseFrom\n    inUseUntil\n    hosting\n    infrastructure {\n      id\n      name\n    }\n    userCount\n    capabilities\n    taskAreas\n    usesServicePlatform\n    usesSupportSystems\n    standardsMet\n    architectureFitNote\n    asIs\n    toBe\n    yearlyCost\n    dataYearlyCost\n  }\n": typeof types.SystemFacts_UsageFragmentDoc,
    "\n  fragment SystemRelations_dataSource on UsageDataSource {\n    id\n    version\n    dataSourceId\n    dataSourceName\n    dataSourceKind\n    channel\n    access\n    yearlyCost\n    authoritative\n  }\n": typeof types.SystemRelations_DataSourceFragmentDoc,
    "\n  fragment SystemRelations_integration on Integration {\n    id\n    version\n    fromUsageId\n    fromUsageName\n    toUsageId\n    toUsageName\n    interfaceId\n    interfaceName\n    data\n    direction\n  }\n": typeof types.SystemRelations_IntegrationFragmentDoc,
    "\n  fragment SystemRelations_usage on SystemUsage {\n    id\n    version\n    dataSources {\n      id\n      ...SystemRelations_dataSource\n    }\n    integrationsOut {\n      id\n      ...SystemRelations_integration\n    }\n    integrationsIn {\n      id\n      ...SystemRelations_integration\n    }\n    coveringContracts {\n      id\n      name\n      validity\n      effectiveEnd\n      noticeDate\n    }\n    projects {\n      id\n      name\n    }\n    lifecycleConflicts {\n      dependencyId\n      dependencyName\n      dependencyKind\n      reason\n      dependencyEnd\n    }\n  }\n": typeof types.SystemRelations_UsageFragmentDoc,
    "\n  fragment SystemUsedElsewhere_usage on SystemUsage {\n    id\n    usedElsewhere {\n      lifecycle\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SystemUsedElsewhere_UsageFragmentDoc,
    "\n  fragment SystemWorkflows_usage on SystemUsage {\n    id\n    version\n    workflows\n  }\n": typeof types.SystemWorkflows_UsageFragmentDoc,
    "\n  fragment SystemsTable_row on SystemUsage {\n    id\n    version\n    name\n    lifecycle\n    hosting\n    userCount\n    capabilities\n    taskAreas\n    inUseUntil\n    yearlyCost\n    dataYearlyCost\n    responsibleUnit {\n      id\n      name\n    }\n    supplier {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    coveringContracts {\n      id\n      effectiveEnd\n    }\n    lifecycleConflicts {\n      dependencyId\n    }\n    system {\n      id\n      businessType\n    }\n  }\n": typeof types.SystemsTable_RowFragmentDoc,
    "\n  query CatalogueEntryOptions {\n    suppliers(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CatalogueEntryOptionsDocument,
    "\n  mutation UpdateItSystem($input: ItSystemUpdateInput!) {\n    updateItSystem(input: $input) {\n      id\n      ...CatalogueEntry_system\n      ...CatalogueEntryForm_system\n    }\n  }\n": typeof types.UpdateItSystemDocument,
    "\n  query CatalogueSearch($search: String) {\n    itSystems(search: $search, limit: 50) {\n      items {\n        id\n        name\n        category\n      }\n    }\n  }\n": typeof types.CatalogueSearchDocument,
    "\n  mutation CreateItSystem($input: ItSystemInput!) {\n    createItSystem(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateItSystemDocument,
    "\n  mutation CreateSystemUsage($input: SystemUsageCreateInput!) {\n    createSystemUsage(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSystemUsageDocument,
    "\n  mutation UpdateUsageDataSource($input: UsageDataSourceUpdateInput!) {\n    updateUsageDataSource(input: $input) {\n      id\n      version\n      ...SystemRelations_dataSource\n      ...EditDataSourceEdgeForm_edge\n    }\n  }\n": typeof types.UpdateUsageDataSourceDocument,
    "\n  mutation UpdateIntegration($input: IntegrationUpdateInput!) {\n    updateIntegration(input: $input) {\n      id\n      version\n      ...SystemRelations_integration\n      ...EditIntegrationForm_integration\n    }\n  }\n": typeof types.UpdateIntegrationDocument,
    "\n  query SystemsTable($offset: Int!, $limit: Int!) {\n    systemUsages(offset: $offset, limit: $limit, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...SystemsTable_row\n      }\n    }\n  }\n": typeof types.SystemsTableDocument,
    "\n  query SystemDetail($id: ID!) {\n    systemUsage(id: $id) {\n      id\n      version\n      name\n      ownerUserId\n      custodianUserId\n      responsibleUnitId\n      system {\n        id\n        description\n      }\n      ...SystemFacts_usage\n      ...CatalogueEntry_usage\n      ...SystemRelations_usage\n      ...SystemEdgeEditor_usage\n      ...SystemWorkflows_usage\n      ...SystemEditForm_usage\n      ...SystemUsedElsewhere_usage\n    }\n  }\n": typeof types.SystemDetailDocument,
    "\n  query SystemEditOptions {\n    units {\n      id\n      name\n    }\n    infrastructureComponents(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n    capabilities {\n      id\n      parentId\n      name\n      archived\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SystemEditOptionsDocument,
    "\n  mutation UpdateSystemUsage($input: SystemUsageUpdateInput!) {\n    updateSystemUsage(input: $input) {\n      id\n      version\n      name\n      ...SystemsTable_row\n      ...SystemFacts_usage\n      ...SystemRelations_usage\n      ...SystemWorkflows_usage\n      ...SystemEditForm_usage\n    }\n  }\n": typeof types.UpdateSystemUsageDocument,
    "\n  query EdgeOptions {\n    dataSources(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n    systemUsages(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n    interfaces(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n    contracts(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.EdgeOptionsDocument,
    "\n  mutation CreateUsageDataSource($input: UsageDataSourceCreateInput!) {\n    createUsageDataSource(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateUsageDataSourceDocument,
    "\n  mutation DeleteUsageDataSource($id: ID!, $version: Int!) {\n    deleteUsageDataSource(id: $id, version: $version)\n  }\n": typeof types.DeleteUsageDataSourceDocument,
    "\n  mutation CreateIntegration($input: IntegrationCreateInput!) {\n    createIntegration(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateIntegrationDocument,
    "\n  mutation DeleteIntegration($id: ID!, $version: Int!) {\n    deleteIntegration(id: $id, version: $version)\n  }\n": typeof types.DeleteIntegrationDocument,
    "\n  mutation DeleteSystemUsage($id: ID!, $version: Int!) {\n    deleteSystemUsage(id: $id, version: $version)\n  }\n": typeof types.DeleteSystemUsageDocument,
    "\n  query UsageEditPolicy {\n    usageEditPolicy {\n      viewerUnitId\n      systemOwnersEditUnitUsages\n      units {\n        id\n        parentId\n      }\n    }\n  }\n": typeof types.UsageEditPolicyDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.SignInDocument,
    "\n  fragment SavedViewsControl_view on SavedView {\n    id\n    version\n    name\n    config\n    organisationDefault\n    editable\n  }\n": typeof types.SavedViewsControl_ViewFragmentDoc,
    "\n  query SavedViews($tableKey: String!) {\n    savedViews(tableKey: $tableKey) {\n      id\n      ...SavedViewsControl_view\n    }\n  }\n": typeof types.SavedViewsDocument,
    "\n  mutation SaveView($input: SavedViewInput!) {\n    saveView(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveViewDocument,
    "\n  mutation UpdateSavedView($input: SavedViewUpdateInput!) {\n    updateSavedView(input: $input) {\n      id\n      version\n      ...SavedViewsControl_view\n    }\n  }\n": typeof types.UpdateSavedViewDocument,
    "\n  mutation DeleteSavedView($id: ID!, $version: Int!) {\n    deleteSavedView(id: $id, version: $version)\n  }\n": typeof types.DeleteSavedViewDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      locale\n      installationAdmin\n      memberships {\n        roles\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SetLocale($locale: String!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetLocaleDocument,
    "\n  query Today {\n    contractToday\n  }\n": types.TodayDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      id\n      name\n      startUrl\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  query OneTimeLink($token: String!) {\n    oneTimeLink(token: $token) {\n      purpose\n      email\n      name\n      organisationName\n    }\n  }\n": types.OneTimeLinkDocument,
    "\n  mutation AcceptInvitation($token: String!, $input: AcceptInvitationInput!) {\n    acceptInvitation(token: $token, input: $input)\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  fragment CapabilityDialog_capability on Capability {\n    id\n    version\n    name\n    parentId\n    archived\n  }\n": types.CapabilityDialog_CapabilityFragmentDoc,
    "\n  fragment CollaborationsPanel_collaboration on Collaboration {\n    id\n    name\n    purpose\n    members {\n      shares\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.CollaborationsPanel_CollaborationFragmentDoc,
    "\n  query InstallationOrganisations {\n    installationOrganisations {\n      id\n      name\n      cvr\n      type\n      memberCount\n      createdAt\n    }\n  }\n": types.InstallationOrganisationsDocument,
    "\n  fragment MemberRolesEditor_member on Member {\n    id\n    version\n    roles\n    user {\n      id\n      name\n    }\n  }\n": types.MemberRolesEditor_MemberFragmentDoc,
    "\n  fragment UnitCreateForm_unit on Unit {\n    id\n    version\n    name\n    parentId\n  }\n": types.UnitCreateForm_UnitFragmentDoc,
    "\n  fragment UnitTable_unit on Unit {\n    id\n    version\n    name\n    code\n    parentId\n  }\n": types.UnitTable_UnitFragmentDoc,
    "\n  query AdminMembers {\n    members {\n      id\n      version\n      roles\n      status\n      unitId\n      unit {\n        id\n        name\n      }\n      user {\n        id\n        name\n        email\n      }\n      ...MemberRolesEditor_member\n    }\n  }\n": types.AdminMembersDocument,
    "\n  query MemberUnitOptions {\n    units {\n      id\n      name\n    }\n  }\n": types.MemberUnitOptionsDocument,
    "\n  mutation SetMemberUnit($id: ID!, $version: Int!, $unitId: ID) {\n    setMemberUnit(id: $id, version: $version, unitId: $unitId) {\n      id\n      version\n      unitId\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.SetMemberUnitDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      emailed\n      inviteLink\n      member {\n        id\n        status\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation DeactivateMember($id: ID!, $version: Int!) {\n    deactivateMember(id: $id, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($id: ID!, $version: Int!) {\n    reactivateMember(id: $id, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      emailed\n      inviteLink\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation SetMemberRoles($id: ID!, $version: Int!, $roles: [Role!]!) {\n    setMemberRoles(id: $id, version: $version, roles: $roles) {\n      id\n      version\n      roles\n      ...MemberRolesEditor_member\n    }\n  }\n": types.SetMemberRolesDocument,
    "\n  query AdminUnits {\n    units {\n      id\n      ...UnitTable_unit\n      ...UnitCreateForm_unit\n    }\n  }\n": types.AdminUnitsDocument,
    "\n  mutation CreateUnit($input: UnitCreateInput!) {\n    createUnit(input: $input) {\n      id\n      version\n      name\n      ...UnitTable_unit\n      ...UnitCreateForm_unit\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UnitUpdateInput!) {\n    updateUnit(input: $input) {\n      id\n      version\n      name\n      ...UnitTable_unit\n      ...UnitCreateForm_unit\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  mutation DeleteUnit($id: ID!, $version: Int!) {\n    deleteUnit(id: $id, version: $version)\n  }\n": types.DeleteUnitDocument,
    "\n  query AdminCollaborations {\n    collaborations {\n      id\n      ...CollaborationsPanel_collaboration\n    }\n  }\n": types.AdminCollaborationsDocument,
    "\n  fragment ApiTokensPanel_token on ApiToken {\n    id\n    name\n    scope\n    createdByName\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiTokensPanel_TokenFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      ...ApiTokensPanel_token\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        ...ApiTokensPanel_token\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      ...ApiTokensPanel_token\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query AuditLog($filter: AuditLogFilterInput, $offset: Int, $limit: Int) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      totalCount\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        authorName\n        changes {\n          field\n          kind\n          before\n          after\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditLogFilterOptions {\n    auditLogEntityTypes\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.AuditLogFilterOptionsDocument,
    "\n  query AdminCapabilities {\n    capabilities {\n      id\n      parentId\n      name\n      kitosBusinessType\n      archived\n      usageCount\n      version\n      ...CapabilityDialog_capability\n    }\n  }\n": types.AdminCapabilitiesDocument,
    "\n  mutation CreateCapability($input: CapabilityCreateInput!) {\n    createCapability(input: $input) {\n      id\n      version\n      name\n      ...CapabilityDialog_capability\n    }\n  }\n": types.CreateCapabilityDocument,
    "\n  mutation RenameCapability($input: CapabilityRenameInput!) {\n    renameCapability(input: $input) {\n      id\n      version\n      ...CapabilityDialog_capability\n    }\n  }\n": types.RenameCapabilityDocument,
    "\n  mutation MoveCapability($input: CapabilityMoveInput!) {\n    moveCapability(input: $input) {\n      id\n      version\n      ...CapabilityDialog_capability\n    }\n  }\n": types.MoveCapabilityDocument,
    "\n  mutation SetCapabilityArchived($id: ID!, $version: Int!, $archived: Boolean!) {\n    setCapabilityArchived(id: $id, version: $version, archived: $archived) {\n      id\n      version\n      ...CapabilityDialog_capability\n    }\n  }\n": types.SetCapabilityArchivedDocument,
    "\n  query Responsibilities($userId: ID!) {\n    responsibilities(userId: $userId) {\n      kind\n      role\n      id\n      name\n      version\n    }\n  }\n": types.ResponsibilitiesDocument,
    "\n  mutation HandOverResponsibilities($input: HandOverInput!) {\n    handOverResponsibilities(input: $input)\n  }\n": types.HandOverResponsibilitiesDocument,
    "\n  fragment SettingsForm_settings on OrganisationSettings {\n    id\n    version\n    name\n    cvr\n    alertHorizonMonths\n    migrationMonths\n    alertRecipients\n    defaultLocale\n    systemOwnersEditUnitUsages\n    procurementLeadMonths {\n      purchaseForm\n      months\n    }\n  }\n": types.SettingsForm_SettingsFragmentDoc,
    "\n  query OrganisationSettings {\n    organisationSettings {\n      id\n      ...SettingsForm_settings\n    }\n  }\n": types.OrganisationSettingsDocument,
    "\n  mutation UpdateOrganisationSettings($input: OrganisationSettingsInput!, $version: Int!) {\n    updateOrganisationSettings(input: $input, version: $version) {\n      id\n      ...SettingsForm_settings\n    }\n  }\n": types.UpdateOrganisationSettingsDocument,
    "\n  fragment OidcProviderForm_provider on SignInProvider {\n    id\n    version\n    kind\n    name\n    enabled\n    allowedDomains\n    roleClaim\n    roleMapping {\n      value\n      role\n    }\n    newUserRole\n    lastSignInAt\n    oidc {\n      issuer\n      clientId\n      hasClientSecret\n      callbackUrl\n    }\n  }\n": types.OidcProviderForm_ProviderFragmentDoc,
    "\n  fragment SamlProviderForm_provider on SignInProvider {\n    id\n    version\n    kind\n    name\n    enabled\n    allowedDomains\n    roleClaim\n    roleMapping {\n      value\n      role\n    }\n    newUserRole\n    saml {\n      entityId\n      ssoUrl\n      certificatesValidUntil\n      metadataXml\n      spEntityId\n      spMetadataUrl\n      acsUrl\n    }\n  }\n": types.SamlProviderForm_ProviderFragmentDoc,
    "\n  query SignInSettings {\n    signInProviders {\n      id\n      kind\n      ...OidcProviderForm_provider\n      ...SamlProviderForm_provider\n    }\n    passwordPolicy {\n      organisationId\n      passwordSignIn\n      canSwitchOff\n      version\n    }\n  }\n": types.SignInSettingsDocument,
    "\n  mutation CreateSignInProvider($kind: SignInProviderKind!, $input: SignInProviderInput!) {\n    createSignInProvider(kind: $kind, input: $input) {\n      id\n      ...OidcProviderForm_provider\n      ...SamlProviderForm_provider\n    }\n  }\n": types.CreateSignInProviderDocument,
    "\n  mutation UpdateSignInProvider($id: ID!, $version: Int!, $input: SignInProviderInput!) {\n    updateSignInProvider(id: $id, version: $version, input: $input) {\n      id\n      ...OidcProviderForm_provider\n      ...SamlProviderForm_provider\n    }\n  }\n": types.UpdateSignInProviderDocument,
    "\n  mutation SetSignInProviderEnabled($id: ID!, $version: Int!, $enabled: Boolean!) {\n    setSignInProviderEnabled(id: $id, version: $version, enabled: $enabled) {\n      id\n      ...OidcProviderForm_provider\n      ...SamlProviderForm_provider\n    }\n  }\n": types.SetSignInProviderEnabledDocument,
    "\n  mutation DeleteSignInProvider($id: ID!, $version: Int!) {\n    deleteSignInProvider(id: $id, version: $version)\n  }\n": types.DeleteSignInProviderDocument,
    "\n  mutation TestOidcIssuer($issuer: String!) {\n    testOidcIssuer(issuer: $issuer)\n  }\n": types.TestOidcIssuerDocument,
    "\n  mutation SetPasswordSignIn($enabled: Boolean!, $version: Int!) {\n    setPasswordSignIn(enabled: $enabled, version: $version) {\n      organisationId\n      passwordSignIn\n      canSwitchOff\n      version\n    }\n  }\n": types.SetPasswordSignInDocument,
    "\n  fragment ProjectBenefitsSection_benefit on Benefit {\n    id\n    title\n    type\n    realisationPercent\n    varianceRag\n  }\n": types.ProjectBenefitsSection_BenefitFragmentDoc,
    "\n  fragment BenefitFacts_benefit on Benefit {\n    id\n    version\n    description\n    type\n    cashable\n    baseline\n    target\n    unitOfMeasure\n    direction\n    dueDate\n    responsible {\n      id\n      name\n    }\n    accountable {\n      id\n      name\n    }\n    harvestingUnit {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    realisationPercent\n    varianceRag\n    realisedGainKr\n    verification {\n      verified\n      realisedOn\n      amount\n      reason\n    }\n  }\n": types.BenefitFacts_BenefitFragmentDoc,
    "\n  fragment CashableSplit_total on BenefitDashboardRow {\n    qualitativeCount\n    cashable {\n      count\n      plannedKr\n      realisedKr\n    }\n    nonCashable {\n      count\n      plannedKr\n      realisedKr\n    }\n  }\n": types.CashableSplit_TotalFragmentDoc,
    "\n  fragment DashboardKpis_dashboard on BenefitDashboard {\n    verifiedCount\n    total {\n      plannedKr\n      realisedKr\n      targetKr\n      realisationPercent\n      rag\n    }\n  }\n": types.DashboardKpis_DashboardFragmentDoc,
    "\n  fragment FollowUpGaps_gaps on BenefitFollowUpGaps {\n    projectsWithoutBenefits {\n      id\n      name\n    }\n    benefitsWithoutOwner {\n      id\n      title\n      projectName\n    }\n    benefitsWithoutMeasurements {\n      id\n      title\n      projectName\n    }\n    overdueBenefits {\n      id\n      title\n      projectName\n    }\n  }\n": types.FollowUpGaps_GapsFragmentDoc,
    "\n  fragment GroupBenefits_benefit on Benefit {\n    id\n    title\n    type\n    realisationPercent\n    varianceRag\n    realisedGainKr\n    project {\n      id\n      name\n    }\n    verification {\n      verified\n    }\n    description\n    direction\n    baseline\n    target\n    unitOfMeasure\n    plannedGainKr\n    cashable\n    startDate\n    dueDate\n    responsible {\n      id\n      name\n    }\n    accountable {\n      id\n      name\n    }\n    harvestingUnit {\n      id\n      name\n    }\n  }\n": types.GroupBenefits_BenefitFragmentDoc,
    "\n  fragment GroupSection_row on BenefitDashboardRow {\n    key\n    label\n    benefitCount\n    plannedKr\n    realisedKr\n    targetKr\n    realisationPercent\n    rag\n  }\n": types.GroupSection_RowFragmentDoc,
    "\n  fragment MeasurementHistory_benefit on Benefit {\n    id\n    version\n    unitOfMeasure\n    measurements {\n      id\n      measuredOn\n      value\n      comment\n      createdAt\n    }\n  }\n": types.MeasurementHistory_BenefitFragmentDoc,
    "\n  fragment PlannedVsRealisedChart_point on BenefitSeriesPoint {\n    date\n    plannedKr\n    realisedKr\n  }\n": types.PlannedVsRealisedChart_PointFragmentDoc,
    "\n  fragment BenefitActions_benefit on Benefit {\n    id\n    version\n    title\n    project {\n      id\n    }\n    measurements {\n      id\n    }\n  }\n": types.BenefitActions_BenefitFragmentDoc,
    "\n  fragment BenefitForm_benefit on Benefit {\n    id\n    version\n    projectId\n    title\n    description\n    type\n    cashable\n    responsibleUserId\n    accountableUserId\n    harvestingUnitId\n    baseline\n    target\n    unitOfMeasure\n    direction\n    startDate\n    dueDate\n    verificationKind\n    verificationUsageId\n    verificationContractId\n    verificationEdgeId\n    profile {\n      date\n      plannedValue\n    }\n  }\n": types.BenefitForm_BenefitFragmentDoc,
    "\n  query BenefitEdit($id: ID!) {\n    benefit(id: $id) {\n      id\n      version\n      ...BenefitForm_benefit\n    }\n  }\n": types.BenefitEditDocument,
    "\n  query BenefitProjectPeople($id: ID!) {\n    project(id: $id) {\n      id\n      leadUserId\n      ownerUserId\n    }\n  }\n": types.BenefitProjectPeopleDocument,
    "\n  query BenefitFormOptions {\n    units {\n      id\n      name\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.BenefitFormOptionsDocument,
    "\n  query BenefitUsageTargets {\n    systemUsages(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.BenefitUsageTargetsDocument,
    "\n  query BenefitContractTargets {\n    contracts(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.BenefitContractTargetsDocument,
    "\n  query BenefitCopyEdgeTargets {\n    copyRegisterExit {\n      rows {\n        edgeId\n        usageName\n        dataSourceName\n      }\n    }\n  }\n": types.BenefitCopyEdgeTargetsDocument,
    "\n  mutation CreateBenefit($input: BenefitCreateInput!) {\n    createBenefit(input: $input) {\n      id\n      title\n      version\n      ...ProjectBenefitsSection_benefit\n    }\n  }\n": types.CreateBenefitDocument,
    "\n  mutation UpdateBenefit($input: BenefitUpdateInput!) {\n    updateBenefit(input: $input) {\n      id\n      version\n      title\n      unitOfMeasure\n      responsibleUserId\n      accountableUserId\n      realisationPercent\n      varianceRag\n      ...BenefitFacts_benefit\n      ...BenefitActions_benefit\n      ...MeasurementHistory_benefit\n      ...BenefitForm_benefit\n      ...ProjectBenefitsSection_benefit\n      ...GroupBenefits_benefit\n    }\n  }\n": types.UpdateBenefitDocument,
    "\n  mutation DeleteBenefit($id: ID!, $version: Int!) {\n    deleteBenefit(id: $id, version: $version)\n  }\n": types.DeleteBenefitDocument,
    "\n  query ProjectBenefits($projectId: ID!) {\n    benefits(filter: { projectId: $projectId }, limit: 200, sort: { field: TITLE, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...ProjectBenefitsSection_benefit\n      }\n    }\n    project(id: $projectId) {\n      id\n      leadUserId\n      ownerUserId\n    }\n  }\n": types.ProjectBenefitsDocument,
    "\n  query BenefitMap($projectId: ID!) {\n    benefitMap(projectId: $projectId) {\n      id\n      ...BenefitMapSection_node\n      ...MapNodeDialog_node\n    }\n  }\n": types.BenefitMapDocument,
    "\n  mutation CreateBenefitMapNode($input: BenefitMapNodeInput!) {\n    createBenefitMapNode(input: $input) {\n      id\n      version\n      ...BenefitMapSection_node\n      ...MapNodeDialog_node\n    }\n  }\n": types.CreateBenefitMapNodeDocument,
    "\n  mutation UpdateBenefitMapNode($input: BenefitMapNodeUpdateInput!) {\n    updateBenefitMapNode(input: $input) {\n      id\n      version\n      ...BenefitMapSection_node\n      ...MapNodeDialog_node\n    }\n  }\n": types.UpdateBenefitMapNodeDocument,
    "\n  mutation DeleteBenefitMapNode($id: ID!, $version: Int!) {\n    deleteBenefitMapNode(id: $id, version: $version)\n  }\n": types.DeleteBenefitMapNodeDocument,
    "\n  query BenefitDashboard($groupBy: BenefitGroupBy!) {\n    benefitDashboard(groupBy: $groupBy) {\n      asOf\n      groupBy\n      total {\n        benefitCount\n        ...CashableSplit_total\n      }\n      rows {\n        ...GroupSection_row\n      }\n      series {\n        ...PlannedVsRealisedChart_point\n      }\n      gaps {\n        projectsWithoutBenefits {\n          id\n          name\n        }\n        ...FollowUpGaps_gaps\n      }\n      ...DashboardKpis_dashboard\n    }\n  }\n": types.BenefitDashboardDocument,
    "\n  query GroupBenefits($filter: BenefitFilter) {\n    benefits(filter: $filter, limit: 200, sort: { field: TITLE, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...GroupBenefits_benefit\n      }\n    }\n  }\n": types.GroupBenefitsDocument,
    "\n  query BenefitDetail($id: ID!) {\n    benefit(id: $id) {\n      id\n      version\n      title\n      unitOfMeasure\n      responsibleUserId\n      accountableUserId\n      project {\n        id\n      }\n      ...BenefitActions_benefit\n      ...BenefitFacts_benefit\n      ...MeasurementHistory_benefit\n    }\n  }\n": types.BenefitDetailDocument,
    "\n  mutation RecordMeasurement($input: BenefitMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      version\n      realisationPercent\n      varianceRag\n      ...BenefitFacts_benefit\n      ...BenefitActions_benefit\n      ...MeasurementHistory_benefit\n    }\n  }\n": types.RecordMeasurementDocument,
    "\n  fragment BenefitMapSection_node on BenefitMapNode {\n    id\n    version\n    kind\n    label\n    benefitId\n    targetId\n  }\n": types.BenefitMapSection_NodeFragmentDoc,
    "\n  fragment MapNodeDialog_node on BenefitMapNode {\n    id\n    version\n    kind\n    label\n    benefitId\n    targetId\n  }\n": types.MapNodeDialog_NodeFragmentDoc,
    "\n  fragment ContractCoverage_contract on Contract {\n    id\n    version\n    coveredUsages {\n      id\n      name\n    }\n    integrations {\n      id\n      data\n      direction\n      fromUsageId\n      fromUsageName\n      toUsageId\n      toUsageName\n    }\n  }\n": types.ContractCoverage_ContractFragmentDoc,
    "\n  fragment ContractEditForm_contract on Contract {\n    id\n    version\n    name\n    reference\n    contractType\n    template\n    purchaseForm\n    criticality\n    startDate\n    endDate\n    durationMonths\n    ongoing\n    irrevocableUntil\n    noticePeriodMonths\n    noticeRule\n    terminatedOn\n    retenderPlan\n    uptimePercent\n    availability\n    changeHandling\n    documentationDuties\n    invoiceRecipient\n    indexationPercent\n    supplierId\n    parentId\n    successorId\n    ownerUserId\n    managerUserId\n    options {\n      ordinal\n      months\n      exercisedOn\n    }\n    economyLines {\n      unitId\n      kind\n      amount\n      note\n    }\n    coveredUsages {\n      id\n    }\n  }\n": types.ContractEditForm_ContractFragmentDoc,
    "\n  fragment ContractFacts_contract on Contract {\n    id\n    version\n    reference\n    contractType\n    template\n    purchaseForm\n    criticality\n    startDate\n    endDate\n    durationMonths\n    ongoing\n    irrevocableUntil\n    noticePeriodMonths\n    noticeRule\n    terminatedOn\n    retenderPlan\n    uptimePercent\n    availability\n    changeHandling\n    documentationDuties\n    invoiceRecipient\n    indexationPercent\n    supplier {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    successor {\n      id\n      name\n    }\n    predecessors {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    manager {\n      id\n      name\n    }\n    options {\n      ordinal\n      months\n      exercisedOn\n    }\n    economyLines {\n      kind\n      amount\n      note\n    }\n    dates {\n      validity\n      currentEnd\n      effectiveEndWithOptions\n      remainingOptionMonths\n      latestNoticeDate\n      earliestTerminationDate\n      cappedByParent\n      issues\n      leadMonths\n      procurementLeadMonths\n      migration {\n        months\n        source\n        dependentName\n      }\n      windowClosed\n      retender {\n        decisionDate\n        daysLate\n      }\n      retenderWithOptions {\n        decisionDate\n      }\n    }\n  }\n": types.ContractFacts_ContractFragmentDoc,
    "\n  fragment ContractTimeline_row on Contract {\n    id\n    version\n    name\n    startDate\n    supplier {\n      id\n      name\n    }\n    economyLines {\n      unitId\n    }\n    coveredUsages {\n      id\n      name\n    }\n    dates {\n      currentEnd\n      effectiveEndWithOptions\n      latestNoticeDate\n      retender {\n        decisionDate\n      }\n      retenderWithOptions {\n        decisionDate\n      }\n    }\n  }\n": types.ContractTimeline_RowFragmentDoc,
    "\n  fragment ContractTimeline_unit on Unit {\n    id\n    name\n  }\n": types.ContractTimeline_UnitFragmentDoc,
    "\n  fragment ContractsTable_row on Contract {\n    id\n    version\n    name\n    criticality\n    purchaseForm\n    yearlyCost\n    supplier {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    dates {\n      validity\n      currentEnd\n      effectiveEndWithOptions\n      latestNoticeDate\n      windowClosed\n      retender {\n        decisionDate\n        daysLate\n      }\n    }\n  }\n": types.ContractsTable_RowFragmentDoc,
    "\n  fragment CostsByUnit_row on UnitCosts {\n    unitId\n    unitName\n    yearlyOperation\n    acquisition\n    other\n    contractCount\n  }\n": types.CostsByUnit_RowFragmentDoc,
    "\n  fragment DeleteContractButton_contract on Contract {\n    id\n    version\n    name\n  }\n": types.DeleteContractButton_ContractFragmentDoc,
    "\n  fragment InvoiceTable_invoice on Invoice {\n    id\n    number\n    invoiceDate\n    periodStart\n    periodEnd\n    amount\n    check {\n      expected\n      deviation\n      deviationPercent\n      flagged\n      tolerancePercent\n    }\n  }\n": types.InvoiceTable_InvoiceFragmentDoc,
    "\n  fragment JointTenderView_candidate on JointTenderCandidate {\n    key\n    matchedOn\n    label\n    windowStart\n    windowEnd\n    contracts {\n      id\n      name\n      organisationName\n      supplierName\n      decisionDate\n      yearlyCost\n      priceHidden\n    }\n  }\n": types.JointTenderView_CandidateFragmentDoc,
    "\n  fragment JointTenderView_plan on TenderPlan {\n    id\n    name\n    windowStart\n    windowEnd\n    participants {\n      organisationName\n    }\n  }\n": types.JointTenderView_PlanFragmentDoc,
    "\n  fragment NotificationCentre_notification on Notification {\n    id\n    kind\n    subjectType\n    subjectId\n    title\n    dueDate\n    readAt\n  }\n": types.NotificationCentre_NotificationFragmentDoc,
    "\n  fragment RequirementChecklist_check on RequirementCheck {\n    id\n    fulfilled\n    note\n    version\n    requirement {\n      id\n      category\n      title\n      description\n    }\n  }\n": types.RequirementChecklist_CheckFragmentDoc,
    "\n  fragment StandardRequirementsPanel_requirement on StandardRequirement {\n    id\n    category\n    title\n    description\n    active\n    version\n  }\n": types.StandardRequirementsPanel_RequirementFragmentDoc,
    "\n  query ContractsOverview($limit: Int!, $filter: ContractFilter) {\n    contractToday\n    units {\n      id\n      ...ContractTimeline_unit\n    }\n    contracts(limit: $limit, filter: $filter, sort: { field: RETENDER_DECISION_DATE, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...ContractsTable_row\n        ...ContractTimeline_row\n      }\n    }\n  }\n": types.ContractsOverviewDocument,
    "\n  query ContractDetail($id: ID!) {\n    contractToday\n    contract(id: $id) {\n      id\n      version\n      name\n      ...ContractFacts_contract\n      ...ContractCoverage_contract\n      ...ContractEditForm_contract\n      ...DeleteContractButton_contract\n      invoices {\n        id\n        ...InvoiceTable_invoice\n      }\n    }\n  }\n": types.ContractDetailDocument,
    "\n  mutation CreateContract($input: ContractCreateInput!) {\n    createContract(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateContractDocument,
    "\n  mutation DeleteContract($id: ID!, $version: Int!) {\n    deleteContract(id: $id, version: $version)\n  }\n": types.DeleteContractDocument,
    "\n  mutation UpdateContract($input: ContractUpdateInput!) {\n    updateContract(input: $input) {\n      id\n      version\n      name\n      parentId\n      successorId\n      ...ContractFacts_contract\n      ...ContractCoverage_contract\n      ...ContractEditForm_contract\n      ...DeleteContractButton_contract\n      ...ContractsTable_row\n      ...ContractTimeline_row\n    }\n  }\n": types.UpdateContractDocument,
    "\n  mutation RegisterInvoice($input: InvoiceInput!) {\n    registerInvoice(input: $input) {\n      id\n      number\n      check {\n        flagged\n        deviation\n      }\n      ...InvoiceTable_invoice\n    }\n  }\n": types.RegisterInvoiceDocument,
    "\n  mutation ImportInvoices($contractId: ID!, $csv: String!) {\n    importInvoicesCsv(contractId: $contractId, csv: $csv) {\n      imported {\n        id\n      }\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n": types.ImportInvoicesDocument,
    "\n  mutation StartRetenderProposal($contractId: ID!) {\n    startRetenderProposal(contractId: $contractId) {\n      id\n      projectId\n      status\n      problem\n      asIs\n    }\n  }\n": types.StartRetenderProposalDocument,
    "\n  query JointTenderCandidates($windowMonths: Int!, $limit: Int!) {\n    jointTenderCandidates(windowMonths: $windowMonths, limit: $limit) {\n      totalCount\n      items {\n        key\n        ...JointTenderView_candidate\n      }\n    }\n    tenderPlans {\n      id\n      ...JointTenderView_plan\n    }\n  }\n": types.JointTenderCandidatesDocument,
    "\n  mutation CreateTenderPlan($input: TenderPlanFromCandidateInput!) {\n    createTenderPlan(input: $input) {\n      id\n      ...JointTenderView_plan\n    }\n  }\n": types.CreateTenderPlanDocument,
    "\n  query ContractFormChoices($limit: Int!) {\n    systemUsages(limit: $limit, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n    contracts(limit: $limit, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      items {\n        id\n        name\n        parentId\n        successorId\n      }\n    }\n    suppliers(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n    members {\n      user {\n        id\n        name\n      }\n    }\n    units {\n      id\n      name\n    }\n  }\n": types.ContractFormChoicesDocument,
    "\n  query CostsByUnit {\n    costsByUnit {\n      ...CostsByUnit_row\n    }\n  }\n": types.CostsByUnitDocument,
    "\n  query Notifications {\n    notifications {\n      id\n      ...NotificationCentre_notification\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      ...NotificationCentre_notification\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation SnoozeNotification($id: ID!, $until: DateTimeISO!) {\n    snoozeNotification(id: $id, until: $until) {\n      id\n    }\n  }\n": types.SnoozeNotificationDocument,
    "\n  query StandardRequirements {\n    standardRequirements(includeInactive: true) {\n      id\n      ...StandardRequirementsPanel_requirement\n    }\n  }\n": types.StandardRequirementsDocument,
    "\n  mutation CreateStandardRequirement($input: StandardRequirementInput!) {\n    createStandardRequirement(input: $input) {\n      id\n      ...StandardRequirementsPanel_requirement\n    }\n  }\n": types.CreateStandardRequirementDocument,
    "\n  mutation UpdateStandardRequirement($input: StandardRequirementUpdateInput!) {\n    updateStandardRequirement(input: $input) {\n      id\n      ...StandardRequirementsPanel_requirement\n    }\n  }\n": types.UpdateStandardRequirementDocument,
    "\n  mutation DeleteStandardRequirement($id: ID!, $version: Int!) {\n    deleteStandardRequirement(id: $id, version: $version)\n  }\n": types.DeleteStandardRequirementDocument,
    "\n  query RequirementChecklist($projectId: ID!) {\n    requirementChecklist(projectId: $projectId) {\n      id\n      ...RequirementChecklist_check\n    }\n  }\n": types.RequirementChecklistDocument,
    "\n  mutation AddRequirementChecklist($projectId: ID!) {\n    addRequirementChecklist(projectId: $projectId) {\n      id\n      ...RequirementChecklist_check\n    }\n  }\n": types.AddRequirementChecklistDocument,
    "\n  mutation UpdateRequirementCheck($input: RequirementCheckUpdateInput!) {\n    updateRequirementCheck(input: $input) {\n      id\n      ...RequirementChecklist_check\n    }\n  }\n": types.UpdateRequirementCheckDocument,
    "\n  fragment DataSourceAuthority_source on DataSource {\n    kind\n    profile {\n      authoritativeSource {\n        id\n        name\n      }\n      copies {\n        id\n        name\n      }\n    }\n  }\n": types.DataSourceAuthority_SourceFragmentDoc,
    "\n  fragment DataSourceCost_source on DataSource {\n    costModel\n    profile {\n      yearlyCost\n      copyYearlyCost\n      exit {\n        totalYearlySaving\n        totalSwitchingCost\n      }\n    }\n  }\n": types.DataSourceCost_SourceFragmentDoc,
    "\n  fragment DataSourceExitPlan_source on DataSource {\n    lifecycle\n    endsOn\n    profile {\n      exit {\n        totalYearlySaving\n        totalSwitchingCost\n        rows {\n          edgeId\n          usageId\n          usageName\n          yearlyCost\n          switchingCost\n          alternative {\n            dataSourceId\n            name\n          }\n          contract {\n            id\n            name\n            effectiveEnd\n          }\n          recommendation\n          recommendedSwitchDate\n          plannedSwitchDate\n        }\n      }\n    }\n  }\n": types.DataSourceExitPlan_SourceFragmentDoc,
    "\n  fragment DataSourceFacts_source on DataSource {\n    id\n    kind\n    registerFamily\n    defaultChannel\n    lifecycle\n    endsOn\n  }\n": types.DataSourceFacts_SourceFragmentDoc,
    "\n  fragment DataSourceForm_source on DataSource {\n    id\n    version\n    name\n    description\n    kind\n    registerFamily\n    copyOfId\n    defaultChannel\n    lifecycle\n    endsOn\n    costModel\n    supplierId\n  }\n": types.DataSourceForm_SourceFragmentDoc,
    "\n  fragment DataSourceReaders_profile on DataSourceProfileView {\n    readers {\n      edgeId\n      usageId\n      usageName\n      unitName\n      channel\n      access\n      purpose\n      yearlyCost\n      authoritative\n      plannedTargetSourceId\n      plannedTargetSourceName\n      plannedSwitchDate\n    }\n    byUnit {\n      unitId\n      unitName\n      readerCount\n      yearlyCost\n    }\n    byChannel {\n      channel\n      readerCount\n      yearlyCost\n    }\n    byPurpose {\n      purpose\n      readerCount\n      yearlyCost\n    }\n  }\n": types.DataSourceReaders_ProfileFragmentDoc,
    "\n  fragment DataSourceTouching_profile on DataSourceProfileView {\n    readers {\n      usageId\n      usageName\n    }\n    contracts {\n      id\n      name\n      effectiveEnd\n      noticeDate\n      usageIds\n    }\n    projects {\n      id\n      name\n      usageIds\n    }\n  }\n": types.DataSourceTouching_ProfileFragmentDoc,
    "\n  fragment DataSourcesTable_row on DataSource {\n    id\n    version\n    name\n    kind\n    registerFamily\n    copyOfId\n    defaultChannel\n    lifecycle\n    endsOn\n    ownerOrganisationId\n    yearlyCost\n    uses {\n      id\n      usageId\n      usageName\n      channel\n      access\n      yearlyCost\n      authoritative\n    }\n  }\n": types.DataSourcesTable_RowFragmentDoc,
    "\n  query DataSourceDetail($id: ID!) {\n    dataSource(id: $id) {\n      id\n      name\n      description\n      ...DataSourceFacts_source\n      ...DataSourceCost_source\n      ...DataSourceAuthority_source\n      ...DataSourceExitPlan_source\n      profile {\n        ...DataSourceReaders_profile\n        ...DataSourceTouching_profile\n      }\n    }\n  }\n": types.DataSourceDetailDocument,
    "\n  mutation CreateDataSource($input: DataSourceCreateInput!) {\n    createDataSource(input: $input) {\n      id\n    }\n  }\n": types.CreateDataSourceDocument,
    "\n  mutation UpdateDataSource($input: DataSourceUpdateInput!) {\n    updateDataSource(input: $input) {\n      id\n      version\n      ...DataSourcesTable_row\n      ...DataSourceForm_source\n    }\n  }\n": types.UpdateDataSourceDocument,
    "\n  query DataSourceSupplierOptions {\n    suppliers(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.DataSourceSupplierOptionsDocument,
    "\n  query DataSourcesTable($limit: Int!) {\n    dataSources(limit: $limit) {\n      totalCount\n      items {\n        id\n        name\n        ownerOrganisationId\n        ...DataSourcesTable_row\n        ...DataSourceForm_source\n      }\n    }\n  }\n": types.DataSourcesTableDocument,
    "\n  query ChangeHistory($entity: HistoryEntity!, $id: ID!) {\n    history(entity: $entity, id: $id) {\n      id\n      at\n      action\n      entityType\n      authorName\n      changes {\n        field\n        kind\n        before\n        after\n      }\n    }\n  }\n": types.ChangeHistoryDocument,
    "\n  mutation ImportKitos($input: KitosImportInput!) {\n    importKitos(input: $input) {\n      kind\n      applied\n      created\n      updated\n      unchanged\n      errorCount\n      fields\n      columns {\n        column\n        title\n        target\n        note\n      }\n      lines {\n        row\n        name\n        status\n        changes\n        errors {\n          column\n          message\n        }\n        warnings {\n          column\n          message\n        }\n      }\n    }\n  }\n": types.ImportKitosDocument,
    "\n  query KitosAttributes($id: ID!) {\n    systemUsage(id: $id) {\n      id\n      kitosAttributes {\n        title\n        value\n      }\n    }\n  }\n": types.KitosAttributesDocument,
    "\n  fragment KitosSyncRunFields on KitosSyncRun {\n    ok\n    created\n    updated\n    unchanged\n    errorCount\n    deleted\n    conflicts\n    message\n    problems\n  }\n": types.KitosSyncRunFieldsFragmentDoc,
    "\n  query KitosConnection {\n    kitosConnection {\n      id\n      baseUrl\n      kitosOrganisationUuid\n      emailSet\n      passwordSet\n      nightly\n      lastRunAt\n      lastRun {\n        ...KitosSyncRunFields\n      }\n      version\n    }\n    kitosConflicts {\n      id\n      kind\n      kitosUuid\n      name\n      changes\n      overblikChangedAt\n    }\n  }\n": types.KitosConnectionDocument,
    "\n  mutation SaveKitosConnection($input: KitosConnectionInput!) {\n    saveKitosConnection(input: $input) {\n      id\n      baseUrl\n      kitosOrganisationUuid\n      emailSet\n      passwordSet\n      nightly\n      version\n    }\n  }\n": types.SaveKitosConnectionDocument,
    "\n  mutation SyncKitos {\n    syncKitos {\n      ...KitosSyncRunFields\n    }\n  }\n": types.SyncKitosDocument,
    "\n  mutation ResolveKitosConflict($id: ID!, $choice: KitosConflictChoice!) {\n    resolveKitosConflict(id: $id, choice: $choice)\n  }\n": types.ResolveKitosConflictDocument,
    "\n  fragment InterfaceFacts_entry on Interface {\n    id\n    version\n    providerSystemName\n    providerUsageId\n    protocol\n    dataDescription\n    dataTypes\n    registerFamilies\n    visibility\n    ownerOrganisationId\n  }\n": types.InterfaceFacts_EntryFragmentDoc,
    "\n  fragment InterfaceForm_entry on Interface {\n    id\n    version\n    name\n    description\n    protocol\n    dataDescription\n    providerSystemId\n    providerSystemName\n    dataTypes\n    registerFamilies\n  }\n": types.InterfaceForm_EntryFragmentDoc,
    "\n  fragment InterfaceUsedBy_entry on Interface {\n    id\n    version\n    usedBy {\n      id\n      version\n      fromUsageId\n      fromUsageName\n      toUsageId\n      toUsageName\n      data\n      direction\n      frequency\n    }\n  }\n": types.InterfaceUsedBy_EntryFragmentDoc,
    "\n  fragment InterfacesTable_row on Interface {\n    id\n    version\n    name\n    description\n    protocol\n    dataDescription\n    providerSystemName\n    providerUsageId\n    visibility\n    usedBy {\n      id\n    }\n  }\n": types.InterfacesTable_RowFragmentDoc,
    "\n  query InterfacesTable($limit: Int!) {\n    interfaces(limit: $limit) {\n      totalCount\n      items {\n        id\n        ...InterfacesTable_row\n      }\n    }\n  }\n": types.InterfacesTableDocument,
    "\n  query InterfaceDetail($id: ID!) {\n    interface(id: $id) {\n      id\n      version\n      name\n      description\n      ownerOrganisationId\n      ...InterfaceFacts_entry\n      ...InterfaceUsedBy_entry\n      ...InterfaceForm_entry\n    }\n  }\n": types.InterfaceDetailDocument,
    "\n  mutation CreateInterface($input: InterfaceCreateInput!) {\n    createInterface(input: $input) {\n      id\n    }\n  }\n": types.CreateInterfaceDocument,
    "\n  mutation UpdateInterface($input: InterfaceUpdateInput!) {\n    updateInterface(input: $input) {\n      id\n      version\n      name\n      description\n      ...InterfacesTable_row\n      ...InterfaceFacts_entry\n      ...InterfaceForm_entry\n    }\n  }\n": types.UpdateInterfaceDocument,
    "\n  mutation DeleteInterface($id: ID!, $version: Int!) {\n    deleteInterface(id: $id, version: $version)\n  }\n": types.DeleteInterfaceDocument,
    "\n  query ProviderCatalogueSearch($search: String) {\n    itSystems(search: $search, limit: 50) {\n      items {\n        id\n        name\n        category\n      }\n    }\n  }\n": types.ProviderCatalogueSearchDocument,
    "\n  fragment AffectedUsagesTable_usage on AffectedUsageView {\n    usageId\n    name\n    certainty\n    depth\n    via\n    path\n    dataTypes\n    registerFamilies\n    unknownData\n  }\n": types.AffectedUsagesTable_UsageFragmentDoc,
    "\n  fragment CapabilityOverlapCard_overlap on CapabilityOverlapView {\n    capabilityId\n    capability\n    combinedYearlyCost\n    usages {\n      usageId\n      name\n      yearlyCost\n    }\n    consolidations {\n      survivorUsageId\n      yearlySaving\n      migrationCost\n      fullSavingFrom\n      horizonEnd\n      netSaving\n      retired {\n        usageId\n        name\n        yearlyCost\n        migrationCost\n        savingFrom\n        savedWithinHorizon\n      }\n    }\n  }\n": types.CapabilityOverlapCard_OverlapFragmentDoc,
    "\n  fragment CopyRegisterExitView_plan on CopyRegisterExitView {\n    totalYearlySaving\n    totalSwitchingCost\n    rows {\n      edgeId\n      usageId\n      usageName\n      dataSourceId\n      dataSourceName\n      channel\n      yearlyCost\n      switchingCost\n      alternative {\n        dataSourceId\n        name\n        channel\n      }\n      contract {\n        name\n        effectiveEnd\n        noticeDate\n      }\n      recommendation\n      recommendedSwitchDate\n      plannedSwitchDate\n    }\n    ...ExitTimeline_plan\n  }\n": types.CopyRegisterExitView_PlanFragmentDoc,
    "\n  fragment ExitTimeline_plan on CopyRegisterExitView {\n    rows {\n      edgeId\n      usageName\n      dataSourceId\n      dataSourceName\n      alternative {\n        dataSourceId\n        name\n      }\n    }\n    timeline {\n      edgeId\n      switchDate\n      dateSource\n      yearlySaving\n    }\n  }\n": types.ExitTimeline_PlanFragmentDoc,
    "\n  fragment ImpactPanel_impact on ImpactAnalysisView {\n    targetId\n    certainCount\n    possibleCount\n    usages {\n      usageId\n      certainty\n      ...AffectedUsagesTable_usage\n    }\n    dataSources {\n      dataSourceId\n    }\n    units {\n      unitId\n      unitName\n      usageCount\n      possibleUsageCount\n    }\n    contracts {\n      contractId\n      name\n      effectiveEnd\n      noticeDate\n      usageIds\n      possibleUsageIds\n    }\n    projects {\n      projectId\n      name\n      usageIds\n      possibleUsageIds\n    }\n  }\n": types.ImpactPanel_ImpactFragmentDoc,
    "\n  fragment LandscapeGraphView_node on LandscapeNode {\n    id\n    kind\n    name\n    lifecycle\n    subKind\n    unitId\n    unitName\n    registerFamily\n    endsOn\n    yearlyCost\n    hasLifecycleConflict\n    taskAreas\n    contractStatus\n    ...NodePanel_node\n  }\n": types.LandscapeGraphView_NodeFragmentDoc,
    "\n  fragment LandscapeGraphView_edge on LandscapeEdge {\n    id\n    kind\n    from\n    to\n    direction\n    channel\n    access\n    interfaceName\n    yearlyCost\n    authoritative\n    dataTypes\n    registerFamilies\n  }\n": types.LandscapeGraphView_EdgeFragmentDoc,
    "\n  fragment LandscapeTableView_node on LandscapeNode {\n    id\n    name\n    kind\n    subKind\n    lifecycle\n    unitName\n    yearlyCost\n    hasLifecycleConflict\n  }\n": types.LandscapeTableView_NodeFragmentDoc,
    "\n  fragment LandscapeTableView_edge on LandscapeEdge {\n    id\n    from\n    to\n    kind\n    channel\n    interfaceName\n    dataTypes\n    registerFamilies\n    direction\n    yearlyCost\n  }\n": types.LandscapeTableView_EdgeFragmentDoc,
    "\n  fragment LifecycleConflictsView_conflict on LifecycleConflictView {\n    usageId\n    usageName\n    usageEnd\n    dependencyId\n    dependencyKind\n    dependencyName\n    reason\n    dependencyEnd\n  }\n": types.LifecycleConflictsView_ConflictFragmentDoc,
    "\n  fragment LifecycleSummary_node on LandscapeNode {\n    id\n    kind\n    lifecycle\n  }\n": types.LifecycleSummary_NodeFragmentDoc,
    "\n  fragment NeighbourhoodView_neighbourhood on NeighbourhoodView {\n    rootId\n    truncated\n    nodes {\n      id\n      kind\n      name\n      lifecycle\n      subKind\n    }\n    edges {\n      id\n      kind\n      from\n      to\n      direction\n      channel\n      interfaceName\n    }\n  }\n": types.NeighbourhoodView_NeighbourhoodFragmentDoc,
    "\n  fragment NodePanel_node on LandscapeNode {\n    id\n    kind\n    subKind\n    name\n    lifecycle\n    unitName\n    endsOn\n    yearlyCost\n    hasLifecycleConflict\n  }\n": types.NodePanel_NodeFragmentDoc,
    "\n  query NodePanelUsageSupplier($id: ID!) {\n    systemUsage(id: $id) {\n      id\n      supplier {\n        id\n        name\n      }\n    }\n  }\n": types.NodePanelUsageSupplierDocument,
    "\n  query NodePanelDataSourceSupplier($id: ID!) {\n    dataSource(id: $id) {\n      id\n      supplier {\n        id\n        name\n      }\n    }\n  }\n": types.NodePanelDataSourceSupplierDocument,
    "\n  fragment OverlapHistory_acceptance on OverlapAcceptance {\n    id\n    capabilityName\n    usageNames\n    reason\n    acceptedAt\n    reopenedAt\n    reopenReason\n    version\n  }\n": types.OverlapHistory_AcceptanceFragmentDoc,
    "\n  fragment OverlapView_analysis on OverlapAnalysisView {\n    horizonMonths\n    capabilities {\n      capabilityId\n      ...CapabilityOverlapCard_overlap\n    }\n    duplicateData {\n      dataSourceId\n      dataSourceName\n      sharedCapabilities\n      totalYearlyCost\n      duplicatedCost\n      buyers {\n        usageId\n        name\n        yearlyCost\n      }\n    }\n  }\n": types.OverlapView_AnalysisFragmentDoc,
    "\n  query LandscapeGraph {\n    landscapeGraph {\n      organisationId\n      nodes {\n        id\n        ...LifecycleSummary_node\n        ...LandscapeGraphView_node\n        ...LandscapeTableView_node\n      }\n      edges {\n        id\n        ...LandscapeGraphView_edge\n        ...LandscapeTableView_edge\n      }\n    }\n  }\n": types.LandscapeGraphDocument,
    "\n  query ImpactAnalysis($kind: LandscapeNodeKind!, $id: ID!, $from: LocalDate) {\n    impactAnalysis(kind: $kind, id: $id, from: $from) {\n      ...ImpactPanel_impact\n    }\n  }\n": types.ImpactAnalysisDocument,
    "\n  query Neighbourhood($rootId: ID!, $hops: Int!, $maxNodes: Int!) {\n    neighbourhood(rootId: $rootId, hops: $hops, maxNodes: $maxNodes) {\n      ...NeighbourhoodView_neighbourhood\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  query CopyRegisterExit {\n    copyRegisterExit {\n      ...CopyRegisterExitView_plan\n    }\n  }\n": types.CopyRegisterExitDocument,
    "\n  query Overlaps {\n    overlaps {\n      ...OverlapView_analysis\n    }\n    overlapAcceptances {\n      id\n      ...OverlapHistory_acceptance\n    }\n  }\n": types.OverlapsDocument,
    "\n  mutation AcceptOverlap($input: OverlapAcceptInput!) {\n    acceptOverlap(input: $input) {\n      id\n      ...OverlapHistory_acceptance\n    }\n  }\n": types.AcceptOverlapDocument,
    "\n  mutation ReopenOverlapAcceptance($id: ID!, $version: Int!, $reason: String) {\n    reopenOverlapAcceptance(id: $id, version: $version, reason: $reason) {\n      id\n      ...OverlapHistory_acceptance\n    }\n  }\n": types.ReopenOverlapAcceptanceDocument,
    "\n  query LifecycleConflicts {\n    lifecycleConflicts {\n      ...LifecycleConflictsView_conflict\n    }\n  }\n": types.LifecycleConflictsDocument,
    "\n  fragment MaturityHistory_entry on MaturityHistoryEntry {\n    id\n    assessedAt\n    achievedStep\n    change\n    direction\n    note\n    assessedBy {\n      id\n      name\n    }\n  }\n": types.MaturityHistory_EntryFragmentDoc,
    "\n  fragment MaturitySteps_step on MaturityStepResult {\n    ordinal\n    name\n    met\n    achieved\n    criteria {\n      key\n      name\n      metric\n      status\n      value\n      threshold\n      met\n      gap\n    }\n  }\n": types.MaturitySteps_StepFragmentDoc,
    "\n  fragment MissingForNext_maturity on Maturity {\n    achievedStep\n    missingForNext {\n      key\n      name\n      status\n      value\n      threshold\n      gap\n    }\n  }\n": types.MissingForNext_MaturityFragmentDoc,
    "\n  fragment SelfAssessmentForm_maturity on Maturity {\n    steps {\n      ordinal\n      criteria {\n        key\n        name\n      }\n    }\n    selfAssessment {\n      key\n      yes\n      comment\n    }\n  }\n": types.SelfAssessmentForm_MaturityFragmentDoc,
    "\n  query Maturity {\n    maturity {\n      achievedStep\n      steps {\n        ordinal\n        ...MaturitySteps_step\n      }\n      history {\n        id\n        ...MaturityHistory_entry\n      }\n      ...MissingForNext_maturity\n      ...SelfAssessmentForm_maturity\n    }\n  }\n": types.MaturityDocument,
    "\n  mutation RecordMaturityAssessment($input: MaturityAssessmentInput!) {\n    recordMaturityAssessment(input: $input) {\n      achievedStep\n    }\n  }\n": types.RecordMaturityAssessmentDocument,
    "\n  fragment AgendaItem_proposal on Proposal {\n    id\n    status\n    version\n    problem\n    asIs\n    toBe\n    resourcesNeeded\n    submittedAt\n    submittedBy {\n      id\n      name\n    }\n    project {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n    decisions {\n      id\n      stage\n      decision\n      reason\n      decidedAt\n      decidedBy {\n        id\n        name\n      }\n    }\n  }\n": types.AgendaItem_ProposalFragmentDoc,
    "\n  fragment BoardCategoryFilter_category on Category {\n    id\n    dimension\n    name\n  }\n": types.BoardCategoryFilter_CategoryFragmentDoc,
    "\n  fragment BoardRow_entry on PortfolioBoardEntry {\n    score\n    mandatory\n    scorePosition\n    divergence\n    divergent\n    firstShortfall {\n      competencyName\n      quarter\n      shortfallHours\n    }\n    timeCriticality {\n      level\n      reasons\n    }\n    project {\n      id\n      name\n    }\n  }\n": types.BoardRow_EntryFragmentDoc,
    "\n  fragment CategoriesEditor_category on Category {\n    id\n    version\n    dimension\n    name\n  }\n": types.CategoriesEditor_CategoryFragmentDoc,
    "\n  fragment CriteriaEditor_criterion on Criterion {\n    id\n    version\n    name\n    description\n    weight\n    scaleMin\n    scaleMax\n    direction\n    mandatory\n  }\n": types.CriteriaEditor_CriterionFragmentDoc,
    "\n  fragment ProjectPrioritisation_project on Project {\n    id\n    version\n    scores {\n      id\n      criterionId\n      value\n      version\n    }\n    categories {\n      id\n      dimension\n      name\n    }\n  }\n": types.ProjectPrioritisation_ProjectFragmentDoc,
    "\n  fragment ProjectPrioritisation_criterion on Criterion {\n    id\n    name\n    description\n    weight\n    scaleMin\n    scaleMax\n    direction\n    mandatory\n  }\n": types.ProjectPrioritisation_CriterionFragmentDoc,
    "\n  fragment ProjectPrioritisation_category on Category {\n    id\n    dimension\n    name\n  }\n": types.ProjectPrioritisation_CategoryFragmentDoc,
    "\n  fragment ProjectsTable_row on Project {\n    id\n    version\n    name\n    phase\n    status\n    budget\n    startDate\n    endDate\n    unit {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    lead {\n      id\n      name\n    }\n    latestStatus {\n      mustReport\n      missing\n      ageDays\n      report {\n        id\n        overall\n        periodEnd\n      }\n    }\n  }\n": types.ProjectsTable_RowFragmentDoc,
    "\n  fragment ProposalForm_strategy on Strategy {\n    id\n    name\n  }\n": types.ProposalForm_StrategyFragmentDoc,
    "\n  fragment RelatedProjects_related on RelatedProject {\n    project {\n      id\n      name\n      status\n    }\n    sharedSystems {\n      usageId\n      name\n    }\n    sharedCapabilities\n  }\n": types.RelatedProjects_RelatedFragmentDoc,
    "\n  fragment ScenarioBar_scenario on PortfolioScenario {\n    id\n    version\n    name\n    approvedAt\n  }\n": types.ScenarioBar_ScenarioFragmentDoc,
    "\n  fragment SynergyOverview_overlap on ProjectOverlap {\n    key\n    name\n    projects {\n      id\n      name\n      status\n    }\n  }\n": types.SynergyOverview_OverlapFragmentDoc,
    "\n  query PortfolioProjects($limit: Int!) {\n    projects(limit: $limit, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...ProjectsTable_row\n      }\n    }\n    projectPhases {\n      key\n      name\n    }\n  }\n": types.PortfolioProjectsDocument,
    "\n  query PortfolioBoard($scenarioId: ID) {\n    portfolioBoard(scenarioId: $scenarioId) {\n      scenarioId\n      capacityLineIndex\n      divergenceThreshold\n      entries {\n        fits\n        project {\n          id\n          name\n          categories {\n            id\n          }\n          dependsOnIds\n        }\n        ...BoardRow_entry\n      }\n    }\n  }\n": types.PortfolioBoardDocument,
    "\n  mutation ReorderProject($projectId: ID!, $beforeId: ID, $afterId: ID) {\n    reorderProject(projectId: $projectId, beforeId: $beforeId, afterId: $afterId) {\n      id\n      rankKey\n    }\n  }\n": types.ReorderProjectDocument,
    "\n  query PortfolioScenarios {\n    portfolioScenarios {\n      id\n      ...ScenarioBar_scenario\n    }\n  }\n": types.PortfolioScenariosDocument,
    "\n  mutation CreateScenario($name: String!) {\n    createScenario(name: $name) {\n      id\n      ...ScenarioBar_scenario\n    }\n  }\n": types.CreateScenarioDocument,
    "\n  mutation ReorderInScenario($scenarioId: ID!, $projectId: ID!, $beforeId: ID, $afterId: ID) {\n    reorderInScenario(\n      scenarioId: $scenarioId\n      projectId: $projectId\n      beforeId: $beforeId\n      afterId: $afterId\n    ) {\n      id\n    }\n  }\n": types.ReorderInScenarioDocument,
    "\n  mutation ApproveScenario($scenarioId: ID!, $version: Int!) {\n    approveScenario(scenarioId: $scenarioId, version: $version) {\n      id\n      version\n      ...ScenarioBar_scenario\n    }\n  }\n": types.ApproveScenarioDocument,
    "\n  query PrioritisationModel {\n    prioritisationModel {\n      id\n      name\n      criteria {\n        id\n        ...CriteriaEditor_criterion\n      }\n      categories {\n        id\n        ...CategoriesEditor_category\n        ...BoardCategoryFilter_category\n      }\n    }\n  }\n": types.PrioritisationModelDocument,
    "\n  mutation CreateCriterion($input: CriterionCreateInput!) {\n    createCriterion(input: $input) {\n      id\n      name\n      ...CriteriaEditor_criterion\n    }\n  }\n": types.CreateCriterionDocument,
    "\n  mutation UpdateCriterion($input: CriterionUpdateInput!) {\n    updateCriterion(input: $input) {\n      id\n      version\n      name\n      ...CriteriaEditor_criterion\n      ...ProjectPrioritisation_criterion\n    }\n  }\n": types.UpdateCriterionDocument,
    "\n  mutation DeleteCriterion($id: ID!, $version: Int!) {\n    deleteCriterion(id: $id, version: $version)\n  }\n": types.DeleteCriterionDocument,
    "\n  mutation CreateCategory($input: CategoryCreateInput!) {\n    createCategory(input: $input) {\n      id\n      name\n      ...CategoriesEditor_category\n      ...BoardCategoryFilter_category\n    }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($input: CategoryUpdateInput!) {\n    updateCategory(input: $input) {\n      id\n      version\n      name\n      ...CategoriesEditor_category\n      ...BoardCategoryFilter_category\n      ...ProjectPrioritisation_category\n    }\n  }\n": types.UpdateCategoryDocument,
    "\n  mutation DeleteCategory($id: ID!, $version: Int!) {\n    deleteCategory(id: $id, version: $version)\n  }\n": types.DeleteCategoryDocument,
    "\n  query ProjectPrioritisation($id: ID!) {\n    project(id: $id) {\n      id\n      ...ProjectPrioritisation_project\n    }\n    prioritisationModel {\n      id\n      criteria {\n        id\n        ...ProjectPrioritisation_criterion\n      }\n      categories {\n        id\n        ...ProjectPrioritisation_category\n      }\n    }\n  }\n": types.ProjectPrioritisationDocument,
    "\n  mutation SetCriterionScore($input: CriterionScoreInput!) {\n    setCriterionScore(input: $input) {\n      id\n      criterionId\n      value\n      version\n    }\n  }\n": types.SetCriterionScoreDocument,
    "\n  mutation SetProjectCategories($input: ProjectCategoriesInput!) {\n    setProjectCategories(input: $input) {\n      id\n      version\n      ...ProjectPrioritisation_project\n    }\n  }\n": types.SetProjectCategoriesDocument,
    "\n  query ProjectOverlaps {\n    projectOverlaps {\n      kind\n      key\n      ...SynergyOverview_overlap\n    }\n    projectPhases {\n      key\n      name\n    }\n  }\n": types.ProjectOverlapsDocument,
    "\n  query RelatedProjects($id: ID!) {\n    project(id: $id) {\n      id\n      relatedProjects {\n        ...RelatedProjects_related\n      }\n    }\n  }\n": types.RelatedProjectsDocument,
    "\n  query BoardAgenda {\n    boardAgenda {\n      awaitingCouncil {\n        ...AgendaItem_proposal\n      }\n      awaitingBoard {\n        ...AgendaItem_proposal\n      }\n    }\n  }\n": types.BoardAgendaDocument,
    "\n  mutation SubmitProposal($input: ProposalSubmitInput!) {\n    submitProposal(input: $input) {\n      id\n      status\n      projectId\n    }\n  }\n": types.SubmitProposalDocument,
    "\n  mutation PrequalifyProposal($input: ProposalDecisionInput!) {\n    prequalifyProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n": types.PrequalifyProposalDocument,
    "\n  mutation ReturnProposal($input: ProposalDecisionInput!) {\n    returnProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n": types.ReturnProposalDocument,
    "\n  mutation ApproveProposal($input: ProposalDecisionInput!) {\n    approveProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n": types.ApproveProposalDocument,
    "\n  mutation RejectProposal($input: ProposalDecisionInput!) {\n    rejectProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n": types.RejectProposalDocument,
    "\n  mutation DeferProposal($input: ProposalDecisionInput!) {\n    deferProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n": types.DeferProposalDocument,
    "\n  query ProposalFormOptions {\n    strategies {\n      id\n      ...ProposalForm_strategy\n    }\n  }\n": types.ProposalFormOptionsDocument,
    "\n  fragment ProgrammeForm_programme on Programme {\n    id\n    version\n    name\n    description\n    leadUserId\n    strategies {\n      id\n    }\n  }\n": types.ProgrammeForm_ProgrammeFragmentDoc,
    "\n  fragment ProgrammeProjects_programme on Programme {\n    id\n    version\n    archived\n    projects {\n      id\n      name\n      status\n      budget\n      latestStatus {\n        missing\n        report {\n          id\n          overall\n        }\n      }\n    }\n  }\n": types.ProgrammeProjects_ProgrammeFragmentDoc,
    "\n  fragment ProgrammeRollup_programme on Programme {\n    id\n    rollup {\n      projectCount\n      status {\n        worst\n        running\n        green\n        amber\n        red\n        missing\n      }\n      spend {\n        budget\n        spent\n        spentPercent\n        overspentProjectIds\n      }\n      risks {\n        projectId\n        projectName\n        reportDate\n        rag\n        risks\n      }\n      benefits {\n        benefitCount\n        targetKr\n        plannedKr\n        realisedKr\n        realisationPercent\n        rag\n        qualitativeCount\n      }\n    }\n  }\n": types.ProgrammeRollup_ProgrammeFragmentDoc,
    "\n  query Programmes($includeArchived: Boolean) {\n    programmes(includeArchived: $includeArchived) {\n      id\n      name\n      archived\n      lead {\n        id\n        name\n      }\n      rollup {\n        projectCount\n        status {\n          worst\n          missing\n        }\n        spend {\n          budget\n          spent\n          spentPercent\n        }\n      }\n    }\n  }\n": types.ProgrammesDocument,
    "\n  query ProgrammeDetail($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      description\n      archived\n      version\n      lead {\n        id\n        name\n      }\n      strategies {\n        id\n        name\n      }\n      ...ProgrammeForm_programme\n      ...ProgrammeProjects_programme\n      ...ProgrammeRollup_programme\n    }\n  }\n": types.ProgrammeDetailDocument,
    "\n  query ProgrammeFormOptions {\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    strategies {\n      id\n      name\n    }\n  }\n": types.ProgrammeFormOptionsDocument,
    "\n  query ProgrammeProjectOptions {\n    projects(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n        programme {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProgrammeProjectOptionsDocument,
    "\n  mutation CreateProgramme($input: ProgrammeCreateInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n": types.CreateProgrammeDocument,
    "\n  mutation UpdateProgramme($input: ProgrammeUpdateInput!) {\n    updateProgramme(input: $input) {\n      id\n      version\n      name\n      description\n      lead {\n        id\n        name\n      }\n      strategies {\n        id\n        name\n      }\n      ...ProgrammeForm_programme\n    }\n  }\n": types.UpdateProgrammeDocument,
    "\n  mutation SetProgrammeArchived($id: ID!, $version: Int!, $archived: Boolean!) {\n    setProgrammeArchived(id: $id, version: $version, archived: $archived) {\n      id\n      version\n      archived\n    }\n  }\n": types.SetProgrammeArchivedDocument,
    "\n  mutation SetProgrammeProjects($programmeId: ID!, $version: Int!, $projectIds: [ID!]!) {\n    setProgrammeProjects(programmeId: $programmeId, version: $version, projectIds: $projectIds) {\n      id\n      version\n      ...ProgrammeProjects_programme\n      ...ProgrammeRollup_programme\n    }\n  }\n": types.SetProgrammeProjectsDocument,
    "\n  fragment ArtefactsSection_project on Project {\n    id\n    version\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    gate {\n      missing\n    }\n  }\n": types.ArtefactsSection_ProjectFragmentDoc,
    "\n  fragment ArtefactsSection_artefact on ProjectArtefact {\n    id\n    kind\n    title\n    content\n    version\n    providedAt\n  }\n": types.ArtefactsSection_ArtefactFragmentDoc,
    "\n  fragment ArtefactsSection_records on Project {\n    id\n    artefacts {\n      id\n      ...ArtefactsSection_artefact\n    }\n  }\n": types.ArtefactsSection_RecordsFragmentDoc,
    "\n  fragment BusinessCaseEditor_line on BusinessCaseLine {\n    id\n    kind\n    description\n    amount\n    year\n  }\n": types.BusinessCaseEditor_LineFragmentDoc,
    "\n  fragment BusinessCaseEditor_project on Project {\n    id\n    version\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    businessCase {\n      id\n      ...BusinessCaseEditor_line\n    }\n  }\n": types.BusinessCaseEditor_ProjectFragmentDoc,
    "\n  fragment GatePanel_project on Project {\n    id\n    version\n    phase\n    status\n    gate {\n      nextPhase\n      ok\n      missing\n    }\n  }\n": types.GatePanel_ProjectFragmentDoc,
    "\n  fragment ProjectActions_project on Project {\n    id\n    version\n    name\n    phase\n    status\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    proposals {\n      id\n      status\n    }\n    ...ProjectForm_project\n  }\n": types.ProjectActions_ProjectFragmentDoc,
    "\n  fragment ProjectDependencies_project on Project {\n    id\n    dependsOn {\n      id\n      name\n    }\n    dependencyOf {\n      id\n      name\n    }\n  }\n": types.ProjectDependencies_ProjectFragmentDoc,
    "\n  fragment ProjectFacts_project on Project {\n    id\n    version\n    phase\n    status\n    budget\n    benefitCount\n    owner {\n      id\n      name\n    }\n    lead {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    strategies {\n      id\n      name\n    }\n    programme {\n      id\n      name\n    }\n    systems {\n      usageId\n      name\n    }\n    latestStatus {\n      missing\n      report {\n        id\n        periodEnd\n        overall\n        progressPercent\n        spent\n        budget\n      }\n    }\n  }\n": types.ProjectFacts_ProjectFragmentDoc,
    "\n  fragment ProjectForm_project on Project {\n    id\n    version\n    name\n    description\n    budget\n    startDate\n    endDate\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    unit {\n      id\n    }\n    strategies {\n      id\n    }\n    systems {\n      usageId\n    }\n    dependsOnIds\n    programmeId\n  }\n": types.ProjectForm_ProjectFragmentDoc,
    "\n  fragment ProjectHistory_project on Project {\n    id\n    version\n    phaseHistory {\n      id\n      phase\n      enteredAt\n      leftAt\n    }\n    lifecycleDecisions {\n      id\n      action\n      reason\n      decidedAt\n      decidedBy {\n        id\n        name\n      }\n    }\n    proposals {\n      id\n      decisions {\n        id\n        stage\n        decision\n        reason\n        decidedAt\n        decidedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProjectHistory_ProjectFragmentDoc,
    "\n  fragment ProjectTeamSection_project on Project {\n    id\n    version\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    team {\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.ProjectTeamSection_ProjectFragmentDoc,
    "\n  fragment StatusReportsSection_project on Project {\n    id\n    version\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    budget\n  }\n": types.StatusReportsSection_ProjectFragmentDoc,
    "\n  fragment StatusReportsSection_report on StatusReport {\n    id\n    periodEnd\n    overall\n    ragTime\n    ragCost\n    ragQuality\n    ragScope\n    progressPercent\n    spent\n    budget\n    risks\n    nextSteps\n    reportedBy {\n      id\n      name\n    }\n  }\n": types.StatusReportsSection_ReportFragmentDoc,
    "\n  fragment StatusReportsSection_records on Project {\n    id\n    statusReports {\n      id\n      ...StatusReportsSection_report\n    }\n  }\n": types.StatusReportsSection_RecordsFragmentDoc,
    "\n  query ProjectFormOptions {\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    units {\n      id\n      name\n    }\n    strategies {\n      id\n      name\n    }\n    programmes(includeArchived: true) {\n      id\n      name\n      archived\n    }\n    systemUsages(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n    projects(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n        dependsOnIds\n      }\n    }\n  }\n": types.ProjectFormOptionsDocument,
    "\n  mutation UpdateProject($input: ProjectUpdateInput!) {\n    updateProject(input: $input) {\n      id\n      version\n      name\n      description\n      ...ProjectForm_project\n      ...ProjectFacts_project\n      ...GatePanel_project\n      ...ProjectDependencies_project\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation CreateProject($input: ProjectCreateInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation AppointProjectLead($projectId: ID!, $leadUserId: ID!, $version: Int!) {\n    appointProjectLead(projectId: $projectId, leadUserId: $leadUserId, version: $version) {\n      id\n      version\n      ...ProjectForm_project\n      ...ProjectFacts_project\n    }\n  }\n": types.AppointProjectLeadDocument,
    "\n  mutation DecideProjectLifecycle($input: ProjectLifecycleDecisionInput!) {\n    decideProjectLifecycle(input: $input) {\n      id\n      version\n      status\n      ...ProjectFacts_project\n      ...ProjectHistory_project\n      ...ProjectActions_project\n    }\n  }\n": types.DecideProjectLifecycleDocument,
    "\n  mutation DeleteProject($id: ID!, $version: Int!) {\n    deleteProject(id: $id, version: $version)\n  }\n": types.DeleteProjectDocument,
    "\n  mutation SetProjectTeam($projectId: ID!, $version: Int!, $members: [ProjectTeamMemberInput!]!) {\n    setProjectTeam(projectId: $projectId, version: $version, members: $members) {\n      id\n      version\n      ...ProjectTeamSection_project\n    }\n  }\n": types.SetProjectTeamDocument,
    "\n  query ProjectRecords($id: ID!) {\n    project(id: $id) {\n      id\n      ...StatusReportsSection_records\n      ...ArtefactsSection_records\n    }\n  }\n": types.ProjectRecordsDocument,
    "\n  mutation FileStatusReport($input: StatusReportInput!) {\n    fileStatusReport(input: $input) {\n      id\n      ...StatusReportsSection_report\n    }\n  }\n": types.FileStatusReportDocument,
    "\n  mutation SaveBusinessCase($projectId: ID!, $version: Int!, $lines: [BusinessCaseLineInput!]!) {\n    saveBusinessCase(projectId: $projectId, version: $version, lines: $lines) {\n      id\n      ...BusinessCaseEditor_line\n    }\n  }\n": types.SaveBusinessCaseDocument,
    "\n  mutation SaveProjectArtefact($input: ArtefactInput!) {\n    saveProjectArtefact(input: $input) {\n      id\n      version\n      ...ArtefactsSection_artefact\n    }\n  }\n": types.SaveProjectArtefactDocument,
    "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      id\n      version\n      name\n      description\n      ...GatePanel_project\n      ...ArtefactsSection_project\n      ...ProjectFacts_project\n      ...StatusReportsSection_project\n      ...BusinessCaseEditor_project\n      ...ProjectHistory_project\n      ...ProjectActions_project\n      ...ProjectTeamSection_project\n      ...ProjectDependencies_project\n    }\n    projectPhases {\n      key\n      name\n      requiredArtefacts\n    }\n  }\n": types.ProjectDetailDocument,
    "\n  mutation PassGate($projectId: ID!, $toPhase: String!, $version: Int!) {\n    passGate(projectId: $projectId, toPhase: $toPhase, version: $version) {\n      id\n      version\n      ...GatePanel_project\n      ...ArtefactsSection_project\n      ...ProjectFacts_project\n      ...ProjectHistory_project\n    }\n  }\n": types.PassGateDocument,
    "\n  fragment ExternalReferenceRow on ExternalReference {\n    id\n    version\n    title\n    documentId\n    url\n  }\n": types.ExternalReferenceRowFragmentDoc,
    "\n  query ExternalReferences($subject: ReferenceSubject!, $subjectId: ID!) {\n    externalReferences(subject: $subject, subjectId: $subjectId) {\n      id\n      ...ExternalReferenceRow\n    }\n  }\n": types.ExternalReferencesDocument,
    "\n  mutation CreateExternalReference($input: ExternalReferenceCreateInput!) {\n    createExternalReference(input: $input) {\n      id\n      ...ExternalReferenceRow\n    }\n  }\n": types.CreateExternalReferenceDocument,
    "\n  mutation UpdateExternalReference($input: ExternalReferenceUpdateInput!) {\n    updateExternalReference(input: $input) {\n      id\n      ...ExternalReferenceRow\n    }\n  }\n": types.UpdateExternalReferenceDocument,
    "\n  mutation DeleteExternalReference($id: ID!, $version: Int!) {\n    deleteExternalReference(id: $id, version: $version)\n  }\n": types.DeleteExternalReferenceDocument,
    "\n  fragment AllocationsPanel_allocation on Allocation {\n    id\n    version\n    personId\n    projectId\n    competencyId\n    quarter\n    hoursPerWeek\n  }\n": types.AllocationsPanel_AllocationFragmentDoc,
    "\n  fragment AllocationsPanel_person on Person {\n    id\n    name\n    competencies {\n      id\n      name\n    }\n  }\n": types.AllocationsPanel_PersonFragmentDoc,
    "\n  fragment AllocationsPanel_competency on Competency {\n    id\n    name\n  }\n": types.AllocationsPanel_CompetencyFragmentDoc,
    "\n  fragment AllocationsPanel_project on Project {\n    id\n    name\n  }\n": types.AllocationsPanel_ProjectFragmentDoc,
    "\n  fragment CompetenciesPanel_competency on Competency {\n    id\n    version\n    name\n  }\n": types.CompetenciesPanel_CompetencyFragmentDoc,
    "\n  fragment DemandPanel_competency on Competency {\n    id\n    name\n  }\n": types.DemandPanel_CompetencyFragmentDoc,
    "\n  fragment DemandPanel_project on Project {\n    id\n    name\n  }\n": types.DemandPanel_ProjectFragmentDoc,
    "\n  fragment DemandPanel_demand on ResourceDemand {\n    id\n    competencyId\n    quarter\n    hoursPerWeek\n  }\n": types.DemandPanel_DemandFragmentDoc,
    "\n  fragment PeoplePanel_person on Person {\n    id\n    version\n    name\n    unitId\n    userId\n    weeklyCapacityHours\n    competencies {\n      id\n      name\n    }\n  }\n": types.PeoplePanel_PersonFragmentDoc,
    "\n  fragment PeoplePanel_competency on Competency {\n    id\n    name\n  }\n": types.PeoplePanel_CompetencyFragmentDoc,
    "\n  fragment PeoplePanel_unit on Unit {\n    id\n    name\n  }\n": types.PeoplePanel_UnitFragmentDoc,
    "\n  fragment ResourceHeatmap_cell on HeatmapCell {\n    groupId\n    groupName\n    quarter\n    allocatedHours\n    availableHours\n    ratio\n    status\n  }\n": types.ResourceHeatmap_CellFragmentDoc,
    "\n  query Resources {\n    contractToday\n    people {\n      id\n      ...PeoplePanel_person\n      ...AllocationsPanel_person\n    }\n    competencies {\n      id\n      ...CompetenciesPanel_competency\n      ...PeoplePanel_competency\n      ...AllocationsPanel_competency\n      ...DemandPanel_competency\n    }\n    units {\n      id\n      ...PeoplePanel_unit\n    }\n  }\n": types.ResourcesDocument,
    "\n  query ResourceAllocations($quarters: [String!]) {\n    allocations(quarters: $quarters) {\n      id\n      ...AllocationsPanel_allocation\n    }\n    projects(filter: { statuses: [PROPOSED, ACTIVE, ON_HOLD] }, limit: 500) {\n      items {\n        id\n        ...AllocationsPanel_project\n        ...DemandPanel_project\n      }\n    }\n  }\n": types.ResourceAllocationsDocument,
    "\n  query ProjectDemands($id: ID!) {\n    project(id: $id) {\n      id\n      demands {\n        id\n        ...DemandPanel_demand\n      }\n    }\n  }\n": types.ProjectDemandsDocument,
    "\n  mutation CreateCompetency($name: String!) {\n    createCompetency(name: $name) {\n      id\n      ...CompetenciesPanel_competency\n    }\n  }\n": types.CreateCompetencyDocument,
    "\n  mutation UpdateCompetency($id: ID!, $version: Int!, $name: String!) {\n    updateCompetency(id: $id, version: $version, name: $name) {\n      id\n      version\n      ...CompetenciesPanel_competency\n      ...PeoplePanel_competency\n      ...AllocationsPanel_competency\n      ...DemandPanel_competency\n    }\n  }\n": types.UpdateCompetencyDocument,
    "\n  mutation CreatePerson($input: PersonCreateInput!) {\n    createPerson(input: $input) {\n      id\n      ...PeoplePanel_person\n      ...AllocationsPanel_person\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: PersonUpdateInput!) {\n    updatePerson(input: $input) {\n      id\n      version\n      ...PeoplePanel_person\n      ...AllocationsPanel_person\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation DeletePerson($id: ID!, $version: Int!) {\n    deletePerson(id: $id, version: $version)\n  }\n": types.DeletePersonDocument,
    "\n  mutation CreateAllocation($input: AllocationInput!) {\n    createAllocation(input: $input) {\n      id\n      ...AllocationsPanel_allocation\n    }\n  }\n": types.CreateAllocationDocument,
    "\n  mutation UpdateAllocation($input: AllocationUpdateInput!) {\n    updateAllocation(input: $input) {\n      id\n      version\n      ...AllocationsPanel_allocation\n    }\n  }\n": types.UpdateAllocationDocument,
    "\n  mutation DeleteAllocation($id: ID!, $version: Int!) {\n    deleteAllocation(id: $id, version: $version)\n  }\n": types.DeleteAllocationDocument,
    "\n  mutation SetResourceDemand($input: ResourceDemandInput!) {\n    setResourceDemand(input: $input) {\n      id\n      ...DemandPanel_demand\n    }\n  }\n": types.SetResourceDemandDocument,
    "\n  query AllocationHeatmap {\n    allocationHeatmap {\n      quarters\n      byCompetency {\n        ...ResourceHeatmap_cell\n      }\n      byUnit {\n        ...ResourceHeatmap_cell\n      }\n    }\n  }\n": types.AllocationHeatmapDocument,
    "\n  query GlobalSearch($text: String!) {\n    search(text: $text) {\n      kind\n      id\n      name\n      detail\n    }\n  }\n": types.GlobalSearchDocument,
    "\n  fragment SupplierContacts_supplier on Supplier {\n    id\n    contacts {\n      id\n      version\n      name\n      role\n      email\n      phone\n    }\n  }\n": types.SupplierContacts_SupplierFragmentDoc,
    "\n  fragment SupplierNotes_supplier on Supplier {\n    id\n    notes {\n      notes\n      version\n    }\n  }\n": types.SupplierNotes_SupplierFragmentDoc,
    "\n  fragment SupplierRelations_supplier on Supplier {\n    id\n    systems {\n      id\n      name\n      usageId\n    }\n    contracts {\n      id\n      name\n      reference\n    }\n    dataSources {\n      id\n      name\n    }\n  }\n": types.SupplierRelations_SupplierFragmentDoc,
    "\n  fragment SuppliersTable_row on Supplier {\n    id\n    name\n    cvr\n    usageCount\n    contractCount\n  }\n": types.SuppliersTable_RowFragmentDoc,
    "\n  mutation CreateSupplierContact($input: SupplierContactCreateInput!) {\n    createSupplierContact(input: $input) {\n      id\n    }\n  }\n": types.CreateSupplierContactDocument,
    "\n  mutation UpdateSupplierContact($input: SupplierContactUpdateInput!) {\n    updateSupplierContact(input: $input) {\n      id\n      version\n      name\n      role\n      email\n      phone\n    }\n  }\n": types.UpdateSupplierContactDocument,
    "\n  mutation DeleteSupplierContact($id: ID!, $version: Int!) {\n    deleteSupplierContact(id: $id, version: $version)\n  }\n": types.DeleteSupplierContactDocument,
    "\n  mutation SaveSupplierNotes($input: SupplierNotesInput!) {\n    saveSupplierNotes(input: $input) {\n      notes\n      version\n    }\n  }\n": types.SaveSupplierNotesDocument,
    "\n  query SuppliersList($limit: Int!) {\n    suppliers(limit: $limit) {\n      totalCount\n      items {\n        id\n        ...SuppliersTable_row\n      }\n    }\n  }\n": types.SuppliersListDocument,
    "\n  fragment SupplierFields on Supplier {\n    id\n    version\n    name\n    cvr\n    ownerOrganisationId\n  }\n": types.SupplierFieldsFragmentDoc,
    "\n  query SupplierDetail($id: ID!) {\n    supplier(id: $id) {\n      id\n      ...SupplierFields\n      ...SupplierRelations_supplier\n      ...SupplierContacts_supplier\n      ...SupplierNotes_supplier\n    }\n  }\n": types.SupplierDetailDocument,
    "\n  mutation CreateSupplier($input: SupplierInput!) {\n    createSupplier(input: $input) {\n      id\n      ...SupplierFields\n    }\n  }\n": types.CreateSupplierDocument,
    "\n  mutation UpdateSupplier($input: SupplierUpdateInput!) {\n    updateSupplier(input: $input) {\n      id\n      ...SupplierFields\n    }\n  }\n": types.UpdateSupplierDocument,
    "\n  mutation DeleteSupplier($id: ID!, $version: Int!) {\n    deleteSupplier(id: $id, version: $version)\n  }\n": types.DeleteSupplierDocument,
    "\n  fragment CatalogueEntry_system on ItSystem {\n    id\n    name\n    formerName\n    description\n    businessType\n    canEdit\n    supplier {\n      id\n      name\n    }\n    parentSystem {\n      id\n      name\n    }\n    childSystems {\n      id\n      name\n    }\n  }\n": types.CatalogueEntry_SystemFragmentDoc,
    "\n  fragment CatalogueEntry_usage on SystemUsage {\n    id\n    system {\n      id\n      ...CatalogueEntry_system\n      ...CatalogueEntryForm_system\n    }\n  }\n": types.CatalogueEntry_UsageFragmentDoc,
    "\n  fragment CatalogueEntryForm_system on ItSystem {\n    id\n    version\n    name\n    formerName\n    description\n    businessType\n    supplierId\n    parentSystem {\n      id\n      name\n    }\n  }\n": types.CatalogueEntryForm_SystemFragmentDoc,
    "\n  fragment EditDataSourceEdgeForm_edge on UsageDataSource {\n    id\n    version\n    dataSourceId\n    dataSourceName\n    purpose\n    access\n    volume\n    switchingCost\n    channel\n    yearlyCost\n    authoritative\n    plannedTargetSourceId\n    plannedSwitchDate\n    dataTypes\n    registerFamilies\n  }\n": types.EditDataSourceEdgeForm_EdgeFragmentDoc,
    "\n  fragment EditIntegrationForm_integration on Integration {\n    id\n    version\n    interfaceId\n    contractId\n    data\n    direction\n    frequency\n    migrationMonths\n    dataTypes\n    registerFamilies\n    interfaceDataTypes\n    interfaceRegisterFamilies\n  }\n": types.EditIntegrationForm_IntegrationFragmentDoc,
    "\n  fragment SystemEdgeEditor_usage on SystemUsage {\n    id\n    version\n    dataSources {\n      id\n      version\n      dataSourceName\n      ...EditDataSourceEdgeForm_edge\n    }\n    integrationsOut {\n      id\n      version\n      toUsageName\n      ...EditIntegrationForm_integration\n    }\n    integrationsIn {\n      id\n      version\n      fromUsageName\n      ...EditIntegrationForm_integration\n    }\n  }\n": types.SystemEdgeEditor_UsageFragmentDoc,
    "\n  fragment SystemEditForm_usage on SystemUsage {\n    id\n    version\n    localName\n    lifecycle\n    owner {\n      id\n    }\n    custodian {\n      id\n    }\n    responsibleUnit {\n      id\n    }\n    inUseFrom\n    inUseUntil\n    userCount\n    migrationMonths\n    capabilityIds\n    infrastructure {\n      id\n    }\n    hosting\n    taskAreas\n    usesServicePlatform\n    usesSupportSystems\n    standardsMet\n    switchingCost\n    architectureFitNote\n    asIs\n    toBe\n    workflows\n  }\n": types.SystemEditForm_UsageFragmentDoc,
    "\n  fragment SystemFacts_usage on SystemUsage {\n    id\n    version\n    system {\n      id\n      name\n    }\n    lifecycle\n    owner {\n      id\n      name\n    }\n    ownerPerson {\n      id\n      name\n    }\n    custodian {\n      id\n      name\n    }\n    responsibleUnit {\n      id\n      name\n    }\n    inUseFrom\n    inUseUntil\n    hosting\n    infrastructure {\n      id\n      name\n    }\n    userCount\n    capabilities\n    taskAreas\n    usesServicePlatform\n    usesSupportSystems\n    standardsMet\n    architectureFitNote\n    asIs\n    toBe\n    yearlyCost\n    dataYearlyCost\n  }\n": types.SystemFacts_UsageFragmentDoc,
    "\n  fragment SystemRelations_dataSource on UsageDataSource {\n    id\n    version\n    dataSourceId\n    dataSourceName\n    dataSourceKind\n    channel\n    access\n    yearlyCost\n    authoritative\n  }\n": types.SystemRelations_DataSourceFragmentDoc,
    "\n  fragment SystemRelations_integration on Integration {\n    id\n    version\n    fromUsageId\n    fromUsageName\n    toUsageId\n    toUsageName\n    interfaceId\n    interfaceName\n    data\n    direction\n  }\n": types.SystemRelations_IntegrationFragmentDoc,
    "\n  fragment SystemRelations_usage on SystemUsage {\n    id\n    version\n    dataSources {\n      id\n      ...SystemRelations_dataSource\n    }\n    integrationsOut {\n      id\n      ...SystemRelations_integration\n    }\n    integrationsIn {\n      id\n      ...SystemRelations_integration\n    }\n    coveringContracts {\n      id\n      name\n      validity\n      effectiveEnd\n      noticeDate\n    }\n    projects {\n      id\n      name\n    }\n    lifecycleConflicts {\n      dependencyId\n      dependencyName\n      dependencyKind\n      reason\n      dependencyEnd\n    }\n  }\n": types.SystemRelations_UsageFragmentDoc,
    "\n  fragment SystemUsedElsewhere_usage on SystemUsage {\n    id\n    usedElsewhere {\n      lifecycle\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.SystemUsedElsewhere_UsageFragmentDoc,
    "\n  fragment SystemWorkflows_usage on SystemUsage {\n    id\n    version\n    workflows\n  }\n": types.SystemWorkflows_UsageFragmentDoc,
    "\n  fragment SystemsTable_row on SystemUsage {\n    id\n    version\n    name\n    lifecycle\n    hosting\n    userCount\n    capabilities\n    taskAreas\n    inUseUntil\n    yearlyCost\n    dataYearlyCost\n    responsibleUnit {\n      id\n      name\n    }\n    supplier {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    coveringContracts {\n      id\n      effectiveEnd\n    }\n    lifecycleConflicts {\n      dependencyId\n    }\n    system {\n      id\n      businessType\n    }\n  }\n": types.SystemsTable_RowFragmentDoc,
    "\n  query CatalogueEntryOptions {\n    suppliers(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.CatalogueEntryOptionsDocument,
    "\n  mutation UpdateItSystem($input: ItSystemUpdateInput!) {\n    updateItSystem(input: $input) {\n      id\n      ...CatalogueEntry_system\n      ...CatalogueEntryForm_system\n    }\n  }\n": types.UpdateItSystemDocument,
    "\n  query CatalogueSearch($search: String) {\n    itSystems(search: $search, limit: 50) {\n      items {\n        id\n        name\n        category\n      }\n    }\n  }\n": types.CatalogueSearchDocument,
    "\n  mutation CreateItSystem($input: ItSystemInput!) {\n    createItSystem(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateItSystemDocument,
    "\n  mutation CreateSystemUsage($input: SystemUsageCreateInput!) {\n    createSystemUsage(input: $input) {\n      id\n    }\n  }\n": types.CreateSystemUsageDocument,
    "\n  mutation UpdateUsageDataSource($input: UsageDataSourceUpdateInput!) {\n    updateUsageDataSource(input: $input) {\n      id\n      version\n      ...SystemRelations_dataSource\n      ...EditDataSourceEdgeForm_edge\n    }\n  }\n": types.UpdateUsageDataSourceDocument,
    "\n  mutation UpdateIntegration($input: IntegrationUpdateInput!) {\n    updateIntegration(input: $input) {\n      id\n      version\n      ...SystemRelations_integration\n      ...EditIntegrationForm_integration\n    }\n  }\n": types.UpdateIntegrationDocument,
    "\n  query SystemsTable($offset: Int!, $limit: Int!) {\n    systemUsages(offset: $offset, limit: $limit, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...SystemsTable_row\n      }\n    }\n  }\n": types.SystemsTableDocument,
    "\n  query SystemDetail($id: ID!) {\n    systemUsage(id: $id) {\n      id\n      version\n      name\n      ownerUserId\n      custodianUserId\n      responsibleUnitId\n      system {\n        id\n        description\n      }\n      ...SystemFacts_usage\n      ...CatalogueEntry_usage\n      ...SystemRelations_usage\n      ...SystemEdgeEditor_usage\n      ...SystemWorkflows_usage\n      ...SystemEditForm_usage\n      ...SystemUsedElsewhere_usage\n    }\n  }\n": types.SystemDetailDocument,
    "\n  query SystemEditOptions {\n    units {\n      id\n      name\n    }\n    infrastructureComponents(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n    capabilities {\n      id\n      parentId\n      name\n      archived\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.SystemEditOptionsDocument,
    "\n  mutation UpdateSystemUsage($input: SystemUsageUpdateInput!) {\n    updateSystemUsage(input: $input) {\n      id\n      version\n      name\n      ...SystemsTable_row\n      ...SystemFacts_usage\n      ...SystemRelations_usage\n      ...SystemWorkflows_usage\n      ...SystemEditForm_usage\n    }\n  }\n": types.UpdateSystemUsageDocument,
    "\n  query EdgeOptions {\n    dataSources(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n    systemUsages(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n    interfaces(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n    contracts(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.EdgeOptionsDocument,
    "\n  mutation CreateUsageDataSource($input: UsageDataSourceCreateInput!) {\n    createUsageDataSource(input: $input) {\n      id\n    }\n  }\n": types.CreateUsageDataSourceDocument,
    "\n  mutation DeleteUsageDataSource($id: ID!, $version: Int!) {\n    deleteUsageDataSource(id: $id, version: $version)\n  }\n": types.DeleteUsageDataSourceDocument,
    "\n  mutation CreateIntegration($input: IntegrationCreateInput!) {\n    createIntegration(input: $input) {\n      id\n    }\n  }\n": types.CreateIntegrationDocument,
    "\n  mutation DeleteIntegration($id: ID!, $version: Int!) {\n    deleteIntegration(id: $id, version: $version)\n  }\n": types.DeleteIntegrationDocument,
    "\n  mutation DeleteSystemUsage($id: ID!, $version: Int!) {\n    deleteSystemUsage(id: $id, version: $version)\n  }\n": types.DeleteSystemUsageDocument,
    "\n  query UsageEditPolicy {\n    usageEditPolicy {\n      viewerUnitId\n      systemOwnersEditUnitUsages\n      units {\n        id\n        parentId\n      }\n    }\n  }\n": types.UsageEditPolicyDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": types.SignInDocument,
    "\n  fragment SavedViewsControl_view on SavedView {\n    id\n    version\n    name\n    config\n    organisationDefault\n    editable\n  }\n": types.SavedViewsControl_ViewFragmentDoc,
    "\n  query SavedViews($tableKey: String!) {\n    savedViews(tableKey: $tableKey) {\n      id\n      ...SavedViewsControl_view\n    }\n  }\n": types.SavedViewsDocument,
    "\n  mutation SaveView($input: SavedViewInput!) {\n    saveView(input: $input) {\n      id\n    }\n  }\n": types.SaveViewDocument,
    "\n  mutation UpdateSavedView($input: SavedViewUpdateInput!) {\n    updateSavedView(input: $input) {\n      id\n      version\n      ...SavedViewsControl_view\n    }\n  }\n": types.UpdateSavedViewDocument,
    "\n  mutation DeleteSavedView($id: ID!, $version: Int!) {\n    deleteSavedView(id: $id, version: $version)\n  }\n": types.DeleteSavedViewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      locale\n      installationAdmin\n      memberships {\n        roles\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      locale\n      installationAdmin\n      memberships {\n        roles\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLocale($locale: String!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetLocale($locale: String!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Today {\n    contractToday\n  }\n"): (typeof documents)["\n  query Today {\n    contractToday\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    signInOptions {\n      id\n      name\n      startUrl\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    signInOptions {\n      id\n      name\n      startUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneTimeLink($token: String!) {\n    oneTimeLink(token: $token) {\n      purpose\n      email\n      name\n      organisationName\n    }\n  }\n"): (typeof documents)["\n  query OneTimeLink($token: String!) {\n    oneTimeLink(token: $token) {\n      purpose\n      email\n      name\n      organisationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $input: AcceptInvitationInput!) {\n    acceptInvitation(token: $token, input: $input)\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $input: AcceptInvitationInput!) {\n    acceptInvitation(token: $token, input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CapabilityDialog_capability on Capability {\n    id\n    version\n    name\n    parentId\n    archived\n  }\n"): (typeof documents)["\n  fragment CapabilityDialog_capability on Capability {\n    id\n    version\n    name\n    parentId\n    archived\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CollaborationsPanel_collaboration on Collaboration {\n    id\n    name\n    purpose\n    members {\n      shares\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CollaborationsPanel_collaboration on Collaboration {\n    id\n    name\n    purpose\n    members {\n      shares\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstallationOrganisations {\n    installationOrganisations {\n      id\n      name\n      cvr\n      type\n      memberCount\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query InstallationOrganisations {\n    installationOrganisations {\n      id\n      name\n      cvr\n      type\n      memberCount\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRolesEditor_member on Member {\n    id\n    version\n    roles\n    user {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MemberRolesEditor_member on Member {\n    id\n    version\n    roles\n    user {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitCreateForm_unit on Unit {\n    id\n    version\n    name\n    parentId\n  }\n"): (typeof documents)["\n  fragment UnitCreateForm_unit on Unit {\n    id\n    version\n    name\n    parentId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitTable_unit on Unit {\n    id\n    version\n    name\n    code\n    parentId\n  }\n"): (typeof documents)["\n  fragment UnitTable_unit on Unit {\n    id\n    version\n    name\n    code\n    parentId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMembers {\n    members {\n      id\n      version\n      roles\n      status\n      unitId\n      unit {\n        id\n        name\n      }\n      user {\n        id\n        name\n        email\n      }\n      ...MemberRolesEditor_member\n    }\n  }\n"): (typeof documents)["\n  query AdminMembers {\n    members {\n      id\n      version\n      roles\n      status\n      unitId\n      unit {\n        id\n        name\n      }\n      user {\n        id\n        name\n        email\n      }\n      ...MemberRolesEditor_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberUnitOptions {\n    units {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MemberUnitOptions {\n    units {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberUnit($id: ID!, $version: Int!, $unitId: ID) {\n    setMemberUnit(id: $id, version: $version, unitId: $unitId) {\n      id\n      version\n      unitId\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberUnit($id: ID!, $version: Int!, $unitId: ID) {\n    setMemberUnit(id: $id, version: $version, unitId: $unitId) {\n      id\n      version\n      unitId\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      emailed\n      inviteLink\n      member {\n        id\n        status\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      emailed\n      inviteLink\n      member {\n        id\n        status\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($id: ID!, $version: Int!) {\n    deactivateMember(id: $id, version: $version) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateMember($id: ID!, $version: Int!) {\n    deactivateMember(id: $id, version: $version) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($id: ID!, $version: Int!) {\n    reactivateMember(id: $id, version: $version) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateMember($id: ID!, $version: Int!) {\n    reactivateMember(id: $id, version: $version) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      emailed\n      inviteLink\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      emailed\n      inviteLink\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRoles($id: ID!, $version: Int!, $roles: [Role!]!) {\n    setMemberRoles(id: $id, version: $version, roles: $roles) {\n      id\n      version\n      roles\n      ...MemberRolesEditor_member\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberRoles($id: ID!, $version: Int!, $roles: [Role!]!) {\n    setMemberRoles(id: $id, version: $version, roles: $roles) {\n      id\n      version\n      roles\n      ...MemberRolesEditor_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUnits {\n    units {\n      id\n      ...UnitTable_unit\n      ...UnitCreateForm_unit\n    }\n  }\n"): (typeof documents)["\n  query AdminUnits {\n    units {\n      id\n      ...UnitTable_unit\n      ...UnitCreateForm_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: UnitCreateInput!) {\n    createUnit(input: $input) {\n      id\n      version\n      name\n      ...UnitTable_unit\n      ...UnitCreateForm_unit\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: UnitCreateInput!) {\n    createUnit(input: $input) {\n      id\n      version\n      name\n      ...UnitTable_unit\n      ...UnitCreateForm_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($input: UnitUpdateInput!) {\n    updateUnit(input: $input) {\n      id\n      version\n      name\n      ...UnitTable_unit\n      ...UnitCreateForm_unit\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($input: UnitUpdateInput!) {\n    updateUnit(input: $input) {\n      id\n      version\n      name\n      ...UnitTable_unit\n      ...UnitCreateForm_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUnit($id: ID!, $version: Int!) {\n    deleteUnit(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteUnit($id: ID!, $version: Int!) {\n    deleteUnit(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCollaborations {\n    collaborations {\n      id\n      ...CollaborationsPanel_collaboration\n    }\n  }\n"): (typeof documents)["\n  query AdminCollaborations {\n    collaborations {\n      id\n      ...CollaborationsPanel_collaboration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokensPanel_token on ApiToken {\n    id\n    name\n    scope\n    createdByName\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokensPanel_token on ApiToken {\n    id\n    name\n    scope\n    createdByName\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      ...ApiTokensPanel_token\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      id\n      ...ApiTokensPanel_token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        ...ApiTokensPanel_token\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        ...ApiTokensPanel_token\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      ...ApiTokensPanel_token\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      ...ApiTokensPanel_token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilterInput, $offset: Int, $limit: Int) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      totalCount\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        authorName\n        changes {\n          field\n          kind\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilterInput, $offset: Int, $limit: Int) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      totalCount\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        authorName\n        changes {\n          field\n          kind\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogFilterOptions {\n    auditLogEntityTypes\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogFilterOptions {\n    auditLogEntityTypes\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCapabilities {\n    capabilities {\n      id\n      parentId\n      name\n      kitosBusinessType\n      archived\n      usageCount\n      version\n      ...CapabilityDialog_capability\n    }\n  }\n"): (typeof documents)["\n  query AdminCapabilities {\n    capabilities {\n      id\n      parentId\n      name\n      kitosBusinessType\n      archived\n      usageCount\n      version\n      ...CapabilityDialog_capability\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCapability($input: CapabilityCreateInput!) {\n    createCapability(input: $input) {\n      id\n      version\n      name\n      ...CapabilityDialog_capability\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCapability($input: CapabilityCreateInput!) {\n    createCapability(input: $input) {\n      id\n      version\n      name\n      ...CapabilityDialog_capability\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameCapability($input: CapabilityRenameInput!) {\n    renameCapability(input: $input) {\n      id\n      version\n      ...CapabilityDialog_capability\n    }\n  }\n"): (typeof documents)["\n  mutation RenameCapability($input: CapabilityRenameInput!) {\n    renameCapability(input: $input) {\n      id\n      version\n      ...CapabilityDialog_capability\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveCapability($input: CapabilityMoveInput!) {\n    moveCapability(input: $input) {\n      id\n      version\n      ...CapabilityDialog_capability\n    }\n  }\n"): (typeof documents)["\n  mutation MoveCapability($input: CapabilityMoveInput!) {\n    moveCapability(input: $input) {\n      id\n      version\n      ...CapabilityDialog_capability\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCapabilityArchived($id: ID!, $version: Int!, $archived: Boolean!) {\n    setCapabilityArchived(id: $id, version: $version, archived: $archived) {\n      id\n      version\n      ...CapabilityDialog_capability\n    }\n  }\n"): (typeof documents)["\n  mutation SetCapabilityArchived($id: ID!, $version: Int!, $archived: Boolean!) {\n    setCapabilityArchived(id: $id, version: $version, archived: $archived) {\n      id\n      version\n      ...CapabilityDialog_capability\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Responsibilities($userId: ID!) {\n    responsibilities(userId: $userId) {\n      kind\n      role\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  query Responsibilities($userId: ID!) {\n    responsibilities(userId: $userId) {\n      kind\n      role\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandOverResponsibilities($input: HandOverInput!) {\n    handOverResponsibilities(input: $input)\n  }\n"): (typeof documents)["\n  mutation HandOverResponsibilities($input: HandOverInput!) {\n    handOverResponsibilities(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SettingsForm_settings on OrganisationSettings {\n    id\n    version\n    name\n    cvr\n    alertHorizonMonths\n    migrationMonths\n    alertRecipients\n    defaultLocale\n    systemOwnersEditUnitUsages\n    procurementLeadMonths {\n      purchaseForm\n      months\n    }\n  }\n"): (typeof documents)["\n  fragment SettingsForm_settings on OrganisationSettings {\n    id\n    version\n    name\n    cvr\n    alertHorizonMonths\n    migrationMonths\n    alertRecipients\n    defaultLocale\n    systemOwnersEditUnitUsages\n    procurementLeadMonths {\n      purchaseForm\n      months\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationSettings {\n    organisationSettings {\n      id\n      ...SettingsForm_settings\n    }\n  }\n"): (typeof documents)["\n  query OrganisationSettings {\n    organisationSettings {\n      id\n      ...SettingsForm_settings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisationSettings($input: OrganisationSettingsInput!, $version: Int!) {\n    updateOrganisationSettings(input: $input, version: $version) {\n      id\n      ...SettingsForm_settings\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisationSettings($input: OrganisationSettingsInput!, $version: Int!) {\n    updateOrganisationSettings(input: $input, version: $version) {\n      id\n      ...SettingsForm_settings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OidcProviderForm_provider on SignInProvider {\n    id\n    version\n    kind\n    name\n    enabled\n    allowedDomains\n    roleClaim\n    roleMapping {\n      value\n      role\n    }\n    newUserRole\n    lastSignInAt\n    oidc {\n      issuer\n      clientId\n      hasClientSecret\n      callbackUrl\n    }\n  }\n"): (typeof documents)["\n  fragment OidcProviderForm_provider on SignInProvider {\n    id\n    version\n    kind\n    name\n    enabled\n    allowedDomains\n    roleClaim\n    roleMapping {\n      value\n      role\n    }\n    newUserRole\n    lastSignInAt\n    oidc {\n      issuer\n      clientId\n      hasClientSecret\n      callbackUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SamlProviderForm_provider on SignInProvider {\n    id\n    version\n    kind\n    name\n    enabled\n    allowedDomains\n    roleClaim\n    roleMapping {\n      value\n      role\n    }\n    newUserRole\n    saml {\n      entityId\n      ssoUrl\n      certificatesValidUntil\n      metadataXml\n      spEntityId\n      spMetadataUrl\n      acsUrl\n    }\n  }\n"): (typeof documents)["\n  fragment SamlProviderForm_provider on SignInProvider {\n    id\n    version\n    kind\n    name\n    enabled\n    allowedDomains\n    roleClaim\n    roleMapping {\n      value\n      role\n    }\n    newUserRole\n    saml {\n      entityId\n      ssoUrl\n      certificatesValidUntil\n      metadataXml\n      spEntityId\n      spMetadataUrl\n      acsUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInSettings {\n    signInProviders {\n      id\n      kind\n      ...OidcProviderForm_provider\n      ...SamlProviderForm_provider\n    }\n    passwordPolicy {\n      organisationId\n      passwordSignIn\n      canSwitchOff\n      version\n    }\n  }\n"): (typeof documents)["\n  query SignInSettings {\n    signInProviders {\n      id\n      kind\n      ...OidcProviderForm_provider\n      ...SamlProviderForm_provider\n    }\n    passwordPolicy {\n      organisationId\n      passwordSignIn\n      canSwitchOff\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSignInProvider($kind: SignInProviderKind!, $input: SignInProviderInput!) {\n    createSignInProvider(kind: $kind, input: $input) {\n      id\n      ...OidcProviderForm_provider\n      ...SamlProviderForm_provider\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSignInProvider($kind: SignInProviderKind!, $input: SignInProviderInput!) {\n    createSignInProvider(kind: $kind, input: $input) {\n      id\n      ...OidcProviderForm_provider\n      ...SamlProviderForm_provider\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSignInProvider($id: ID!, $version: Int!, $input: SignInProviderInput!) {\n    updateSignInProvider(id: $id, version: $version, input: $input) {\n      id\n      ...OidcProviderForm_provider\n      ...SamlProviderForm_provider\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSignInProvider($id: ID!, $version: Int!, $input: SignInProviderInput!) {\n    updateSignInProvider(id: $id, version: $version, input: $input) {\n      id\n      ...OidcProviderForm_provider\n      ...SamlProviderForm_provider\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSignInProviderEnabled($id: ID!, $version: Int!, $enabled: Boolean!) {\n    setSignInProviderEnabled(id: $id, version: $version, enabled: $enabled) {\n      id\n      ...OidcProviderForm_provider\n      ...SamlProviderForm_provider\n    }\n  }\n"): (typeof documents)["\n  mutation SetSignInProviderEnabled($id: ID!, $version: Int!, $enabled: Boolean!) {\n    setSignInProviderEnabled(id: $id, version: $version, enabled: $enabled) {\n      id\n      ...OidcProviderForm_provider\n      ...SamlProviderForm_provider\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSignInProvider($id: ID!, $version: Int!) {\n    deleteSignInProvider(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteSignInProvider($id: ID!, $version: Int!) {\n    deleteSignInProvider(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestOidcIssuer($issuer: String!) {\n    testOidcIssuer(issuer: $issuer)\n  }\n"): (typeof documents)["\n  mutation TestOidcIssuer($issuer: String!) {\n    testOidcIssuer(issuer: $issuer)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPasswordSignIn($enabled: Boolean!, $version: Int!) {\n    setPasswordSignIn(enabled: $enabled, version: $version) {\n      organisationId\n      passwordSignIn\n      canSwitchOff\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetPasswordSignIn($enabled: Boolean!, $version: Int!) {\n    setPasswordSignIn(enabled: $enabled, version: $version) {\n      organisationId\n      passwordSignIn\n      canSwitchOff\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectBenefitsSection_benefit on Benefit {\n    id\n    title\n    type\n    realisationPercent\n    varianceRag\n  }\n"): (typeof documents)["\n  fragment ProjectBenefitsSection_benefit on Benefit {\n    id\n    title\n    type\n    realisationPercent\n    varianceRag\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenefitFacts_benefit on Benefit {\n    id\n    version\n    description\n    type\n    cashable\n    baseline\n    target\n    unitOfMeasure\n    direction\n    dueDate\n    responsible {\n      id\n      name\n    }\n    accountable {\n      id\n      name\n    }\n    harvestingUnit {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    realisationPercent\n    varianceRag\n    realisedGainKr\n    verification {\n      verified\n      realisedOn\n      amount\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment BenefitFacts_benefit on Benefit {\n    id\n    version\n    description\n    type\n    cashable\n    baseline\n    target\n    unitOfMeasure\n    direction\n    dueDate\n    responsible {\n      id\n      name\n    }\n    accountable {\n      id\n      name\n    }\n    harvestingUnit {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    realisationPercent\n    varianceRag\n    realisedGainKr\n    verification {\n      verified\n      realisedOn\n      amount\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CashableSplit_total on BenefitDashboardRow {\n    qualitativeCount\n    cashable {\n      count\n      plannedKr\n      realisedKr\n    }\n    nonCashable {\n      count\n      plannedKr\n      realisedKr\n    }\n  }\n"): (typeof documents)["\n  fragment CashableSplit_total on BenefitDashboardRow {\n    qualitativeCount\n    cashable {\n      count\n      plannedKr\n      realisedKr\n    }\n    nonCashable {\n      count\n      plannedKr\n      realisedKr\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardKpis_dashboard on BenefitDashboard {\n    verifiedCount\n    total {\n      plannedKr\n      realisedKr\n      targetKr\n      realisationPercent\n      rag\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardKpis_dashboard on BenefitDashboard {\n    verifiedCount\n    total {\n      plannedKr\n      realisedKr\n      targetKr\n      realisationPercent\n      rag\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpGaps_gaps on BenefitFollowUpGaps {\n    projectsWithoutBenefits {\n      id\n      name\n    }\n    benefitsWithoutOwner {\n      id\n      title\n      projectName\n    }\n    benefitsWithoutMeasurements {\n      id\n      title\n      projectName\n    }\n    overdueBenefits {\n      id\n      title\n      projectName\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpGaps_gaps on BenefitFollowUpGaps {\n    projectsWithoutBenefits {\n      id\n      name\n    }\n    benefitsWithoutOwner {\n      id\n      title\n      projectName\n    }\n    benefitsWithoutMeasurements {\n      id\n      title\n      projectName\n    }\n    overdueBenefits {\n      id\n      title\n      projectName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupBenefits_benefit on Benefit {\n    id\n    title\n    type\n    realisationPercent\n    varianceRag\n    realisedGainKr\n    project {\n      id\n      name\n    }\n    verification {\n      verified\n    }\n    description\n    direction\n    baseline\n    target\n    unitOfMeasure\n    plannedGainKr\n    cashable\n    startDate\n    dueDate\n    responsible {\n      id\n      name\n    }\n    accountable {\n      id\n      name\n    }\n    harvestingUnit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment GroupBenefits_benefit on Benefit {\n    id\n    title\n    type\n    realisationPercent\n    varianceRag\n    realisedGainKr\n    project {\n      id\n      name\n    }\n    verification {\n      verified\n    }\n    description\n    direction\n    baseline\n    target\n    unitOfMeasure\n    plannedGainKr\n    cashable\n    startDate\n    dueDate\n    responsible {\n      id\n      name\n    }\n    accountable {\n      id\n      name\n    }\n    harvestingUnit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupSection_row on BenefitDashboardRow {\n    key\n    label\n    benefitCount\n    plannedKr\n    realisedKr\n    targetKr\n    realisationPercent\n    rag\n  }\n"): (typeof documents)["\n  fragment GroupSection_row on BenefitDashboardRow {\n    key\n    label\n    benefitCount\n    plannedKr\n    realisedKr\n    targetKr\n    realisationPercent\n    rag\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasurementHistory_benefit on Benefit {\n    id\n    version\n    unitOfMeasure\n    measurements {\n      id\n      measuredOn\n      value\n      comment\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment MeasurementHistory_benefit on Benefit {\n    id\n    version\n    unitOfMeasure\n    measurements {\n      id\n      measuredOn\n      value\n      comment\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlannedVsRealisedChart_point on BenefitSeriesPoint {\n    date\n    plannedKr\n    realisedKr\n  }\n"): (typeof documents)["\n  fragment PlannedVsRealisedChart_point on BenefitSeriesPoint {\n    date\n    plannedKr\n    realisedKr\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenefitActions_benefit on Benefit {\n    id\n    version\n    title\n    project {\n      id\n    }\n    measurements {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment BenefitActions_benefit on Benefit {\n    id\n    version\n    title\n    project {\n      id\n    }\n    measurements {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenefitForm_benefit on Benefit {\n    id\n    version\n    projectId\n    title\n    description\n    type\n    cashable\n    responsibleUserId\n    accountableUserId\n    harvestingUnitId\n    baseline\n    target\n    unitOfMeasure\n    direction\n    startDate\n    dueDate\n    verificationKind\n    verificationUsageId\n    verificationContractId\n    verificationEdgeId\n    profile {\n      date\n      plannedValue\n    }\n  }\n"): (typeof documents)["\n  fragment BenefitForm_benefit on Benefit {\n    id\n    version\n    projectId\n    title\n    description\n    type\n    cashable\n    responsibleUserId\n    accountableUserId\n    harvestingUnitId\n    baseline\n    target\n    unitOfMeasure\n    direction\n    startDate\n    dueDate\n    verificationKind\n    verificationUsageId\n    verificationContractId\n    verificationEdgeId\n    profile {\n      date\n      plannedValue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenefitEdit($id: ID!) {\n    benefit(id: $id) {\n      id\n      version\n      ...BenefitForm_benefit\n    }\n  }\n"): (typeof documents)["\n  query BenefitEdit($id: ID!) {\n    benefit(id: $id) {\n      id\n      version\n      ...BenefitForm_benefit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenefitProjectPeople($id: ID!) {\n    project(id: $id) {\n      id\n      leadUserId\n      ownerUserId\n    }\n  }\n"): (typeof documents)["\n  query BenefitProjectPeople($id: ID!) {\n    project(id: $id) {\n      id\n      leadUserId\n      ownerUserId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenefitFormOptions {\n    units {\n      id\n      name\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenefitFormOptions {\n    units {\n      id\n      name\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenefitUsageTargets {\n    systemUsages(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenefitUsageTargets {\n    systemUsages(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenefitContractTargets {\n    contracts(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenefitContractTargets {\n    contracts(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenefitCopyEdgeTargets {\n    copyRegisterExit {\n      rows {\n        edgeId\n        usageName\n        dataSourceName\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenefitCopyEdgeTargets {\n    copyRegisterExit {\n      rows {\n        edgeId\n        usageName\n        dataSourceName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBenefit($input: BenefitCreateInput!) {\n    createBenefit(input: $input) {\n      id\n      title\n      version\n      ...ProjectBenefitsSection_benefit\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBenefit($input: BenefitCreateInput!) {\n    createBenefit(input: $input) {\n      id\n      title\n      version\n      ...ProjectBenefitsSection_benefit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBenefit($input: BenefitUpdateInput!) {\n    updateBenefit(input: $input) {\n      id\n      version\n      title\n      unitOfMeasure\n      responsibleUserId\n      accountableUserId\n      realisationPercent\n      varianceRag\n      ...BenefitFacts_benefit\n      ...BenefitActions_benefit\n      ...MeasurementHistory_benefit\n      ...BenefitForm_benefit\n      ...ProjectBenefitsSection_benefit\n      ...GroupBenefits_benefit\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBenefit($input: BenefitUpdateInput!) {\n    updateBenefit(input: $input) {\n      id\n      version\n      title\n      unitOfMeasure\n      responsibleUserId\n      accountableUserId\n      realisationPercent\n      varianceRag\n      ...BenefitFacts_benefit\n      ...BenefitActions_benefit\n      ...MeasurementHistory_benefit\n      ...BenefitForm_benefit\n      ...ProjectBenefitsSection_benefit\n      ...GroupBenefits_benefit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBenefit($id: ID!, $version: Int!) {\n    deleteBenefit(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteBenefit($id: ID!, $version: Int!) {\n    deleteBenefit(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectBenefits($projectId: ID!) {\n    benefits(filter: { projectId: $projectId }, limit: 200, sort: { field: TITLE, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...ProjectBenefitsSection_benefit\n      }\n    }\n    project(id: $projectId) {\n      id\n      leadUserId\n      ownerUserId\n    }\n  }\n"): (typeof documents)["\n  query ProjectBenefits($projectId: ID!) {\n    benefits(filter: { projectId: $projectId }, limit: 200, sort: { field: TITLE, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...ProjectBenefitsSection_benefit\n      }\n    }\n    project(id: $projectId) {\n      id\n      leadUserId\n      ownerUserId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenefitMap($projectId: ID!) {\n    benefitMap(projectId: $projectId) {\n      id\n      ...BenefitMapSection_node\n      ...MapNodeDialog_node\n    }\n  }\n"): (typeof documents)["\n  query BenefitMap($projectId: ID!) {\n    benefitMap(projectId: $projectId) {\n      id\n      ...BenefitMapSection_node\n      ...MapNodeDialog_node\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBenefitMapNode($input: BenefitMapNodeInput!) {\n    createBenefitMapNode(input: $input) {\n      id\n      version\n      ...BenefitMapSection_node\n      ...MapNodeDialog_node\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBenefitMapNode($input: BenefitMapNodeInput!) {\n    createBenefitMapNode(input: $input) {\n      id\n      version\n      ...BenefitMapSection_node\n      ...MapNodeDialog_node\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBenefitMapNode($input: BenefitMapNodeUpdateInput!) {\n    updateBenefitMapNode(input: $input) {\n      id\n      version\n      ...BenefitMapSection_node\n      ...MapNodeDialog_node\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBenefitMapNode($input: BenefitMapNodeUpdateInput!) {\n    updateBenefitMapNode(input: $input) {\n      id\n      version\n      ...BenefitMapSection_node\n      ...MapNodeDialog_node\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBenefitMapNode($id: ID!, $version: Int!) {\n    deleteBenefitMapNode(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteBenefitMapNode($id: ID!, $version: Int!) {\n    deleteBenefitMapNode(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenefitDashboard($groupBy: BenefitGroupBy!) {\n    benefitDashboard(groupBy: $groupBy) {\n      asOf\n      groupBy\n      total {\n        benefitCount\n        ...CashableSplit_total\n      }\n      rows {\n        ...GroupSection_row\n      }\n      series {\n        ...PlannedVsRealisedChart_point\n      }\n      gaps {\n        projectsWithoutBenefits {\n          id\n          name\n        }\n        ...FollowUpGaps_gaps\n      }\n      ...DashboardKpis_dashboard\n    }\n  }\n"): (typeof documents)["\n  query BenefitDashboard($groupBy: BenefitGroupBy!) {\n    benefitDashboard(groupBy: $groupBy) {\n      asOf\n      groupBy\n      total {\n        benefitCount\n        ...CashableSplit_total\n      }\n      rows {\n        ...GroupSection_row\n      }\n      series {\n        ...PlannedVsRealisedChart_point\n      }\n      gaps {\n        projectsWithoutBenefits {\n          id\n          name\n        }\n        ...FollowUpGaps_gaps\n      }\n      ...DashboardKpis_dashboard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupBenefits($filter: BenefitFilter) {\n    benefits(filter: $filter, limit: 200, sort: { field: TITLE, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...GroupBenefits_benefit\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupBenefits($filter: BenefitFilter) {\n    benefits(filter: $filter, limit: 200, sort: { field: TITLE, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...GroupBenefits_benefit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenefitDetail($id: ID!) {\n    benefit(id: $id) {\n      id\n      version\n      title\n      unitOfMeasure\n      responsibleUserId\n      accountableUserId\n      project {\n        id\n      }\n      ...BenefitActions_benefit\n      ...BenefitFacts_benefit\n      ...MeasurementHistory_benefit\n    }\n  }\n"): (typeof documents)["\n  query BenefitDetail($id: ID!) {\n    benefit(id: $id) {\n      id\n      version\n      title\n      unitOfMeasure\n      responsibleUserId\n      accountableUserId\n      project {\n        id\n      }\n      ...BenefitActions_benefit\n      ...BenefitFacts_benefit\n      ...MeasurementHistory_benefit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeasurement($input: BenefitMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      version\n      realisationPercent\n      varianceRag\n      ...BenefitFacts_benefit\n      ...BenefitActions_benefit\n      ...MeasurementHistory_benefit\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMeasurement($input: BenefitMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      version\n      realisationPercent\n      varianceRag\n      ...BenefitFacts_benefit\n      ...BenefitActions_benefit\n      ...MeasurementHistory_benefit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenefitMapSection_node on BenefitMapNode {\n    id\n    version\n    kind\n    label\n    benefitId\n    targetId\n  }\n"): (typeof documents)["\n  fragment BenefitMapSection_node on BenefitMapNode {\n    id\n    version\n    kind\n    label\n    benefitId\n    targetId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapNodeDialog_node on BenefitMapNode {\n    id\n    version\n    kind\n    label\n    benefitId\n    targetId\n  }\n"): (typeof documents)["\n  fragment MapNodeDialog_node on BenefitMapNode {\n    id\n    version\n    kind\n    label\n    benefitId\n    targetId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractCoverage_contract on Contract {\n    id\n    version\n    coveredUsages {\n      id\n      name\n    }\n    integrations {\n      id\n      data\n      direction\n      fromUsageId\n      fromUsageName\n      toUsageId\n      toUsageName\n    }\n  }\n"): (typeof documents)["\n  fragment ContractCoverage_contract on Contract {\n    id\n    version\n    coveredUsages {\n      id\n      name\n    }\n    integrations {\n      id\n      data\n      direction\n      fromUsageId\n      fromUsageName\n      toUsageId\n      toUsageName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractEditForm_contract on Contract {\n    id\n    version\n    name\n    reference\n    contractType\n    template\n    purchaseForm\n    criticality\n    startDate\n    endDate\n    durationMonths\n    ongoing\n    irrevocableUntil\n    noticePeriodMonths\n    noticeRule\n    terminatedOn\n    retenderPlan\n    uptimePercent\n    availability\n    changeHandling\n    documentationDuties\n    invoiceRecipient\n    indexationPercent\n    supplierId\n    parentId\n    successorId\n    ownerUserId\n    managerUserId\n    options {\n      ordinal\n      months\n      exercisedOn\n    }\n    economyLines {\n      unitId\n      kind\n      amount\n      note\n    }\n    coveredUsages {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ContractEditForm_contract on Contract {\n    id\n    version\n    name\n    reference\n    contractType\n    template\n    purchaseForm\n    criticality\n    startDate\n    endDate\n    durationMonths\n    ongoing\n    irrevocableUntil\n    noticePeriodMonths\n    noticeRule\n    terminatedOn\n    retenderPlan\n    uptimePercent\n    availability\n    changeHandling\n    documentationDuties\n    invoiceRecipient\n    indexationPercent\n    supplierId\n    parentId\n    successorId\n    ownerUserId\n    managerUserId\n    options {\n      ordinal\n      months\n      exercisedOn\n    }\n    economyLines {\n      unitId\n      kind\n      amount\n      note\n    }\n    coveredUsages {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractFacts_contract on Contract {\n    id\n    version\n    reference\n    contractType\n    template\n    purchaseForm\n    criticality\n    startDate\n    endDate\n    durationMonths\n    ongoing\n    irrevocableUntil\n    noticePeriodMonths\n    noticeRule\n    terminatedOn\n    retenderPlan\n    uptimePercent\n    availability\n    changeHandling\n    documentationDuties\n    invoiceRecipient\n    indexationPercent\n    supplier {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    successor {\n      id\n      name\n    }\n    predecessors {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    manager {\n      id\n      name\n    }\n    options {\n      ordinal\n      months\n      exercisedOn\n    }\n    economyLines {\n      kind\n      amount\n      note\n    }\n    dates {\n      validity\n      currentEnd\n      effectiveEndWithOptions\n      remainingOptionMonths\n      latestNoticeDate\n      earliestTerminationDate\n      cappedByParent\n      issues\n      leadMonths\n      procurementLeadMonths\n      migration {\n        months\n        source\n        dependentName\n      }\n      windowClosed\n      retender {\n        decisionDate\n        daysLate\n      }\n      retenderWithOptions {\n        decisionDate\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ContractFacts_contract on Contract {\n    id\n    version\n    reference\n    contractType\n    template\n    purchaseForm\n    criticality\n    startDate\n    endDate\n    durationMonths\n    ongoing\n    irrevocableUntil\n    noticePeriodMonths\n    noticeRule\n    terminatedOn\n    retenderPlan\n    uptimePercent\n    availability\n    changeHandling\n    documentationDuties\n    invoiceRecipient\n    indexationPercent\n    supplier {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    successor {\n      id\n      name\n    }\n    predecessors {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    manager {\n      id\n      name\n    }\n    options {\n      ordinal\n      months\n      exercisedOn\n    }\n    economyLines {\n      kind\n      amount\n      note\n    }\n    dates {\n      validity\n      currentEnd\n      effectiveEndWithOptions\n      remainingOptionMonths\n      latestNoticeDate\n      earliestTerminationDate\n      cappedByParent\n      issues\n      leadMonths\n      procurementLeadMonths\n      migration {\n        months\n        source\n        dependentName\n      }\n      windowClosed\n      retender {\n        decisionDate\n        daysLate\n      }\n      retenderWithOptions {\n        decisionDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractTimeline_row on Contract {\n    id\n    version\n    name\n    startDate\n    supplier {\n      id\n      name\n    }\n    economyLines {\n      unitId\n    }\n    coveredUsages {\n      id\n      name\n    }\n    dates {\n      currentEnd\n      effectiveEndWithOptions\n      latestNoticeDate\n      retender {\n        decisionDate\n      }\n      retenderWithOptions {\n        decisionDate\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ContractTimeline_row on Contract {\n    id\n    version\n    name\n    startDate\n    supplier {\n      id\n      name\n    }\n    economyLines {\n      unitId\n    }\n    coveredUsages {\n      id\n      name\n    }\n    dates {\n      currentEnd\n      effectiveEndWithOptions\n      latestNoticeDate\n      retender {\n        decisionDate\n      }\n      retenderWithOptions {\n        decisionDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractTimeline_unit on Unit {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment ContractTimeline_unit on Unit {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractsTable_row on Contract {\n    id\n    version\n    name\n    criticality\n    purchaseForm\n    yearlyCost\n    supplier {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    dates {\n      validity\n      currentEnd\n      effectiveEndWithOptions\n      latestNoticeDate\n      windowClosed\n      retender {\n        decisionDate\n        daysLate\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ContractsTable_row on Contract {\n    id\n    version\n    name\n    criticality\n    purchaseForm\n    yearlyCost\n    supplier {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    dates {\n      validity\n      currentEnd\n      effectiveEndWithOptions\n      latestNoticeDate\n      windowClosed\n      retender {\n        decisionDate\n        daysLate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CostsByUnit_row on UnitCosts {\n    unitId\n    unitName\n    yearlyOperation\n    acquisition\n    other\n    contractCount\n  }\n"): (typeof documents)["\n  fragment CostsByUnit_row on UnitCosts {\n    unitId\n    unitName\n    yearlyOperation\n    acquisition\n    other\n    contractCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeleteContractButton_contract on Contract {\n    id\n    version\n    name\n  }\n"): (typeof documents)["\n  fragment DeleteContractButton_contract on Contract {\n    id\n    version\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceTable_invoice on Invoice {\n    id\n    number\n    invoiceDate\n    periodStart\n    periodEnd\n    amount\n    check {\n      expected\n      deviation\n      deviationPercent\n      flagged\n      tolerancePercent\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceTable_invoice on Invoice {\n    id\n    number\n    invoiceDate\n    periodStart\n    periodEnd\n    amount\n    check {\n      expected\n      deviation\n      deviationPercent\n      flagged\n      tolerancePercent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JointTenderView_candidate on JointTenderCandidate {\n    key\n    matchedOn\n    label\n    windowStart\n    windowEnd\n    contracts {\n      id\n      name\n      organisationName\n      supplierName\n      decisionDate\n      yearlyCost\n      priceHidden\n    }\n  }\n"): (typeof documents)["\n  fragment JointTenderView_candidate on JointTenderCandidate {\n    key\n    matchedOn\n    label\n    windowStart\n    windowEnd\n    contracts {\n      id\n      name\n      organisationName\n      supplierName\n      decisionDate\n      yearlyCost\n      priceHidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JointTenderView_plan on TenderPlan {\n    id\n    name\n    windowStart\n    windowEnd\n    participants {\n      organisationName\n    }\n  }\n"): (typeof documents)["\n  fragment JointTenderView_plan on TenderPlan {\n    id\n    name\n    windowStart\n    windowEnd\n    participants {\n      organisationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationCentre_notification on Notification {\n    id\n    kind\n    subjectType\n    subjectId\n    title\n    dueDate\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationCentre_notification on Notification {\n    id\n    kind\n    subjectType\n    subjectId\n    title\n    dueDate\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequirementChecklist_check on RequirementCheck {\n    id\n    fulfilled\n    note\n    version\n    requirement {\n      id\n      category\n      title\n      description\n    }\n  }\n"): (typeof documents)["\n  fragment RequirementChecklist_check on RequirementCheck {\n    id\n    fulfilled\n    note\n    version\n    requirement {\n      id\n      category\n      title\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StandardRequirementsPanel_requirement on StandardRequirement {\n    id\n    category\n    title\n    description\n    active\n    version\n  }\n"): (typeof documents)["\n  fragment StandardRequirementsPanel_requirement on StandardRequirement {\n    id\n    category\n    title\n    description\n    active\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractsOverview($limit: Int!, $filter: ContractFilter) {\n    contractToday\n    units {\n      id\n      ...ContractTimeline_unit\n    }\n    contracts(limit: $limit, filter: $filter, sort: { field: RETENDER_DECISION_DATE, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...ContractsTable_row\n        ...ContractTimeline_row\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractsOverview($limit: Int!, $filter: ContractFilter) {\n    contractToday\n    units {\n      id\n      ...ContractTimeline_unit\n    }\n    contracts(limit: $limit, filter: $filter, sort: { field: RETENDER_DECISION_DATE, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...ContractsTable_row\n        ...ContractTimeline_row\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractDetail($id: ID!) {\n    contractToday\n    contract(id: $id) {\n      id\n      version\n      name\n      ...ContractFacts_contract\n      ...ContractCoverage_contract\n      ...ContractEditForm_contract\n      ...DeleteContractButton_contract\n      invoices {\n        id\n        ...InvoiceTable_invoice\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractDetail($id: ID!) {\n    contractToday\n    contract(id: $id) {\n      id\n      version\n      name\n      ...ContractFacts_contract\n      ...ContractCoverage_contract\n      ...ContractEditForm_contract\n      ...DeleteContractButton_contract\n      invoices {\n        id\n        ...InvoiceTable_invoice\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContract($input: ContractCreateInput!) {\n    createContract(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContract($input: ContractCreateInput!) {\n    createContract(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContract($id: ID!, $version: Int!) {\n    deleteContract(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteContract($id: ID!, $version: Int!) {\n    deleteContract(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContract($input: ContractUpdateInput!) {\n    updateContract(input: $input) {\n      id\n      version\n      name\n      parentId\n      successorId\n      ...ContractFacts_contract\n      ...ContractCoverage_contract\n      ...ContractEditForm_contract\n      ...DeleteContractButton_contract\n      ...ContractsTable_row\n      ...ContractTimeline_row\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContract($input: ContractUpdateInput!) {\n    updateContract(input: $input) {\n      id\n      version\n      name\n      parentId\n      successorId\n      ...ContractFacts_contract\n      ...ContractCoverage_contract\n      ...ContractEditForm_contract\n      ...DeleteContractButton_contract\n      ...ContractsTable_row\n      ...ContractTimeline_row\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterInvoice($input: InvoiceInput!) {\n    registerInvoice(input: $input) {\n      id\n      number\n      check {\n        flagged\n        deviation\n      }\n      ...InvoiceTable_invoice\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterInvoice($input: InvoiceInput!) {\n    registerInvoice(input: $input) {\n      id\n      number\n      check {\n        flagged\n        deviation\n      }\n      ...InvoiceTable_invoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportInvoices($contractId: ID!, $csv: String!) {\n    importInvoicesCsv(contractId: $contractId, csv: $csv) {\n      imported {\n        id\n      }\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportInvoices($contractId: ID!, $csv: String!) {\n    importInvoicesCsv(contractId: $contractId, csv: $csv) {\n      imported {\n        id\n      }\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRetenderProposal($contractId: ID!) {\n    startRetenderProposal(contractId: $contractId) {\n      id\n      projectId\n      status\n      problem\n      asIs\n    }\n  }\n"): (typeof documents)["\n  mutation StartRetenderProposal($contractId: ID!) {\n    startRetenderProposal(contractId: $contractId) {\n      id\n      projectId\n      status\n      problem\n      asIs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointTenderCandidates($windowMonths: Int!, $limit: Int!) {\n    jointTenderCandidates(windowMonths: $windowMonths, limit: $limit) {\n      totalCount\n      items {\n        key\n        ...JointTenderView_candidate\n      }\n    }\n    tenderPlans {\n      id\n      ...JointTenderView_plan\n    }\n  }\n"): (typeof documents)["\n  query JointTenderCandidates($windowMonths: Int!, $limit: Int!) {\n    jointTenderCandidates(windowMonths: $windowMonths, limit: $limit) {\n      totalCount\n      items {\n        key\n        ...JointTenderView_candidate\n      }\n    }\n    tenderPlans {\n      id\n      ...JointTenderView_plan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenderPlan($input: TenderPlanFromCandidateInput!) {\n    createTenderPlan(input: $input) {\n      id\n      ...JointTenderView_plan\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenderPlan($input: TenderPlanFromCandidateInput!) {\n    createTenderPlan(input: $input) {\n      id\n      ...JointTenderView_plan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractFormChoices($limit: Int!) {\n    systemUsages(limit: $limit, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n    contracts(limit: $limit, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      items {\n        id\n        name\n        parentId\n        successorId\n      }\n    }\n    suppliers(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n    members {\n      user {\n        id\n        name\n      }\n    }\n    units {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ContractFormChoices($limit: Int!) {\n    systemUsages(limit: $limit, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n    contracts(limit: $limit, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      items {\n        id\n        name\n        parentId\n        successorId\n      }\n    }\n    suppliers(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n    members {\n      user {\n        id\n        name\n      }\n    }\n    units {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostsByUnit {\n    costsByUnit {\n      ...CostsByUnit_row\n    }\n  }\n"): (typeof documents)["\n  query CostsByUnit {\n    costsByUnit {\n      ...CostsByUnit_row\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications {\n      id\n      ...NotificationCentre_notification\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query Notifications {\n    notifications {\n      id\n      ...NotificationCentre_notification\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      ...NotificationCentre_notification\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      ...NotificationCentre_notification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SnoozeNotification($id: ID!, $until: DateTimeISO!) {\n    snoozeNotification(id: $id, until: $until) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SnoozeNotification($id: ID!, $until: DateTimeISO!) {\n    snoozeNotification(id: $id, until: $until) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardRequirements {\n    standardRequirements(includeInactive: true) {\n      id\n      ...StandardRequirementsPanel_requirement\n    }\n  }\n"): (typeof documents)["\n  query StandardRequirements {\n    standardRequirements(includeInactive: true) {\n      id\n      ...StandardRequirementsPanel_requirement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStandardRequirement($input: StandardRequirementInput!) {\n    createStandardRequirement(input: $input) {\n      id\n      ...StandardRequirementsPanel_requirement\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStandardRequirement($input: StandardRequirementInput!) {\n    createStandardRequirement(input: $input) {\n      id\n      ...StandardRequirementsPanel_requirement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStandardRequirement($input: StandardRequirementUpdateInput!) {\n    updateStandardRequirement(input: $input) {\n      id\n      ...StandardRequirementsPanel_requirement\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStandardRequirement($input: StandardRequirementUpdateInput!) {\n    updateStandardRequirement(input: $input) {\n      id\n      ...StandardRequirementsPanel_requirement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteStandardRequirement($id: ID!, $version: Int!) {\n    deleteStandardRequirement(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteStandardRequirement($id: ID!, $version: Int!) {\n    deleteStandardRequirement(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequirementChecklist($projectId: ID!) {\n    requirementChecklist(projectId: $projectId) {\n      id\n      ...RequirementChecklist_check\n    }\n  }\n"): (typeof documents)["\n  query RequirementChecklist($projectId: ID!) {\n    requirementChecklist(projectId: $projectId) {\n      id\n      ...RequirementChecklist_check\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRequirementChecklist($projectId: ID!) {\n    addRequirementChecklist(projectId: $projectId) {\n      id\n      ...RequirementChecklist_check\n    }\n  }\n"): (typeof documents)["\n  mutation AddRequirementChecklist($projectId: ID!) {\n    addRequirementChecklist(projectId: $projectId) {\n      id\n      ...RequirementChecklist_check\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRequirementCheck($input: RequirementCheckUpdateInput!) {\n    updateRequirementCheck(input: $input) {\n      id\n      ...RequirementChecklist_check\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRequirementCheck($input: RequirementCheckUpdateInput!) {\n    updateRequirementCheck(input: $input) {\n      id\n      ...RequirementChecklist_check\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataSourceAuthority_source on DataSource {\n    kind\n    profile {\n      authoritativeSource {\n        id\n        name\n      }\n      copies {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DataSourceAuthority_source on DataSource {\n    kind\n    profile {\n      authoritativeSource {\n        id\n        name\n      }\n      copies {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataSourceCost_source on DataSource {\n    costModel\n    profile {\n      yearlyCost\n      copyYearlyCost\n      exit {\n        totalYearlySaving\n        totalSwitchingCost\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DataSourceCost_source on DataSource {\n    costModel\n    profile {\n      yearlyCost\n      copyYearlyCost\n      exit {\n        totalYearlySaving\n        totalSwitchingCost\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataSourceExitPlan_source on DataSource {\n    lifecycle\n    endsOn\n    profile {\n      exit {\n        totalYearlySaving\n        totalSwitchingCost\n        rows {\n          edgeId\n          usageId\n          usageName\n          yearlyCost\n          switchingCost\n          alternative {\n            dataSourceId\n            name\n          }\n          contract {\n            id\n            name\n            effectiveEnd\n          }\n          recommendation\n          recommendedSwitchDate\n          plannedSwitchDate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DataSourceExitPlan_source on DataSource {\n    lifecycle\n    endsOn\n    profile {\n      exit {\n        totalYearlySaving\n        totalSwitchingCost\n        rows {\n          edgeId\n          usageId\n          usageName\n          yearlyCost\n          switchingCost\n          alternative {\n            dataSourceId\n            name\n          }\n          contract {\n            id\n            name\n            effectiveEnd\n          }\n          recommendation\n          recommendedSwitchDate\n          plannedSwitchDate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataSourceFacts_source on DataSource {\n    id\n    kind\n    registerFamily\n    defaultChannel\n    lifecycle\n    endsOn\n  }\n"): (typeof documents)["\n  fragment DataSourceFacts_source on DataSource {\n    id\n    kind\n    registerFamily\n    defaultChannel\n    lifecycle\n    endsOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataSourceForm_source on DataSource {\n    id\n    version\n    name\n    description\n    kind\n    registerFamily\n    copyOfId\n    defaultChannel\n    lifecycle\n    endsOn\n    costModel\n    supplierId\n  }\n"): (typeof documents)["\n  fragment DataSourceForm_source on DataSource {\n    id\n    version\n    name\n    description\n    kind\n    registerFamily\n    copyOfId\n    defaultChannel\n    lifecycle\n    endsOn\n    costModel\n    supplierId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataSourceReaders_profile on DataSourceProfileView {\n    readers {\n      edgeId\n      usageId\n      usageName\n      unitName\n      channel\n      access\n      purpose\n      yearlyCost\n      authoritative\n      plannedTargetSourceId\n      plannedTargetSourceName\n      plannedSwitchDate\n    }\n    byUnit {\n      unitId\n      unitName\n      readerCount\n      yearlyCost\n    }\n    byChannel {\n      channel\n      readerCount\n      yearlyCost\n    }\n    byPurpose {\n      purpose\n      readerCount\n      yearlyCost\n    }\n  }\n"): (typeof documents)["\n  fragment DataSourceReaders_profile on DataSourceProfileView {\n    readers {\n      edgeId\n      usageId\n      usageName\n      unitName\n      channel\n      access\n      purpose\n      yearlyCost\n      authoritative\n      plannedTargetSourceId\n      plannedTargetSourceName\n      plannedSwitchDate\n    }\n    byUnit {\n      unitId\n      unitName\n      readerCount\n      yearlyCost\n    }\n    byChannel {\n      channel\n      readerCount\n      yearlyCost\n    }\n    byPurpose {\n      purpose\n      readerCount\n      yearlyCost\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataSourceTouching_profile on DataSourceProfileView {\n    readers {\n      usageId\n      usageName\n    }\n    contracts {\n      id\n      name\n      effectiveEnd\n      noticeDate\n      usageIds\n    }\n    projects {\n      id\n      name\n      usageIds\n    }\n  }\n"): (typeof documents)["\n  fragment DataSourceTouching_profile on DataSourceProfileView {\n    readers {\n      usageId\n      usageName\n    }\n    contracts {\n      id\n      name\n      effectiveEnd\n      noticeDate\n      usageIds\n    }\n    projects {\n      id\n      name\n      usageIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataSourcesTable_row on DataSource {\n    id\n    version\n    name\n    kind\n    registerFamily\n    copyOfId\n    defaultChannel\n    lifecycle\n    endsOn\n    ownerOrganisationId\n    yearlyCost\n    uses {\n      id\n      usageId\n      usageName\n      channel\n      access\n      yearlyCost\n      authoritative\n    }\n  }\n"): (typeof documents)["\n  fragment DataSourcesTable_row on DataSource {\n    id\n    version\n    name\n    kind\n    registerFamily\n    copyOfId\n    defaultChannel\n    lifecycle\n    endsOn\n    ownerOrganisationId\n    yearlyCost\n    uses {\n      id\n      usageId\n      usageName\n      channel\n      access\n      yearlyCost\n      authoritative\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSourceDetail($id: ID!) {\n    dataSource(id: $id) {\n      id\n      name\n      description\n      ...DataSourceFacts_source\n      ...DataSourceCost_source\n      ...DataSourceAuthority_source\n      ...DataSourceExitPlan_source\n      profile {\n        ...DataSourceReaders_profile\n        ...DataSourceTouching_profile\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataSourceDetail($id: ID!) {\n    dataSource(id: $id) {\n      id\n      name\n      description\n      ...DataSourceFacts_source\n      ...DataSourceCost_source\n      ...DataSourceAuthority_source\n      ...DataSourceExitPlan_source\n      profile {\n        ...DataSourceReaders_profile\n        ...DataSourceTouching_profile\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDataSource($input: DataSourceCreateInput!) {\n    createDataSource(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDataSource($input: DataSourceCreateInput!) {\n    createDataSource(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDataSource($input: DataSourceUpdateInput!) {\n    updateDataSource(input: $input) {\n      id\n      version\n      ...DataSourcesTable_row\n      ...DataSourceForm_source\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDataSource($input: DataSourceUpdateInput!) {\n    updateDataSource(input: $input) {\n      id\n      version\n      ...DataSourcesTable_row\n      ...DataSourceForm_source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSourceSupplierOptions {\n    suppliers(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataSourceSupplierOptions {\n    suppliers(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSourcesTable($limit: Int!) {\n    dataSources(limit: $limit) {\n      totalCount\n      items {\n        id\n        name\n        ownerOrganisationId\n        ...DataSourcesTable_row\n        ...DataSourceForm_source\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataSourcesTable($limit: Int!) {\n    dataSources(limit: $limit) {\n      totalCount\n      items {\n        id\n        name\n        ownerOrganisationId\n        ...DataSourcesTable_row\n        ...DataSourceForm_source\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeHistory($entity: HistoryEntity!, $id: ID!) {\n    history(entity: $entity, id: $id) {\n      id\n      at\n      action\n      entityType\n      authorName\n      changes {\n        field\n        kind\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangeHistory($entity: HistoryEntity!, $id: ID!) {\n    history(entity: $entity, id: $id) {\n      id\n      at\n      action\n      entityType\n      authorName\n      changes {\n        field\n        kind\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportKitos($input: KitosImportInput!) {\n    importKitos(input: $input) {\n      kind\n      applied\n      created\n      updated\n      unchanged\n      errorCount\n      fields\n      columns {\n        column\n        title\n        target\n        note\n      }\n      lines {\n        row\n        name\n        status\n        changes\n        errors {\n          column\n          message\n        }\n        warnings {\n          column\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportKitos($input: KitosImportInput!) {\n    importKitos(input: $input) {\n      kind\n      applied\n      created\n      updated\n      unchanged\n      errorCount\n      fields\n      columns {\n        column\n        title\n        target\n        note\n      }\n      lines {\n        row\n        name\n        status\n        changes\n        errors {\n          column\n          message\n        }\n        warnings {\n          column\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitosAttributes($id: ID!) {\n    systemUsage(id: $id) {\n      id\n      kitosAttributes {\n        title\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitosAttributes($id: ID!) {\n    systemUsage(id: $id) {\n      id\n      kitosAttributes {\n        title\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KitosSyncRunFields on KitosSyncRun {\n    ok\n    created\n    updated\n    unchanged\n    errorCount\n    deleted\n    conflicts\n    message\n    problems\n  }\n"): (typeof documents)["\n  fragment KitosSyncRunFields on KitosSyncRun {\n    ok\n    created\n    updated\n    unchanged\n    errorCount\n    deleted\n    conflicts\n    message\n    problems\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitosConnection {\n    kitosConnection {\n      id\n      baseUrl\n      kitosOrganisationUuid\n      emailSet\n      passwordSet\n      nightly\n      lastRunAt\n      lastRun {\n        ...KitosSyncRunFields\n      }\n      version\n    }\n    kitosConflicts {\n      id\n      kind\n      kitosUuid\n      name\n      changes\n      overblikChangedAt\n    }\n  }\n"): (typeof documents)["\n  query KitosConnection {\n    kitosConnection {\n      id\n      baseUrl\n      kitosOrganisationUuid\n      emailSet\n      passwordSet\n      nightly\n      lastRunAt\n      lastRun {\n        ...KitosSyncRunFields\n      }\n      version\n    }\n    kitosConflicts {\n      id\n      kind\n      kitosUuid\n      name\n      changes\n      overblikChangedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveKitosConnection($input: KitosConnectionInput!) {\n    saveKitosConnection(input: $input) {\n      id\n      baseUrl\n      kitosOrganisationUuid\n      emailSet\n      passwordSet\n      nightly\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveKitosConnection($input: KitosConnectionInput!) {\n    saveKitosConnection(input: $input) {\n      id\n      baseUrl\n      kitosOrganisationUuid\n      emailSet\n      passwordSet\n      nightly\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncKitos {\n    syncKitos {\n      ...KitosSyncRunFields\n    }\n  }\n"): (typeof documents)["\n  mutation SyncKitos {\n    syncKitos {\n      ...KitosSyncRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveKitosConflict($id: ID!, $choice: KitosConflictChoice!) {\n    resolveKitosConflict(id: $id, choice: $choice)\n  }\n"): (typeof documents)["\n  mutation ResolveKitosConflict($id: ID!, $choice: KitosConflictChoice!) {\n    resolveKitosConflict(id: $id, choice: $choice)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterfaceFacts_entry on Interface {\n    id\n    version\n    providerSystemName\n    providerUsageId\n    protocol\n    dataDescription\n    dataTypes\n    registerFamilies\n    visibility\n    ownerOrganisationId\n  }\n"): (typeof documents)["\n  fragment InterfaceFacts_entry on Interface {\n    id\n    version\n    providerSystemName\n    providerUsageId\n    protocol\n    dataDescription\n    dataTypes\n    registerFamilies\n    visibility\n    ownerOrganisationId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterfaceForm_entry on Interface {\n    id\n    version\n    name\n    description\n    protocol\n    dataDescription\n    providerSystemId\n    providerSystemName\n    dataTypes\n    registerFamilies\n  }\n"): (typeof documents)["\n  fragment InterfaceForm_entry on Interface {\n    id\n    version\n    name\n    description\n    protocol\n    dataDescription\n    providerSystemId\n    providerSystemName\n    dataTypes\n    registerFamilies\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterfaceUsedBy_entry on Interface {\n    id\n    version\n    usedBy {\n      id\n      version\n      fromUsageId\n      fromUsageName\n      toUsageId\n      toUsageName\n      data\n      direction\n      frequency\n    }\n  }\n"): (typeof documents)["\n  fragment InterfaceUsedBy_entry on Interface {\n    id\n    version\n    usedBy {\n      id\n      version\n      fromUsageId\n      fromUsageName\n      toUsageId\n      toUsageName\n      data\n      direction\n      frequency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterfacesTable_row on Interface {\n    id\n    version\n    name\n    description\n    protocol\n    dataDescription\n    providerSystemName\n    providerUsageId\n    visibility\n    usedBy {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment InterfacesTable_row on Interface {\n    id\n    version\n    name\n    description\n    protocol\n    dataDescription\n    providerSystemName\n    providerUsageId\n    visibility\n    usedBy {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterfacesTable($limit: Int!) {\n    interfaces(limit: $limit) {\n      totalCount\n      items {\n        id\n        ...InterfacesTable_row\n      }\n    }\n  }\n"): (typeof documents)["\n  query InterfacesTable($limit: Int!) {\n    interfaces(limit: $limit) {\n      totalCount\n      items {\n        id\n        ...InterfacesTable_row\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterfaceDetail($id: ID!) {\n    interface(id: $id) {\n      id\n      version\n      name\n      description\n      ownerOrganisationId\n      ...InterfaceFacts_entry\n      ...InterfaceUsedBy_entry\n      ...InterfaceForm_entry\n    }\n  }\n"): (typeof documents)["\n  query InterfaceDetail($id: ID!) {\n    interface(id: $id) {\n      id\n      version\n      name\n      description\n      ownerOrganisationId\n      ...InterfaceFacts_entry\n      ...InterfaceUsedBy_entry\n      ...InterfaceForm_entry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInterface($input: InterfaceCreateInput!) {\n    createInterface(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInterface($input: InterfaceCreateInput!) {\n    createInterface(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInterface($input: InterfaceUpdateInput!) {\n    updateInterface(input: $input) {\n      id\n      version\n      name\n      description\n      ...InterfacesTable_row\n      ...InterfaceFacts_entry\n      ...InterfaceForm_entry\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInterface($input: InterfaceUpdateInput!) {\n    updateInterface(input: $input) {\n      id\n      version\n      name\n      description\n      ...InterfacesTable_row\n      ...InterfaceFacts_entry\n      ...InterfaceForm_entry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInterface($id: ID!, $version: Int!) {\n    deleteInterface(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteInterface($id: ID!, $version: Int!) {\n    deleteInterface(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderCatalogueSearch($search: String) {\n    itSystems(search: $search, limit: 50) {\n      items {\n        id\n        name\n        category\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProviderCatalogueSearch($search: String) {\n    itSystems(search: $search, limit: 50) {\n      items {\n        id\n        name\n        category\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AffectedUsagesTable_usage on AffectedUsageView {\n    usageId\n    name\n    certainty\n    depth\n    via\n    path\n    dataTypes\n    registerFamilies\n    unknownData\n  }\n"): (typeof documents)["\n  fragment AffectedUsagesTable_usage on AffectedUsageView {\n    usageId\n    name\n    certainty\n    depth\n    via\n    path\n    dataTypes\n    registerFamilies\n    unknownData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CapabilityOverlapCard_overlap on CapabilityOverlapView {\n    capabilityId\n    capability\n    combinedYearlyCost\n    usages {\n      usageId\n      name\n      yearlyCost\n    }\n    consolidations {\n      survivorUsageId\n      yearlySaving\n      migrationCost\n      fullSavingFrom\n      horizonEnd\n      netSaving\n      retired {\n        usageId\n        name\n        yearlyCost\n        migrationCost\n        savingFrom\n        savedWithinHorizon\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CapabilityOverlapCard_overlap on CapabilityOverlapView {\n    capabilityId\n    capability\n    combinedYearlyCost\n    usages {\n      usageId\n      name\n      yearlyCost\n    }\n    consolidations {\n      survivorUsageId\n      yearlySaving\n      migrationCost\n      fullSavingFrom\n      horizonEnd\n      netSaving\n      retired {\n        usageId\n        name\n        yearlyCost\n        migrationCost\n        savingFrom\n        savedWithinHorizon\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CopyRegisterExitView_plan on CopyRegisterExitView {\n    totalYearlySaving\n    totalSwitchingCost\n    rows {\n      edgeId\n      usageId\n      usageName\n      dataSourceId\n      dataSourceName\n      channel\n      yearlyCost\n      switchingCost\n      alternative {\n        dataSourceId\n        name\n        channel\n      }\n      contract {\n        name\n        effectiveEnd\n        noticeDate\n      }\n      recommendation\n      recommendedSwitchDate\n      plannedSwitchDate\n    }\n    ...ExitTimeline_plan\n  }\n"): (typeof documents)["\n  fragment CopyRegisterExitView_plan on CopyRegisterExitView {\n    totalYearlySaving\n    totalSwitchingCost\n    rows {\n      edgeId\n      usageId\n      usageName\n      dataSourceId\n      dataSourceName\n      channel\n      yearlyCost\n      switchingCost\n      alternative {\n        dataSourceId\n        name\n        channel\n      }\n      contract {\n        name\n        effectiveEnd\n        noticeDate\n      }\n      recommendation\n      recommendedSwitchDate\n      plannedSwitchDate\n    }\n    ...ExitTimeline_plan\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExitTimeline_plan on CopyRegisterExitView {\n    rows {\n      edgeId\n      usageName\n      dataSourceId\n      dataSourceName\n      alternative {\n        dataSourceId\n        name\n      }\n    }\n    timeline {\n      edgeId\n      switchDate\n      dateSource\n      yearlySaving\n    }\n  }\n"): (typeof documents)["\n  fragment ExitTimeline_plan on CopyRegisterExitView {\n    rows {\n      edgeId\n      usageName\n      dataSourceId\n      dataSourceName\n      alternative {\n        dataSourceId\n        name\n      }\n    }\n    timeline {\n      edgeId\n      switchDate\n      dateSource\n      yearlySaving\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImpactPanel_impact on ImpactAnalysisView {\n    targetId\n    certainCount\n    possibleCount\n    usages {\n      usageId\n      certainty\n      ...AffectedUsagesTable_usage\n    }\n    dataSources {\n      dataSourceId\n    }\n    units {\n      unitId\n      unitName\n      usageCount\n      possibleUsageCount\n    }\n    contracts {\n      contractId\n      name\n      effectiveEnd\n      noticeDate\n      usageIds\n      possibleUsageIds\n    }\n    projects {\n      projectId\n      name\n      usageIds\n      possibleUsageIds\n    }\n  }\n"): (typeof documents)["\n  fragment ImpactPanel_impact on ImpactAnalysisView {\n    targetId\n    certainCount\n    possibleCount\n    usages {\n      usageId\n      certainty\n      ...AffectedUsagesTable_usage\n    }\n    dataSources {\n      dataSourceId\n    }\n    units {\n      unitId\n      unitName\n      usageCount\n      possibleUsageCount\n    }\n    contracts {\n      contractId\n      name\n      effectiveEnd\n      noticeDate\n      usageIds\n      possibleUsageIds\n    }\n    projects {\n      projectId\n      name\n      usageIds\n      possibleUsageIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LandscapeGraphView_node on LandscapeNode {\n    id\n    kind\n    name\n    lifecycle\n    subKind\n    unitId\n    unitName\n    registerFamily\n    endsOn\n    yearlyCost\n    hasLifecycleConflict\n    taskAreas\n    contractStatus\n    ...NodePanel_node\n  }\n"): (typeof documents)["\n  fragment LandscapeGraphView_node on LandscapeNode {\n    id\n    kind\n    name\n    lifecycle\n    subKind\n    unitId\n    unitName\n    registerFamily\n    endsOn\n    yearlyCost\n    hasLifecycleConflict\n    taskAreas\n    contractStatus\n    ...NodePanel_node\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LandscapeGraphView_edge on LandscapeEdge {\n    id\n    kind\n    from\n    to\n    direction\n    channel\n    access\n    interfaceName\n    yearlyCost\n    authoritative\n    dataTypes\n    registerFamilies\n  }\n"): (typeof documents)["\n  fragment LandscapeGraphView_edge on LandscapeEdge {\n    id\n    kind\n    from\n    to\n    direction\n    channel\n    access\n    interfaceName\n    yearlyCost\n    authoritative\n    dataTypes\n    registerFamilies\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LandscapeTableView_node on LandscapeNode {\n    id\n    name\n    kind\n    subKind\n    lifecycle\n    unitName\n    yearlyCost\n    hasLifecycleConflict\n  }\n"): (typeof documents)["\n  fragment LandscapeTableView_node on LandscapeNode {\n    id\n    name\n    kind\n    subKind\n    lifecycle\n    unitName\n    yearlyCost\n    hasLifecycleConflict\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LandscapeTableView_edge on LandscapeEdge {\n    id\n    from\n    to\n    kind\n    channel\n    interfaceName\n    dataTypes\n    registerFamilies\n    direction\n    yearlyCost\n  }\n"): (typeof documents)["\n  fragment LandscapeTableView_edge on LandscapeEdge {\n    id\n    from\n    to\n    kind\n    channel\n    interfaceName\n    dataTypes\n    registerFamilies\n    direction\n    yearlyCost\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LifecycleConflictsView_conflict on LifecycleConflictView {\n    usageId\n    usageName\n    usageEnd\n    dependencyId\n    dependencyKind\n    dependencyName\n    reason\n    dependencyEnd\n  }\n"): (typeof documents)["\n  fragment LifecycleConflictsView_conflict on LifecycleConflictView {\n    usageId\n    usageName\n    usageEnd\n    dependencyId\n    dependencyKind\n    dependencyName\n    reason\n    dependencyEnd\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LifecycleSummary_node on LandscapeNode {\n    id\n    kind\n    lifecycle\n  }\n"): (typeof documents)["\n  fragment LifecycleSummary_node on LandscapeNode {\n    id\n    kind\n    lifecycle\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeighbourhoodView_neighbourhood on NeighbourhoodView {\n    rootId\n    truncated\n    nodes {\n      id\n      kind\n      name\n      lifecycle\n      subKind\n    }\n    edges {\n      id\n      kind\n      from\n      to\n      direction\n      channel\n      interfaceName\n    }\n  }\n"): (typeof documents)["\n  fragment NeighbourhoodView_neighbourhood on NeighbourhoodView {\n    rootId\n    truncated\n    nodes {\n      id\n      kind\n      name\n      lifecycle\n      subKind\n    }\n    edges {\n      id\n      kind\n      from\n      to\n      direction\n      channel\n      interfaceName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodePanel_node on LandscapeNode {\n    id\n    kind\n    subKind\n    name\n    lifecycle\n    unitName\n    endsOn\n    yearlyCost\n    hasLifecycleConflict\n  }\n"): (typeof documents)["\n  fragment NodePanel_node on LandscapeNode {\n    id\n    kind\n    subKind\n    name\n    lifecycle\n    unitName\n    endsOn\n    yearlyCost\n    hasLifecycleConflict\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodePanelUsageSupplier($id: ID!) {\n    systemUsage(id: $id) {\n      id\n      supplier {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodePanelUsageSupplier($id: ID!) {\n    systemUsage(id: $id) {\n      id\n      supplier {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodePanelDataSourceSupplier($id: ID!) {\n    dataSource(id: $id) {\n      id\n      supplier {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodePanelDataSourceSupplier($id: ID!) {\n    dataSource(id: $id) {\n      id\n      supplier {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverlapHistory_acceptance on OverlapAcceptance {\n    id\n    capabilityName\n    usageNames\n    reason\n    acceptedAt\n    reopenedAt\n    reopenReason\n    version\n  }\n"): (typeof documents)["\n  fragment OverlapHistory_acceptance on OverlapAcceptance {\n    id\n    capabilityName\n    usageNames\n    reason\n    acceptedAt\n    reopenedAt\n    reopenReason\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverlapView_analysis on OverlapAnalysisView {\n    horizonMonths\n    capabilities {\n      capabilityId\n      ...CapabilityOverlapCard_overlap\n    }\n    duplicateData {\n      dataSourceId\n      dataSourceName\n      sharedCapabilities\n      totalYearlyCost\n      duplicatedCost\n      buyers {\n        usageId\n        name\n        yearlyCost\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OverlapView_analysis on OverlapAnalysisView {\n    horizonMonths\n    capabilities {\n      capabilityId\n      ...CapabilityOverlapCard_overlap\n    }\n    duplicateData {\n      dataSourceId\n      dataSourceName\n      sharedCapabilities\n      totalYearlyCost\n      duplicatedCost\n      buyers {\n        usageId\n        name\n        yearlyCost\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LandscapeGraph {\n    landscapeGraph {\n      organisationId\n      nodes {\n        id\n        ...LifecycleSummary_node\n        ...LandscapeGraphView_node\n        ...LandscapeTableView_node\n      }\n      edges {\n        id\n        ...LandscapeGraphView_edge\n        ...LandscapeTableView_edge\n      }\n    }\n  }\n"): (typeof documents)["\n  query LandscapeGraph {\n    landscapeGraph {\n      organisationId\n      nodes {\n        id\n        ...LifecycleSummary_node\n        ...LandscapeGraphView_node\n        ...LandscapeTableView_node\n      }\n      edges {\n        id\n        ...LandscapeGraphView_edge\n        ...LandscapeTableView_edge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactAnalysis($kind: LandscapeNodeKind!, $id: ID!, $from: LocalDate) {\n    impactAnalysis(kind: $kind, id: $id, from: $from) {\n      ...ImpactPanel_impact\n    }\n  }\n"): (typeof documents)["\n  query ImpactAnalysis($kind: LandscapeNodeKind!, $id: ID!, $from: LocalDate) {\n    impactAnalysis(kind: $kind, id: $id, from: $from) {\n      ...ImpactPanel_impact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($rootId: ID!, $hops: Int!, $maxNodes: Int!) {\n    neighbourhood(rootId: $rootId, hops: $hops, maxNodes: $maxNodes) {\n      ...NeighbourhoodView_neighbourhood\n    }\n  }\n"): (typeof documents)["\n  query Neighbourhood($rootId: ID!, $hops: Int!, $maxNodes: Int!) {\n    neighbourhood(rootId: $rootId, hops: $hops, maxNodes: $maxNodes) {\n      ...NeighbourhoodView_neighbourhood\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CopyRegisterExit {\n    copyRegisterExit {\n      ...CopyRegisterExitView_plan\n    }\n  }\n"): (typeof documents)["\n  query CopyRegisterExit {\n    copyRegisterExit {\n      ...CopyRegisterExitView_plan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overlaps {\n    overlaps {\n      ...OverlapView_analysis\n    }\n    overlapAcceptances {\n      id\n      ...OverlapHistory_acceptance\n    }\n  }\n"): (typeof documents)["\n  query Overlaps {\n    overlaps {\n      ...OverlapView_analysis\n    }\n    overlapAcceptances {\n      id\n      ...OverlapHistory_acceptance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOverlap($input: OverlapAcceptInput!) {\n    acceptOverlap(input: $input) {\n      id\n      ...OverlapHistory_acceptance\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptOverlap($input: OverlapAcceptInput!) {\n    acceptOverlap(input: $input) {\n      id\n      ...OverlapHistory_acceptance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenOverlapAcceptance($id: ID!, $version: Int!, $reason: String) {\n    reopenOverlapAcceptance(id: $id, version: $version, reason: $reason) {\n      id\n      ...OverlapHistory_acceptance\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenOverlapAcceptance($id: ID!, $version: Int!, $reason: String) {\n    reopenOverlapAcceptance(id: $id, version: $version, reason: $reason) {\n      id\n      ...OverlapHistory_acceptance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleConflicts {\n    lifecycleConflicts {\n      ...LifecycleConflictsView_conflict\n    }\n  }\n"): (typeof documents)["\n  query LifecycleConflicts {\n    lifecycleConflicts {\n      ...LifecycleConflictsView_conflict\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MaturityHistory_entry on MaturityHistoryEntry {\n    id\n    assessedAt\n    achievedStep\n    change\n    direction\n    note\n    assessedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MaturityHistory_entry on MaturityHistoryEntry {\n    id\n    assessedAt\n    achievedStep\n    change\n    direction\n    note\n    assessedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MaturitySteps_step on MaturityStepResult {\n    ordinal\n    name\n    met\n    achieved\n    criteria {\n      key\n      name\n      metric\n      status\n      value\n      threshold\n      met\n      gap\n    }\n  }\n"): (typeof documents)["\n  fragment MaturitySteps_step on MaturityStepResult {\n    ordinal\n    name\n    met\n    achieved\n    criteria {\n      key\n      name\n      metric\n      status\n      value\n      threshold\n      met\n      gap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MissingForNext_maturity on Maturity {\n    achievedStep\n    missingForNext {\n      key\n      name\n      status\n      value\n      threshold\n      gap\n    }\n  }\n"): (typeof documents)["\n  fragment MissingForNext_maturity on Maturity {\n    achievedStep\n    missingForNext {\n      key\n      name\n      status\n      value\n      threshold\n      gap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SelfAssessmentForm_maturity on Maturity {\n    steps {\n      ordinal\n      criteria {\n        key\n        name\n      }\n    }\n    selfAssessment {\n      key\n      yes\n      comment\n    }\n  }\n"): (typeof documents)["\n  fragment SelfAssessmentForm_maturity on Maturity {\n    steps {\n      ordinal\n      criteria {\n        key\n        name\n      }\n    }\n    selfAssessment {\n      key\n      yes\n      comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Maturity {\n    maturity {\n      achievedStep\n      steps {\n        ordinal\n        ...MaturitySteps_step\n      }\n      history {\n        id\n        ...MaturityHistory_entry\n      }\n      ...MissingForNext_maturity\n      ...SelfAssessmentForm_maturity\n    }\n  }\n"): (typeof documents)["\n  query Maturity {\n    maturity {\n      achievedStep\n      steps {\n        ordinal\n        ...MaturitySteps_step\n      }\n      history {\n        id\n        ...MaturityHistory_entry\n      }\n      ...MissingForNext_maturity\n      ...SelfAssessmentForm_maturity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMaturityAssessment($input: MaturityAssessmentInput!) {\n    recordMaturityAssessment(input: $input) {\n      achievedStep\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMaturityAssessment($input: MaturityAssessmentInput!) {\n    recordMaturityAssessment(input: $input) {\n      achievedStep\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaItem_proposal on Proposal {\n    id\n    status\n    version\n    problem\n    asIs\n    toBe\n    resourcesNeeded\n    submittedAt\n    submittedBy {\n      id\n      name\n    }\n    project {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n    decisions {\n      id\n      stage\n      decision\n      reason\n      decidedAt\n      decidedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaItem_proposal on Proposal {\n    id\n    status\n    version\n    problem\n    asIs\n    toBe\n    resourcesNeeded\n    submittedAt\n    submittedBy {\n      id\n      name\n    }\n    project {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n    decisions {\n      id\n      stage\n      decision\n      reason\n      decidedAt\n      decidedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardCategoryFilter_category on Category {\n    id\n    dimension\n    name\n  }\n"): (typeof documents)["\n  fragment BoardCategoryFilter_category on Category {\n    id\n    dimension\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardRow_entry on PortfolioBoardEntry {\n    score\n    mandatory\n    scorePosition\n    divergence\n    divergent\n    firstShortfall {\n      competencyName\n      quarter\n      shortfallHours\n    }\n    timeCriticality {\n      level\n      reasons\n    }\n    project {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment BoardRow_entry on PortfolioBoardEntry {\n    score\n    mandatory\n    scorePosition\n    divergence\n    divergent\n    firstShortfall {\n      competencyName\n      quarter\n      shortfallHours\n    }\n    timeCriticality {\n      level\n      reasons\n    }\n    project {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoriesEditor_category on Category {\n    id\n    version\n    dimension\n    name\n  }\n"): (typeof documents)["\n  fragment CategoriesEditor_category on Category {\n    id\n    version\n    dimension\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CriteriaEditor_criterion on Criterion {\n    id\n    version\n    name\n    description\n    weight\n    scaleMin\n    scaleMax\n    direction\n    mandatory\n  }\n"): (typeof documents)["\n  fragment CriteriaEditor_criterion on Criterion {\n    id\n    version\n    name\n    description\n    weight\n    scaleMin\n    scaleMax\n    direction\n    mandatory\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectPrioritisation_project on Project {\n    id\n    version\n    scores {\n      id\n      criterionId\n      value\n      version\n    }\n    categories {\n      id\n      dimension\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectPrioritisation_project on Project {\n    id\n    version\n    scores {\n      id\n      criterionId\n      value\n      version\n    }\n    categories {\n      id\n      dimension\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectPrioritisation_criterion on Criterion {\n    id\n    name\n    description\n    weight\n    scaleMin\n    scaleMax\n    direction\n    mandatory\n  }\n"): (typeof documents)["\n  fragment ProjectPrioritisation_criterion on Criterion {\n    id\n    name\n    description\n    weight\n    scaleMin\n    scaleMax\n    direction\n    mandatory\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectPrioritisation_category on Category {\n    id\n    dimension\n    name\n  }\n"): (typeof documents)["\n  fragment ProjectPrioritisation_category on Category {\n    id\n    dimension\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectsTable_row on Project {\n    id\n    version\n    name\n    phase\n    status\n    budget\n    startDate\n    endDate\n    unit {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    lead {\n      id\n      name\n    }\n    latestStatus {\n      mustReport\n      missing\n      ageDays\n      report {\n        id\n        overall\n        periodEnd\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectsTable_row on Project {\n    id\n    version\n    name\n    phase\n    status\n    budget\n    startDate\n    endDate\n    unit {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    lead {\n      id\n      name\n    }\n    latestStatus {\n      mustReport\n      missing\n      ageDays\n      report {\n        id\n        overall\n        periodEnd\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalForm_strategy on Strategy {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment ProposalForm_strategy on Strategy {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelatedProjects_related on RelatedProject {\n    project {\n      id\n      name\n      status\n    }\n    sharedSystems {\n      usageId\n      name\n    }\n    sharedCapabilities\n  }\n"): (typeof documents)["\n  fragment RelatedProjects_related on RelatedProject {\n    project {\n      id\n      name\n      status\n    }\n    sharedSystems {\n      usageId\n      name\n    }\n    sharedCapabilities\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScenarioBar_scenario on PortfolioScenario {\n    id\n    version\n    name\n    approvedAt\n  }\n"): (typeof documents)["\n  fragment ScenarioBar_scenario on PortfolioScenario {\n    id\n    version\n    name\n    approvedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SynergyOverview_overlap on ProjectOverlap {\n    key\n    name\n    projects {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment SynergyOverview_overlap on ProjectOverlap {\n    key\n    name\n    projects {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortfolioProjects($limit: Int!) {\n    projects(limit: $limit, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...ProjectsTable_row\n      }\n    }\n    projectPhases {\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  query PortfolioProjects($limit: Int!) {\n    projects(limit: $limit, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...ProjectsTable_row\n      }\n    }\n    projectPhases {\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortfolioBoard($scenarioId: ID) {\n    portfolioBoard(scenarioId: $scenarioId) {\n      scenarioId\n      capacityLineIndex\n      divergenceThreshold\n      entries {\n        fits\n        project {\n          id\n          name\n          categories {\n            id\n          }\n          dependsOnIds\n        }\n        ...BoardRow_entry\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortfolioBoard($scenarioId: ID) {\n    portfolioBoard(scenarioId: $scenarioId) {\n      scenarioId\n      capacityLineIndex\n      divergenceThreshold\n      entries {\n        fits\n        project {\n          id\n          name\n          categories {\n            id\n          }\n          dependsOnIds\n        }\n        ...BoardRow_entry\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderProject($projectId: ID!, $beforeId: ID, $afterId: ID) {\n    reorderProject(projectId: $projectId, beforeId: $beforeId, afterId: $afterId) {\n      id\n      rankKey\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderProject($projectId: ID!, $beforeId: ID, $afterId: ID) {\n    reorderProject(projectId: $projectId, beforeId: $beforeId, afterId: $afterId) {\n      id\n      rankKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortfolioScenarios {\n    portfolioScenarios {\n      id\n      ...ScenarioBar_scenario\n    }\n  }\n"): (typeof documents)["\n  query PortfolioScenarios {\n    portfolioScenarios {\n      id\n      ...ScenarioBar_scenario\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateScenario($name: String!) {\n    createScenario(name: $name) {\n      id\n      ...ScenarioBar_scenario\n    }\n  }\n"): (typeof documents)["\n  mutation CreateScenario($name: String!) {\n    createScenario(name: $name) {\n      id\n      ...ScenarioBar_scenario\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderInScenario($scenarioId: ID!, $projectId: ID!, $beforeId: ID, $afterId: ID) {\n    reorderInScenario(\n      scenarioId: $scenarioId\n      projectId: $projectId\n      beforeId: $beforeId\n      afterId: $afterId\n    ) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderInScenario($scenarioId: ID!, $projectId: ID!, $beforeId: ID, $afterId: ID) {\n    reorderInScenario(\n      scenarioId: $scenarioId\n      projectId: $projectId\n      beforeId: $beforeId\n      afterId: $afterId\n    ) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveScenario($scenarioId: ID!, $version: Int!) {\n    approveScenario(scenarioId: $scenarioId, version: $version) {\n      id\n      version\n      ...ScenarioBar_scenario\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveScenario($scenarioId: ID!, $version: Int!) {\n    approveScenario(scenarioId: $scenarioId, version: $version) {\n      id\n      version\n      ...ScenarioBar_scenario\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrioritisationModel {\n    prioritisationModel {\n      id\n      name\n      criteria {\n        id\n        ...CriteriaEditor_criterion\n      }\n      categories {\n        id\n        ...CategoriesEditor_category\n        ...BoardCategoryFilter_category\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrioritisationModel {\n    prioritisationModel {\n      id\n      name\n      criteria {\n        id\n        ...CriteriaEditor_criterion\n      }\n      categories {\n        id\n        ...CategoriesEditor_category\n        ...BoardCategoryFilter_category\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCriterion($input: CriterionCreateInput!) {\n    createCriterion(input: $input) {\n      id\n      name\n      ...CriteriaEditor_criterion\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCriterion($input: CriterionCreateInput!) {\n    createCriterion(input: $input) {\n      id\n      name\n      ...CriteriaEditor_criterion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCriterion($input: CriterionUpdateInput!) {\n    updateCriterion(input: $input) {\n      id\n      version\n      name\n      ...CriteriaEditor_criterion\n      ...ProjectPrioritisation_criterion\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCriterion($input: CriterionUpdateInput!) {\n    updateCriterion(input: $input) {\n      id\n      version\n      name\n      ...CriteriaEditor_criterion\n      ...ProjectPrioritisation_criterion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCriterion($id: ID!, $version: Int!) {\n    deleteCriterion(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteCriterion($id: ID!, $version: Int!) {\n    deleteCriterion(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CategoryCreateInput!) {\n    createCategory(input: $input) {\n      id\n      name\n      ...CategoriesEditor_category\n      ...BoardCategoryFilter_category\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCategory($input: CategoryCreateInput!) {\n    createCategory(input: $input) {\n      id\n      name\n      ...CategoriesEditor_category\n      ...BoardCategoryFilter_category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCategory($input: CategoryUpdateInput!) {\n    updateCategory(input: $input) {\n      id\n      version\n      name\n      ...CategoriesEditor_category\n      ...BoardCategoryFilter_category\n      ...ProjectPrioritisation_category\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCategory($input: CategoryUpdateInput!) {\n    updateCategory(input: $input) {\n      id\n      version\n      name\n      ...CategoriesEditor_category\n      ...BoardCategoryFilter_category\n      ...ProjectPrioritisation_category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCategory($id: ID!, $version: Int!) {\n    deleteCategory(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteCategory($id: ID!, $version: Int!) {\n    deleteCategory(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPrioritisation($id: ID!) {\n    project(id: $id) {\n      id\n      ...ProjectPrioritisation_project\n    }\n    prioritisationModel {\n      id\n      criteria {\n        id\n        ...ProjectPrioritisation_criterion\n      }\n      categories {\n        id\n        ...ProjectPrioritisation_category\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectPrioritisation($id: ID!) {\n    project(id: $id) {\n      id\n      ...ProjectPrioritisation_project\n    }\n    prioritisationModel {\n      id\n      criteria {\n        id\n        ...ProjectPrioritisation_criterion\n      }\n      categories {\n        id\n        ...ProjectPrioritisation_category\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCriterionScore($input: CriterionScoreInput!) {\n    setCriterionScore(input: $input) {\n      id\n      criterionId\n      value\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetCriterionScore($input: CriterionScoreInput!) {\n    setCriterionScore(input: $input) {\n      id\n      criterionId\n      value\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProjectCategories($input: ProjectCategoriesInput!) {\n    setProjectCategories(input: $input) {\n      id\n      version\n      ...ProjectPrioritisation_project\n    }\n  }\n"): (typeof documents)["\n  mutation SetProjectCategories($input: ProjectCategoriesInput!) {\n    setProjectCategories(input: $input) {\n      id\n      version\n      ...ProjectPrioritisation_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectOverlaps {\n    projectOverlaps {\n      kind\n      key\n      ...SynergyOverview_overlap\n    }\n    projectPhases {\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProjectOverlaps {\n    projectOverlaps {\n      kind\n      key\n      ...SynergyOverview_overlap\n    }\n    projectPhases {\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelatedProjects($id: ID!) {\n    project(id: $id) {\n      id\n      relatedProjects {\n        ...RelatedProjects_related\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelatedProjects($id: ID!) {\n    project(id: $id) {\n      id\n      relatedProjects {\n        ...RelatedProjects_related\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardAgenda {\n    boardAgenda {\n      awaitingCouncil {\n        ...AgendaItem_proposal\n      }\n      awaitingBoard {\n        ...AgendaItem_proposal\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardAgenda {\n    boardAgenda {\n      awaitingCouncil {\n        ...AgendaItem_proposal\n      }\n      awaitingBoard {\n        ...AgendaItem_proposal\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProposal($input: ProposalSubmitInput!) {\n    submitProposal(input: $input) {\n      id\n      status\n      projectId\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProposal($input: ProposalSubmitInput!) {\n    submitProposal(input: $input) {\n      id\n      status\n      projectId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrequalifyProposal($input: ProposalDecisionInput!) {\n    prequalifyProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n"): (typeof documents)["\n  mutation PrequalifyProposal($input: ProposalDecisionInput!) {\n    prequalifyProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnProposal($input: ProposalDecisionInput!) {\n    returnProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnProposal($input: ProposalDecisionInput!) {\n    returnProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveProposal($input: ProposalDecisionInput!) {\n    approveProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveProposal($input: ProposalDecisionInput!) {\n    approveProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectProposal($input: ProposalDecisionInput!) {\n    rejectProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n"): (typeof documents)["\n  mutation RejectProposal($input: ProposalDecisionInput!) {\n    rejectProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeferProposal($input: ProposalDecisionInput!) {\n    deferProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n"): (typeof documents)["\n  mutation DeferProposal($input: ProposalDecisionInput!) {\n    deferProposal(input: $input) {\n      id\n      status\n      version\n      ...AgendaItem_proposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalFormOptions {\n    strategies {\n      id\n      ...ProposalForm_strategy\n    }\n  }\n"): (typeof documents)["\n  query ProposalFormOptions {\n    strategies {\n      id\n      ...ProposalForm_strategy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgrammeForm_programme on Programme {\n    id\n    version\n    name\n    description\n    leadUserId\n    strategies {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ProgrammeForm_programme on Programme {\n    id\n    version\n    name\n    description\n    leadUserId\n    strategies {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgrammeProjects_programme on Programme {\n    id\n    version\n    archived\n    projects {\n      id\n      name\n      status\n      budget\n      latestStatus {\n        missing\n        report {\n          id\n          overall\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProgrammeProjects_programme on Programme {\n    id\n    version\n    archived\n    projects {\n      id\n      name\n      status\n      budget\n      latestStatus {\n        missing\n        report {\n          id\n          overall\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgrammeRollup_programme on Programme {\n    id\n    rollup {\n      projectCount\n      status {\n        worst\n        running\n        green\n        amber\n        red\n        missing\n      }\n      spend {\n        budget\n        spent\n        spentPercent\n        overspentProjectIds\n      }\n      risks {\n        projectId\n        projectName\n        reportDate\n        rag\n        risks\n      }\n      benefits {\n        benefitCount\n        targetKr\n        plannedKr\n        realisedKr\n        realisationPercent\n        rag\n        qualitativeCount\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProgrammeRollup_programme on Programme {\n    id\n    rollup {\n      projectCount\n      status {\n        worst\n        running\n        green\n        amber\n        red\n        missing\n      }\n      spend {\n        budget\n        spent\n        spentPercent\n        overspentProjectIds\n      }\n      risks {\n        projectId\n        projectName\n        reportDate\n        rag\n        risks\n      }\n      benefits {\n        benefitCount\n        targetKr\n        plannedKr\n        realisedKr\n        realisationPercent\n        rag\n        qualitativeCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programmes($includeArchived: Boolean) {\n    programmes(includeArchived: $includeArchived) {\n      id\n      name\n      archived\n      lead {\n        id\n        name\n      }\n      rollup {\n        projectCount\n        status {\n          worst\n          missing\n        }\n        spend {\n          budget\n          spent\n          spentPercent\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Programmes($includeArchived: Boolean) {\n    programmes(includeArchived: $includeArchived) {\n      id\n      name\n      archived\n      lead {\n        id\n        name\n      }\n      rollup {\n        projectCount\n        status {\n          worst\n          missing\n        }\n        spend {\n          budget\n          spent\n          spentPercent\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeDetail($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      description\n      archived\n      version\n      lead {\n        id\n        name\n      }\n      strategies {\n        id\n        name\n      }\n      ...ProgrammeForm_programme\n      ...ProgrammeProjects_programme\n      ...ProgrammeRollup_programme\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeDetail($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      description\n      archived\n      version\n      lead {\n        id\n        name\n      }\n      strategies {\n        id\n        name\n      }\n      ...ProgrammeForm_programme\n      ...ProgrammeProjects_programme\n      ...ProgrammeRollup_programme\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeFormOptions {\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    strategies {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeFormOptions {\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    strategies {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeProjectOptions {\n    projects(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n        programme {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeProjectOptions {\n    projects(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n        programme {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgramme($input: ProgrammeCreateInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgramme($input: ProgrammeCreateInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgramme($input: ProgrammeUpdateInput!) {\n    updateProgramme(input: $input) {\n      id\n      version\n      name\n      description\n      lead {\n        id\n        name\n      }\n      strategies {\n        id\n        name\n      }\n      ...ProgrammeForm_programme\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgramme($input: ProgrammeUpdateInput!) {\n    updateProgramme(input: $input) {\n      id\n      version\n      name\n      description\n      lead {\n        id\n        name\n      }\n      strategies {\n        id\n        name\n      }\n      ...ProgrammeForm_programme\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProgrammeArchived($id: ID!, $version: Int!, $archived: Boolean!) {\n    setProgrammeArchived(id: $id, version: $version, archived: $archived) {\n      id\n      version\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation SetProgrammeArchived($id: ID!, $version: Int!, $archived: Boolean!) {\n    setProgrammeArchived(id: $id, version: $version, archived: $archived) {\n      id\n      version\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProgrammeProjects($programmeId: ID!, $version: Int!, $projectIds: [ID!]!) {\n    setProgrammeProjects(programmeId: $programmeId, version: $version, projectIds: $projectIds) {\n      id\n      version\n      ...ProgrammeProjects_programme\n      ...ProgrammeRollup_programme\n    }\n  }\n"): (typeof documents)["\n  mutation SetProgrammeProjects($programmeId: ID!, $version: Int!, $projectIds: [ID!]!) {\n    setProgrammeProjects(programmeId: $programmeId, version: $version, projectIds: $projectIds) {\n      id\n      version\n      ...ProgrammeProjects_programme\n      ...ProgrammeRollup_programme\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArtefactsSection_project on Project {\n    id\n    version\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    gate {\n      missing\n    }\n  }\n"): (typeof documents)["\n  fragment ArtefactsSection_project on Project {\n    id\n    version\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    gate {\n      missing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArtefactsSection_artefact on ProjectArtefact {\n    id\n    kind\n    title\n    content\n    version\n    providedAt\n  }\n"): (typeof documents)["\n  fragment ArtefactsSection_artefact on ProjectArtefact {\n    id\n    kind\n    title\n    content\n    version\n    providedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArtefactsSection_records on Project {\n    id\n    artefacts {\n      id\n      ...ArtefactsSection_artefact\n    }\n  }\n"): (typeof documents)["\n  fragment ArtefactsSection_records on Project {\n    id\n    artefacts {\n      id\n      ...ArtefactsSection_artefact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessCaseEditor_line on BusinessCaseLine {\n    id\n    kind\n    description\n    amount\n    year\n  }\n"): (typeof documents)["\n  fragment BusinessCaseEditor_line on BusinessCaseLine {\n    id\n    kind\n    description\n    amount\n    year\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessCaseEditor_project on Project {\n    id\n    version\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    businessCase {\n      id\n      ...BusinessCaseEditor_line\n    }\n  }\n"): (typeof documents)["\n  fragment BusinessCaseEditor_project on Project {\n    id\n    version\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    businessCase {\n      id\n      ...BusinessCaseEditor_line\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GatePanel_project on Project {\n    id\n    version\n    phase\n    status\n    gate {\n      nextPhase\n      ok\n      missing\n    }\n  }\n"): (typeof documents)["\n  fragment GatePanel_project on Project {\n    id\n    version\n    phase\n    status\n    gate {\n      nextPhase\n      ok\n      missing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectActions_project on Project {\n    id\n    version\n    name\n    phase\n    status\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    proposals {\n      id\n      status\n    }\n    ...ProjectForm_project\n  }\n"): (typeof documents)["\n  fragment ProjectActions_project on Project {\n    id\n    version\n    name\n    phase\n    status\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    proposals {\n      id\n      status\n    }\n    ...ProjectForm_project\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectDependencies_project on Project {\n    id\n    dependsOn {\n      id\n      name\n    }\n    dependencyOf {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectDependencies_project on Project {\n    id\n    dependsOn {\n      id\n      name\n    }\n    dependencyOf {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectFacts_project on Project {\n    id\n    version\n    phase\n    status\n    budget\n    benefitCount\n    owner {\n      id\n      name\n    }\n    lead {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    strategies {\n      id\n      name\n    }\n    programme {\n      id\n      name\n    }\n    systems {\n      usageId\n      name\n    }\n    latestStatus {\n      missing\n      report {\n        id\n        periodEnd\n        overall\n        progressPercent\n        spent\n        budget\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectFacts_project on Project {\n    id\n    version\n    phase\n    status\n    budget\n    benefitCount\n    owner {\n      id\n      name\n    }\n    lead {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    strategies {\n      id\n      name\n    }\n    programme {\n      id\n      name\n    }\n    systems {\n      usageId\n      name\n    }\n    latestStatus {\n      missing\n      report {\n        id\n        periodEnd\n        overall\n        progressPercent\n        spent\n        budget\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectForm_project on Project {\n    id\n    version\n    name\n    description\n    budget\n    startDate\n    endDate\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    unit {\n      id\n    }\n    strategies {\n      id\n    }\n    systems {\n      usageId\n    }\n    dependsOnIds\n    programmeId\n  }\n"): (typeof documents)["\n  fragment ProjectForm_project on Project {\n    id\n    version\n    name\n    description\n    budget\n    startDate\n    endDate\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    unit {\n      id\n    }\n    strategies {\n      id\n    }\n    systems {\n      usageId\n    }\n    dependsOnIds\n    programmeId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectHistory_project on Project {\n    id\n    version\n    phaseHistory {\n      id\n      phase\n      enteredAt\n      leftAt\n    }\n    lifecycleDecisions {\n      id\n      action\n      reason\n      decidedAt\n      decidedBy {\n        id\n        name\n      }\n    }\n    proposals {\n      id\n      decisions {\n        id\n        stage\n        decision\n        reason\n        decidedAt\n        decidedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectHistory_project on Project {\n    id\n    version\n    phaseHistory {\n      id\n      phase\n      enteredAt\n      leftAt\n    }\n    lifecycleDecisions {\n      id\n      action\n      reason\n      decidedAt\n      decidedBy {\n        id\n        name\n      }\n    }\n    proposals {\n      id\n      decisions {\n        id\n        stage\n        decision\n        reason\n        decidedAt\n        decidedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectTeamSection_project on Project {\n    id\n    version\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    team {\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectTeamSection_project on Project {\n    id\n    version\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    team {\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusReportsSection_project on Project {\n    id\n    version\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    budget\n  }\n"): (typeof documents)["\n  fragment StatusReportsSection_project on Project {\n    id\n    version\n    owner {\n      id\n    }\n    lead {\n      id\n    }\n    budget\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusReportsSection_report on StatusReport {\n    id\n    periodEnd\n    overall\n    ragTime\n    ragCost\n    ragQuality\n    ragScope\n    progressPercent\n    spent\n    budget\n    risks\n    nextSteps\n    reportedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment StatusReportsSection_report on StatusReport {\n    id\n    periodEnd\n    overall\n    ragTime\n    ragCost\n    ragQuality\n    ragScope\n    progressPercent\n    spent\n    budget\n    risks\n    nextSteps\n    reportedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusReportsSection_records on Project {\n    id\n    statusReports {\n      id\n      ...StatusReportsSection_report\n    }\n  }\n"): (typeof documents)["\n  fragment StatusReportsSection_records on Project {\n    id\n    statusReports {\n      id\n      ...StatusReportsSection_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectFormOptions {\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    units {\n      id\n      name\n    }\n    strategies {\n      id\n      name\n    }\n    programmes(includeArchived: true) {\n      id\n      name\n      archived\n    }\n    systemUsages(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n    projects(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n        dependsOnIds\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectFormOptions {\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    units {\n      id\n      name\n    }\n    strategies {\n      id\n      name\n    }\n    programmes(includeArchived: true) {\n      id\n      name\n      archived\n    }\n    systemUsages(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n    projects(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n        dependsOnIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($input: ProjectUpdateInput!) {\n    updateProject(input: $input) {\n      id\n      version\n      name\n      description\n      ...ProjectForm_project\n      ...ProjectFacts_project\n      ...GatePanel_project\n      ...ProjectDependencies_project\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($input: ProjectUpdateInput!) {\n    updateProject(input: $input) {\n      id\n      version\n      name\n      description\n      ...ProjectForm_project\n      ...ProjectFacts_project\n      ...GatePanel_project\n      ...ProjectDependencies_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: ProjectCreateInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: ProjectCreateInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointProjectLead($projectId: ID!, $leadUserId: ID!, $version: Int!) {\n    appointProjectLead(projectId: $projectId, leadUserId: $leadUserId, version: $version) {\n      id\n      version\n      ...ProjectForm_project\n      ...ProjectFacts_project\n    }\n  }\n"): (typeof documents)["\n  mutation AppointProjectLead($projectId: ID!, $leadUserId: ID!, $version: Int!) {\n    appointProjectLead(projectId: $projectId, leadUserId: $leadUserId, version: $version) {\n      id\n      version\n      ...ProjectForm_project\n      ...ProjectFacts_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideProjectLifecycle($input: ProjectLifecycleDecisionInput!) {\n    decideProjectLifecycle(input: $input) {\n      id\n      version\n      status\n      ...ProjectFacts_project\n      ...ProjectHistory_project\n      ...ProjectActions_project\n    }\n  }\n"): (typeof documents)["\n  mutation DecideProjectLifecycle($input: ProjectLifecycleDecisionInput!) {\n    decideProjectLifecycle(input: $input) {\n      id\n      version\n      status\n      ...ProjectFacts_project\n      ...ProjectHistory_project\n      ...ProjectActions_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProject($id: ID!, $version: Int!) {\n    deleteProject(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteProject($id: ID!, $version: Int!) {\n    deleteProject(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProjectTeam($projectId: ID!, $version: Int!, $members: [ProjectTeamMemberInput!]!) {\n    setProjectTeam(projectId: $projectId, version: $version, members: $members) {\n      id\n      version\n      ...ProjectTeamSection_project\n    }\n  }\n"): (typeof documents)["\n  mutation SetProjectTeam($projectId: ID!, $version: Int!, $members: [ProjectTeamMemberInput!]!) {\n    setProjectTeam(projectId: $projectId, version: $version, members: $members) {\n      id\n      version\n      ...ProjectTeamSection_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectRecords($id: ID!) {\n    project(id: $id) {\n      id\n      ...StatusReportsSection_records\n      ...ArtefactsSection_records\n    }\n  }\n"): (typeof documents)["\n  query ProjectRecords($id: ID!) {\n    project(id: $id) {\n      id\n      ...StatusReportsSection_records\n      ...ArtefactsSection_records\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileStatusReport($input: StatusReportInput!) {\n    fileStatusReport(input: $input) {\n      id\n      ...StatusReportsSection_report\n    }\n  }\n"): (typeof documents)["\n  mutation FileStatusReport($input: StatusReportInput!) {\n    fileStatusReport(input: $input) {\n      id\n      ...StatusReportsSection_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveBusinessCase($projectId: ID!, $version: Int!, $lines: [BusinessCaseLineInput!]!) {\n    saveBusinessCase(projectId: $projectId, version: $version, lines: $lines) {\n      id\n      ...BusinessCaseEditor_line\n    }\n  }\n"): (typeof documents)["\n  mutation SaveBusinessCase($projectId: ID!, $version: Int!, $lines: [BusinessCaseLineInput!]!) {\n    saveBusinessCase(projectId: $projectId, version: $version, lines: $lines) {\n      id\n      ...BusinessCaseEditor_line\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveProjectArtefact($input: ArtefactInput!) {\n    saveProjectArtefact(input: $input) {\n      id\n      version\n      ...ArtefactsSection_artefact\n    }\n  }\n"): (typeof documents)["\n  mutation SaveProjectArtefact($input: ArtefactInput!) {\n    saveProjectArtefact(input: $input) {\n      id\n      version\n      ...ArtefactsSection_artefact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      id\n      version\n      name\n      description\n      ...GatePanel_project\n      ...ArtefactsSection_project\n      ...ProjectFacts_project\n      ...StatusReportsSection_project\n      ...BusinessCaseEditor_project\n      ...ProjectHistory_project\n      ...ProjectActions_project\n      ...ProjectTeamSection_project\n      ...ProjectDependencies_project\n    }\n    projectPhases {\n      key\n      name\n      requiredArtefacts\n    }\n  }\n"): (typeof documents)["\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      id\n      version\n      name\n      description\n      ...GatePanel_project\n      ...ArtefactsSection_project\n      ...ProjectFacts_project\n      ...StatusReportsSection_project\n      ...BusinessCaseEditor_project\n      ...ProjectHistory_project\n      ...ProjectActions_project\n      ...ProjectTeamSection_project\n      ...ProjectDependencies_project\n    }\n    projectPhases {\n      key\n      name\n      requiredArtefacts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PassGate($projectId: ID!, $toPhase: String!, $version: Int!) {\n    passGate(projectId: $projectId, toPhase: $toPhase, version: $version) {\n      id\n      version\n      ...GatePanel_project\n      ...ArtefactsSection_project\n      ...ProjectFacts_project\n      ...ProjectHistory_project\n    }\n  }\n"): (typeof documents)["\n  mutation PassGate($projectId: ID!, $toPhase: String!, $version: Int!) {\n    passGate(projectId: $projectId, toPhase: $toPhase, version: $version) {\n      id\n      version\n      ...GatePanel_project\n      ...ArtefactsSection_project\n      ...ProjectFacts_project\n      ...ProjectHistory_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExternalReferenceRow on ExternalReference {\n    id\n    version\n    title\n    documentId\n    url\n  }\n"): (typeof documents)["\n  fragment ExternalReferenceRow on ExternalReference {\n    id\n    version\n    title\n    documentId\n    url\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExternalReferences($subject: ReferenceSubject!, $subjectId: ID!) {\n    externalReferences(subject: $subject, subjectId: $subjectId) {\n      id\n      ...ExternalReferenceRow\n    }\n  }\n"): (typeof documents)["\n  query ExternalReferences($subject: ReferenceSubject!, $subjectId: ID!) {\n    externalReferences(subject: $subject, subjectId: $subjectId) {\n      id\n      ...ExternalReferenceRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExternalReference($input: ExternalReferenceCreateInput!) {\n    createExternalReference(input: $input) {\n      id\n      ...ExternalReferenceRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateExternalReference($input: ExternalReferenceCreateInput!) {\n    createExternalReference(input: $input) {\n      id\n      ...ExternalReferenceRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateExternalReference($input: ExternalReferenceUpdateInput!) {\n    updateExternalReference(input: $input) {\n      id\n      ...ExternalReferenceRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateExternalReference($input: ExternalReferenceUpdateInput!) {\n    updateExternalReference(input: $input) {\n      id\n      ...ExternalReferenceRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteExternalReference($id: ID!, $version: Int!) {\n    deleteExternalReference(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteExternalReference($id: ID!, $version: Int!) {\n    deleteExternalReference(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllocationsPanel_allocation on Allocation {\n    id\n    version\n    personId\n    projectId\n    competencyId\n    quarter\n    hoursPerWeek\n  }\n"): (typeof documents)["\n  fragment AllocationsPanel_allocation on Allocation {\n    id\n    version\n    personId\n    projectId\n    competencyId\n    quarter\n    hoursPerWeek\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllocationsPanel_person on Person {\n    id\n    name\n    competencies {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AllocationsPanel_person on Person {\n    id\n    name\n    competencies {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllocationsPanel_competency on Competency {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment AllocationsPanel_competency on Competency {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllocationsPanel_project on Project {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment AllocationsPanel_project on Project {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompetenciesPanel_competency on Competency {\n    id\n    version\n    name\n  }\n"): (typeof documents)["\n  fragment CompetenciesPanel_competency on Competency {\n    id\n    version\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DemandPanel_competency on Competency {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment DemandPanel_competency on Competency {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DemandPanel_project on Project {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment DemandPanel_project on Project {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DemandPanel_demand on ResourceDemand {\n    id\n    competencyId\n    quarter\n    hoursPerWeek\n  }\n"): (typeof documents)["\n  fragment DemandPanel_demand on ResourceDemand {\n    id\n    competencyId\n    quarter\n    hoursPerWeek\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeoplePanel_person on Person {\n    id\n    version\n    name\n    unitId\n    userId\n    weeklyCapacityHours\n    competencies {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PeoplePanel_person on Person {\n    id\n    version\n    name\n    unitId\n    userId\n    weeklyCapacityHours\n    competencies {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeoplePanel_competency on Competency {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment PeoplePanel_competency on Competency {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeoplePanel_unit on Unit {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment PeoplePanel_unit on Unit {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceHeatmap_cell on HeatmapCell {\n    groupId\n    groupName\n    quarter\n    allocatedHours\n    availableHours\n    ratio\n    status\n  }\n"): (typeof documents)["\n  fragment ResourceHeatmap_cell on HeatmapCell {\n    groupId\n    groupName\n    quarter\n    allocatedHours\n    availableHours\n    ratio\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resources {\n    contractToday\n    people {\n      id\n      ...PeoplePanel_person\n      ...AllocationsPanel_person\n    }\n    competencies {\n      id\n      ...CompetenciesPanel_competency\n      ...PeoplePanel_competency\n      ...AllocationsPanel_competency\n      ...DemandPanel_competency\n    }\n    units {\n      id\n      ...PeoplePanel_unit\n    }\n  }\n"): (typeof documents)["\n  query Resources {\n    contractToday\n    people {\n      id\n      ...PeoplePanel_person\n      ...AllocationsPanel_person\n    }\n    competencies {\n      id\n      ...CompetenciesPanel_competency\n      ...PeoplePanel_competency\n      ...AllocationsPanel_competency\n      ...DemandPanel_competency\n    }\n    units {\n      id\n      ...PeoplePanel_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceAllocations($quarters: [String!]) {\n    allocations(quarters: $quarters) {\n      id\n      ...AllocationsPanel_allocation\n    }\n    projects(filter: { statuses: [PROPOSED, ACTIVE, ON_HOLD] }, limit: 500) {\n      items {\n        id\n        ...AllocationsPanel_project\n        ...DemandPanel_project\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceAllocations($quarters: [String!]) {\n    allocations(quarters: $quarters) {\n      id\n      ...AllocationsPanel_allocation\n    }\n    projects(filter: { statuses: [PROPOSED, ACTIVE, ON_HOLD] }, limit: 500) {\n      items {\n        id\n        ...AllocationsPanel_project\n        ...DemandPanel_project\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDemands($id: ID!) {\n    project(id: $id) {\n      id\n      demands {\n        id\n        ...DemandPanel_demand\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectDemands($id: ID!) {\n    project(id: $id) {\n      id\n      demands {\n        id\n        ...DemandPanel_demand\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompetency($name: String!) {\n    createCompetency(name: $name) {\n      id\n      ...CompetenciesPanel_competency\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCompetency($name: String!) {\n    createCompetency(name: $name) {\n      id\n      ...CompetenciesPanel_competency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompetency($id: ID!, $version: Int!, $name: String!) {\n    updateCompetency(id: $id, version: $version, name: $name) {\n      id\n      version\n      ...CompetenciesPanel_competency\n      ...PeoplePanel_competency\n      ...AllocationsPanel_competency\n      ...DemandPanel_competency\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompetency($id: ID!, $version: Int!, $name: String!) {\n    updateCompetency(id: $id, version: $version, name: $name) {\n      id\n      version\n      ...CompetenciesPanel_competency\n      ...PeoplePanel_competency\n      ...AllocationsPanel_competency\n      ...DemandPanel_competency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: PersonCreateInput!) {\n    createPerson(input: $input) {\n      id\n      ...PeoplePanel_person\n      ...AllocationsPanel_person\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: PersonCreateInput!) {\n    createPerson(input: $input) {\n      id\n      ...PeoplePanel_person\n      ...AllocationsPanel_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: PersonUpdateInput!) {\n    updatePerson(input: $input) {\n      id\n      version\n      ...PeoplePanel_person\n      ...AllocationsPanel_person\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: PersonUpdateInput!) {\n    updatePerson(input: $input) {\n      id\n      version\n      ...PeoplePanel_person\n      ...AllocationsPanel_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePerson($id: ID!, $version: Int!) {\n    deletePerson(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeletePerson($id: ID!, $version: Int!) {\n    deletePerson(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAllocation($input: AllocationInput!) {\n    createAllocation(input: $input) {\n      id\n      ...AllocationsPanel_allocation\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAllocation($input: AllocationInput!) {\n    createAllocation(input: $input) {\n      id\n      ...AllocationsPanel_allocation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAllocation($input: AllocationUpdateInput!) {\n    updateAllocation(input: $input) {\n      id\n      version\n      ...AllocationsPanel_allocation\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAllocation($input: AllocationUpdateInput!) {\n    updateAllocation(input: $input) {\n      id\n      version\n      ...AllocationsPanel_allocation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAllocation($id: ID!, $version: Int!) {\n    deleteAllocation(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteAllocation($id: ID!, $version: Int!) {\n    deleteAllocation(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetResourceDemand($input: ResourceDemandInput!) {\n    setResourceDemand(input: $input) {\n      id\n      ...DemandPanel_demand\n    }\n  }\n"): (typeof documents)["\n  mutation SetResourceDemand($input: ResourceDemandInput!) {\n    setResourceDemand(input: $input) {\n      id\n      ...DemandPanel_demand\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllocationHeatmap {\n    allocationHeatmap {\n      quarters\n      byCompetency {\n        ...ResourceHeatmap_cell\n      }\n      byUnit {\n        ...ResourceHeatmap_cell\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllocationHeatmap {\n    allocationHeatmap {\n      quarters\n      byCompetency {\n        ...ResourceHeatmap_cell\n      }\n      byUnit {\n        ...ResourceHeatmap_cell\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlobalSearch($text: String!) {\n    search(text: $text) {\n      kind\n      id\n      name\n      detail\n    }\n  }\n"): (typeof documents)["\n  query GlobalSearch($text: String!) {\n    search(text: $text) {\n      kind\n      id\n      name\n      detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupplierContacts_supplier on Supplier {\n    id\n    contacts {\n      id\n      version\n      name\n      role\n      email\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment SupplierContacts_supplier on Supplier {\n    id\n    contacts {\n      id\n      version\n      name\n      role\n      email\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupplierNotes_supplier on Supplier {\n    id\n    notes {\n      notes\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment SupplierNotes_supplier on Supplier {\n    id\n    notes {\n      notes\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupplierRelations_supplier on Supplier {\n    id\n    systems {\n      id\n      name\n      usageId\n    }\n    contracts {\n      id\n      name\n      reference\n    }\n    dataSources {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SupplierRelations_supplier on Supplier {\n    id\n    systems {\n      id\n      name\n      usageId\n    }\n    contracts {\n      id\n      name\n      reference\n    }\n    dataSources {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SuppliersTable_row on Supplier {\n    id\n    name\n    cvr\n    usageCount\n    contractCount\n  }\n"): (typeof documents)["\n  fragment SuppliersTable_row on Supplier {\n    id\n    name\n    cvr\n    usageCount\n    contractCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupplierContact($input: SupplierContactCreateInput!) {\n    createSupplierContact(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSupplierContact($input: SupplierContactCreateInput!) {\n    createSupplierContact(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupplierContact($input: SupplierContactUpdateInput!) {\n    updateSupplierContact(input: $input) {\n      id\n      version\n      name\n      role\n      email\n      phone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupplierContact($input: SupplierContactUpdateInput!) {\n    updateSupplierContact(input: $input) {\n      id\n      version\n      name\n      role\n      email\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSupplierContact($id: ID!, $version: Int!) {\n    deleteSupplierContact(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteSupplierContact($id: ID!, $version: Int!) {\n    deleteSupplierContact(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSupplierNotes($input: SupplierNotesInput!) {\n    saveSupplierNotes(input: $input) {\n      notes\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSupplierNotes($input: SupplierNotesInput!) {\n    saveSupplierNotes(input: $input) {\n      notes\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuppliersList($limit: Int!) {\n    suppliers(limit: $limit) {\n      totalCount\n      items {\n        id\n        ...SuppliersTable_row\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuppliersList($limit: Int!) {\n    suppliers(limit: $limit) {\n      totalCount\n      items {\n        id\n        ...SuppliersTable_row\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupplierFields on Supplier {\n    id\n    version\n    name\n    cvr\n    ownerOrganisationId\n  }\n"): (typeof documents)["\n  fragment SupplierFields on Supplier {\n    id\n    version\n    name\n    cvr\n    ownerOrganisationId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierDetail($id: ID!) {\n    supplier(id: $id) {\n      id\n      ...SupplierFields\n      ...SupplierRelations_supplier\n      ...SupplierContacts_supplier\n      ...SupplierNotes_supplier\n    }\n  }\n"): (typeof documents)["\n  query SupplierDetail($id: ID!) {\n    supplier(id: $id) {\n      id\n      ...SupplierFields\n      ...SupplierRelations_supplier\n      ...SupplierContacts_supplier\n      ...SupplierNotes_supplier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupplier($input: SupplierInput!) {\n    createSupplier(input: $input) {\n      id\n      ...SupplierFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSupplier($input: SupplierInput!) {\n    createSupplier(input: $input) {\n      id\n      ...SupplierFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupplier($input: SupplierUpdateInput!) {\n    updateSupplier(input: $input) {\n      id\n      ...SupplierFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupplier($input: SupplierUpdateInput!) {\n    updateSupplier(input: $input) {\n      id\n      ...SupplierFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSupplier($id: ID!, $version: Int!) {\n    deleteSupplier(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteSupplier($id: ID!, $version: Int!) {\n    deleteSupplier(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogueEntry_system on ItSystem {\n    id\n    name\n    formerName\n    description\n    businessType\n    canEdit\n    supplier {\n      id\n      name\n    }\n    parentSystem {\n      id\n      name\n    }\n    childSystems {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CatalogueEntry_system on ItSystem {\n    id\n    name\n    formerName\n    description\n    businessType\n    canEdit\n    supplier {\n      id\n      name\n    }\n    parentSystem {\n      id\n      name\n    }\n    childSystems {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogueEntry_usage on SystemUsage {\n    id\n    system {\n      id\n      ...CatalogueEntry_system\n      ...CatalogueEntryForm_system\n    }\n  }\n"): (typeof documents)["\n  fragment CatalogueEntry_usage on SystemUsage {\n    id\n    system {\n      id\n      ...CatalogueEntry_system\n      ...CatalogueEntryForm_system\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogueEntryForm_system on ItSystem {\n    id\n    version\n    name\n    formerName\n    description\n    businessType\n    supplierId\n    parentSystem {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CatalogueEntryForm_system on ItSystem {\n    id\n    version\n    name\n    formerName\n    description\n    businessType\n    supplierId\n    parentSystem {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditDataSourceEdgeForm_edge on UsageDataSource {\n    id\n    version\n    dataSourceId\n    dataSourceName\n    purpose\n    access\n    volume\n    switchingCost\n    channel\n    yearlyCost\n    authoritative\n    plannedTargetSourceId\n    plannedSwitchDate\n    dataTypes\n    registerFamilies\n  }\n"): (typeof documents)["\n  fragment EditDataSourceEdgeForm_edge on UsageDataSource {\n    id\n    version\n    dataSourceId\n    dataSourceName\n    purpose\n    access\n    volume\n    switchingCost\n    channel\n    yearlyCost\n    authoritative\n    plannedTargetSourceId\n    plannedSwitchDate\n    dataTypes\n    registerFamilies\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditIntegrationForm_integration on Integration {\n    id\n    version\n    interfaceId\n    contractId\n    data\n    direction\n    frequency\n    migrationMonths\n    dataTypes\n    registerFamilies\n    interfaceDataTypes\n    interfaceRegisterFamilies\n  }\n"): (typeof documents)["\n  fragment EditIntegrationForm_integration on Integration {\n    id\n    version\n    interfaceId\n    contractId\n    data\n    direction\n    frequency\n    migrationMonths\n    dataTypes\n    registerFamilies\n    interfaceDataTypes\n    interfaceRegisterFamilies\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SystemEdgeEditor_usage on SystemUsage {\n    id\n    version\n    dataSources {\n      id\n      version\n      dataSourceName\n      ...EditDataSourceEdgeForm_edge\n    }\n    integrationsOut {\n      id\n      version\n      toUsageName\n      ...EditIntegrationForm_integration\n    }\n    integrationsIn {\n      id\n      version\n      fromUsageName\n      ...EditIntegrationForm_integration\n    }\n  }\n"): (typeof documents)["\n  fragment SystemEdgeEditor_usage on SystemUsage {\n    id\n    version\n    dataSources {\n      id\n      version\n      dataSourceName\n      ...EditDataSourceEdgeForm_edge\n    }\n    integrationsOut {\n      id\n      version\n      toUsageName\n      ...EditIntegrationForm_integration\n    }\n    integrationsIn {\n      id\n      version\n      fromUsageName\n      ...EditIntegrationForm_integration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SystemEditForm_usage on SystemUsage {\n    id\n    version\n    localName\n    lifecycle\n    owner {\n      id\n    }\n    custodian {\n      id\n    }\n    responsibleUnit {\n      id\n    }\n    inUseFrom\n    inUseUntil\n    userCount\n    migrationMonths\n    capabilityIds\n    infrastructure {\n      id\n    }\n    hosting\n    taskAreas\n    usesServicePlatform\n    usesSupportSystems\n    standardsMet\n    switchingCost\n    architectureFitNote\n    asIs\n    toBe\n    workflows\n  }\n"): (typeof documents)["\n  fragment SystemEditForm_usage on SystemUsage {\n    id\n    version\n    localName\n    lifecycle\n    owner {\n      id\n    }\n    custodian {\n      id\n    }\n    responsibleUnit {\n      id\n    }\n    inUseFrom\n    inUseUntil\n    userCount\n    migrationMonths\n    capabilityIds\n    infrastructure {\n      id\n    }\n    hosting\n    taskAreas\n    usesServicePlatform\n    usesSupportSystems\n    standardsMet\n    switchingCost\n    architectureFitNote\n    asIs\n    toBe\n    workflows\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SystemFacts_usage on SystemUsage {\n    id\n    version\n    system {\n      id\n      name\n    }\n    lifecycle\n    owner {\n      id\n      name\n    }\n    ownerPerson {\n      id\n      name\n    }\n    custodian {\n      id\n      name\n    }\n    responsibleUnit {\n      id\n      name\n    }\n    inUseFrom\n    inUseUntil\n    hosting\n    infrastructure {\n      id\n      name\n    }\n    userCount\n    capabilities\n    taskAreas\n    usesServicePlatform\n    usesSupportSystems\n    standardsMet\n    architectureFitNote\n    asIs\n    toBe\n    yearlyCost\n    dataYearlyCost\n  }\n"): (typeof documents)["\n  fragment SystemFacts_usage on SystemUsage {\n    id\n    version\n    system {\n      id\n      name\n    }\n    lifecycle\n    owner {\n      id\n      name\n    }\n    ownerPerson {\n      id\n      name\n    }\n    custodian {\n      id\n      name\n    }\n    responsibleUnit {\n      id\n      name\n    }\n    inUseFrom\n    inUseUntil\n    hosting\n    infrastructure {\n      id\n      name\n    }\n    userCount\n    capabilities\n    taskAreas\n    usesServicePlatform\n    usesSupportSystems\n    standardsMet\n    architectureFitNote\n    asIs\n    toBe\n    yearlyCost\n    dataYearlyCost\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SystemRelations_dataSource on UsageDataSource {\n    id\n    version\n    dataSourceId\n    dataSourceName\n    dataSourceKind\n    channel\n    access\n    yearlyCost\n    authoritative\n  }\n"): (typeof documents)["\n  fragment SystemRelations_dataSource on UsageDataSource {\n    id\n    version\n    dataSourceId\n    dataSourceName\n    dataSourceKind\n    channel\n    access\n    yearlyCost\n    authoritative\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SystemRelations_integration on Integration {\n    id\n    version\n    fromUsageId\n    fromUsageName\n    toUsageId\n    toUsageName\n    interfaceId\n    interfaceName\n    data\n    direction\n  }\n"): (typeof documents)["\n  fragment SystemRelations_integration on Integration {\n    id\n    version\n    fromUsageId\n    fromUsageName\n    toUsageId\n    toUsageName\n    interfaceId\n    interfaceName\n    data\n    direction\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SystemRelations_usage on SystemUsage {\n    id\n    version\n    dataSources {\n      id\n      ...SystemRelations_dataSource\n    }\n    integrationsOut {\n      id\n      ...SystemRelations_integration\n    }\n    integrationsIn {\n      id\n      ...SystemRelations_integration\n    }\n    coveringContracts {\n      id\n      name\n      validity\n      effectiveEnd\n      noticeDate\n    }\n    projects {\n      id\n      name\n    }\n    lifecycleConflicts {\n      dependencyId\n      dependencyName\n      dependencyKind\n      reason\n      dependencyEnd\n    }\n  }\n"): (typeof documents)["\n  fragment SystemRelations_usage on SystemUsage {\n    id\n    version\n    dataSources {\n      id\n      ...SystemRelations_dataSource\n    }\n    integrationsOut {\n      id\n      ...SystemRelations_integration\n    }\n    integrationsIn {\n      id\n      ...SystemRelations_integration\n    }\n    coveringContracts {\n      id\n      name\n      validity\n      effectiveEnd\n      noticeDate\n    }\n    projects {\n      id\n      name\n    }\n    lifecycleConflicts {\n      dependencyId\n      dependencyName\n      dependencyKind\n      reason\n      dependencyEnd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SystemUsedElsewhere_usage on SystemUsage {\n    id\n    usedElsewhere {\n      lifecycle\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SystemUsedElsewhere_usage on SystemUsage {\n    id\n    usedElsewhere {\n      lifecycle\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SystemWorkflows_usage on SystemUsage {\n    id\n    version\n    workflows\n  }\n"): (typeof documents)["\n  fragment SystemWorkflows_usage on SystemUsage {\n    id\n    version\n    workflows\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SystemsTable_row on SystemUsage {\n    id\n    version\n    name\n    lifecycle\n    hosting\n    userCount\n    capabilities\n    taskAreas\n    inUseUntil\n    yearlyCost\n    dataYearlyCost\n    responsibleUnit {\n      id\n      name\n    }\n    supplier {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    coveringContracts {\n      id\n      effectiveEnd\n    }\n    lifecycleConflicts {\n      dependencyId\n    }\n    system {\n      id\n      businessType\n    }\n  }\n"): (typeof documents)["\n  fragment SystemsTable_row on SystemUsage {\n    id\n    version\n    name\n    lifecycle\n    hosting\n    userCount\n    capabilities\n    taskAreas\n    inUseUntil\n    yearlyCost\n    dataYearlyCost\n    responsibleUnit {\n      id\n      name\n    }\n    supplier {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    coveringContracts {\n      id\n      effectiveEnd\n    }\n    lifecycleConflicts {\n      dependencyId\n    }\n    system {\n      id\n      businessType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueEntryOptions {\n    suppliers(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueEntryOptions {\n    suppliers(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateItSystem($input: ItSystemUpdateInput!) {\n    updateItSystem(input: $input) {\n      id\n      ...CatalogueEntry_system\n      ...CatalogueEntryForm_system\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateItSystem($input: ItSystemUpdateInput!) {\n    updateItSystem(input: $input) {\n      id\n      ...CatalogueEntry_system\n      ...CatalogueEntryForm_system\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueSearch($search: String) {\n    itSystems(search: $search, limit: 50) {\n      items {\n        id\n        name\n        category\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueSearch($search: String) {\n    itSystems(search: $search, limit: 50) {\n      items {\n        id\n        name\n        category\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateItSystem($input: ItSystemInput!) {\n    createItSystem(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateItSystem($input: ItSystemInput!) {\n    createItSystem(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSystemUsage($input: SystemUsageCreateInput!) {\n    createSystemUsage(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSystemUsage($input: SystemUsageCreateInput!) {\n    createSystemUsage(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUsageDataSource($input: UsageDataSourceUpdateInput!) {\n    updateUsageDataSource(input: $input) {\n      id\n      version\n      ...SystemRelations_dataSource\n      ...EditDataSourceEdgeForm_edge\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUsageDataSource($input: UsageDataSourceUpdateInput!) {\n    updateUsageDataSource(input: $input) {\n      id\n      version\n      ...SystemRelations_dataSource\n      ...EditDataSourceEdgeForm_edge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIntegration($input: IntegrationUpdateInput!) {\n    updateIntegration(input: $input) {\n      id\n      version\n      ...SystemRelations_integration\n      ...EditIntegrationForm_integration\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIntegration($input: IntegrationUpdateInput!) {\n    updateIntegration(input: $input) {\n      id\n      version\n      ...SystemRelations_integration\n      ...EditIntegrationForm_integration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemsTable($offset: Int!, $limit: Int!) {\n    systemUsages(offset: $offset, limit: $limit, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...SystemsTable_row\n      }\n    }\n  }\n"): (typeof documents)["\n  query SystemsTable($offset: Int!, $limit: Int!) {\n    systemUsages(offset: $offset, limit: $limit, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      items {\n        id\n        ...SystemsTable_row\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemDetail($id: ID!) {\n    systemUsage(id: $id) {\n      id\n      version\n      name\n      ownerUserId\n      custodianUserId\n      responsibleUnitId\n      system {\n        id\n        description\n      }\n      ...SystemFacts_usage\n      ...CatalogueEntry_usage\n      ...SystemRelations_usage\n      ...SystemEdgeEditor_usage\n      ...SystemWorkflows_usage\n      ...SystemEditForm_usage\n      ...SystemUsedElsewhere_usage\n    }\n  }\n"): (typeof documents)["\n  query SystemDetail($id: ID!) {\n    systemUsage(id: $id) {\n      id\n      version\n      name\n      ownerUserId\n      custodianUserId\n      responsibleUnitId\n      system {\n        id\n        description\n      }\n      ...SystemFacts_usage\n      ...CatalogueEntry_usage\n      ...SystemRelations_usage\n      ...SystemEdgeEditor_usage\n      ...SystemWorkflows_usage\n      ...SystemEditForm_usage\n      ...SystemUsedElsewhere_usage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemEditOptions {\n    units {\n      id\n      name\n    }\n    infrastructureComponents(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n    capabilities {\n      id\n      parentId\n      name\n      archived\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SystemEditOptions {\n    units {\n      id\n      name\n    }\n    infrastructureComponents(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n    capabilities {\n      id\n      parentId\n      name\n      archived\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSystemUsage($input: SystemUsageUpdateInput!) {\n    updateSystemUsage(input: $input) {\n      id\n      version\n      name\n      ...SystemsTable_row\n      ...SystemFacts_usage\n      ...SystemRelations_usage\n      ...SystemWorkflows_usage\n      ...SystemEditForm_usage\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSystemUsage($input: SystemUsageUpdateInput!) {\n    updateSystemUsage(input: $input) {\n      id\n      version\n      name\n      ...SystemsTable_row\n      ...SystemFacts_usage\n      ...SystemRelations_usage\n      ...SystemWorkflows_usage\n      ...SystemEditForm_usage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EdgeOptions {\n    dataSources(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n    systemUsages(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n    interfaces(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n    contracts(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query EdgeOptions {\n    dataSources(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n    systemUsages(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n    interfaces(limit: 500) {\n      items {\n        id\n        name\n      }\n    }\n    contracts(limit: 500, sort: { field: NAME, direction: ASC }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUsageDataSource($input: UsageDataSourceCreateInput!) {\n    createUsageDataSource(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUsageDataSource($input: UsageDataSourceCreateInput!) {\n    createUsageDataSource(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUsageDataSource($id: ID!, $version: Int!) {\n    deleteUsageDataSource(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteUsageDataSource($id: ID!, $version: Int!) {\n    deleteUsageDataSource(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIntegration($input: IntegrationCreateInput!) {\n    createIntegration(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIntegration($input: IntegrationCreateInput!) {\n    createIntegration(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIntegration($id: ID!, $version: Int!) {\n    deleteIntegration(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteIntegration($id: ID!, $version: Int!) {\n    deleteIntegration(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSystemUsage($id: ID!, $version: Int!) {\n    deleteSystemUsage(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteSystemUsage($id: ID!, $version: Int!) {\n    deleteSystemUsage(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageEditPolicy {\n    usageEditPolicy {\n      viewerUnitId\n      systemOwnersEditUnitUsages\n      units {\n        id\n        parentId\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsageEditPolicy {\n    usageEditPolicy {\n      viewerUnitId\n      systemOwnersEditUnitUsages\n      units {\n        id\n        parentId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedViewsControl_view on SavedView {\n    id\n    version\n    name\n    config\n    organisationDefault\n    editable\n  }\n"): (typeof documents)["\n  fragment SavedViewsControl_view on SavedView {\n    id\n    version\n    name\n    config\n    organisationDefault\n    editable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedViews($tableKey: String!) {\n    savedViews(tableKey: $tableKey) {\n      id\n      ...SavedViewsControl_view\n    }\n  }\n"): (typeof documents)["\n  query SavedViews($tableKey: String!) {\n    savedViews(tableKey: $tableKey) {\n      id\n      ...SavedViewsControl_view\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveView($input: SavedViewInput!) {\n    saveView(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveView($input: SavedViewInput!) {\n    saveView(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedView($input: SavedViewUpdateInput!) {\n    updateSavedView(input: $input) {\n      id\n      version\n      ...SavedViewsControl_view\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSavedView($input: SavedViewUpdateInput!) {\n    updateSavedView(input: $input) {\n      id\n      version\n      ...SavedViewsControl_view\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedView($id: ID!, $version: Int!) {\n    deleteSavedView(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteSavedView($id: ID!, $version: Int!) {\n    deleteSavedView(id: $id, version: $version)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;