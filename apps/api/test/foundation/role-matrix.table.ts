import type { Role } from '@overblik/domain';
import type { MatrixWorld } from './role-matrix.fixture';

type Vars = Record<string, unknown>;

/**
 * One entry per mutation of the schema (the matrix test fails on a mutation without one): who may
 * run it, written by hand from the role rules (packages/domain/src/shared/roles.ts and the `can…`
 * predicates), and the inputs to run it with.
 */
export interface MatrixEntry {
  /** The roles that may run it in the organisation; PUBLIC also signed out; SIGNED_IN any member. */
  allowed: readonly Role[] | 'PUBLIC' | 'SIGNED_IN';
  /**
   * Well-formed input. Allowed roles get any answer but FORBIDDEN or UNAUTHENTICATED (updates and
   * deletes send a stale version, so the matrix changes little); without `invalid` the others get
   * this input and must be refused.
   */
  valid: (w: MatrixWorld) => Vars;
  /** Input breaking a rule: the first allowed role gets VALIDATION_FAILED, every other role FORBIDDEN. */
  invalid?: (w: MatrixWorld) => Vars;
  /** On a usage the system owner keeps: there the system owner is allowed too (ADR 0029). */
  keeper?: (w: MatrixWorld) => Vars;
  /** The mutation ends or replaces its session, so each run signs in afresh. */
  freshSession?: true;
}

const ADMIN: Role[] = ['ADMINISTRATOR'];
const LANDSCAPE: Role[] = ['ADMINISTRATOR', 'SYSTEM_OWNER'];
const CONTRACT: Role[] = ['ADMINISTRATOR', 'CONTRACT_MANAGER'];
const COORDINATE: Role[] = ['ADMINISTRATOR', 'PROJECT_COORDINATOR'];
const PROPOSE: Role[] = ['PROJECT_COORDINATOR', 'SYSTEM_OWNER', 'PROJECT_LEAD'];
const BOARD: Role[] = ['EXECUTIVE_BOARD', 'PORTFOLIO_STEERING_GROUP'];
const COUNCIL: Role[] = ['DIGITALISATION_COUNCIL'];
const SUPPLIERS: Role[] = ['ADMINISTRATOR', 'SYSTEM_OWNER', 'CONTRACT_MANAGER'];
const RETENDER: Role[] = ['ADMINISTRATOR', 'CONTRACT_MANAGER', ...PROPOSE];
const ASSESS: Role[] = [...COORDINATE, ...COUNCIL, ...BOARD];
const GATE: Role[] = [...COORDINATE, ...BOARD];
const NOBODY: Role[] = [];

/** A version no row has: updates and deletes that pass the permission check stop at STALE_VERSION. */
const v = 999;
const NONE = '00000000-0000-4000-8000-000000000000';
const TOO_LONG = 'x'.repeat(20_001);
const byId = (id: string) => ({ id, version: v });

export const MATRIX: Record<string, MatrixEntry> = {
  // Accounts and sessions: public, or the viewer's own.
  signIn: {
    allowed: 'PUBLIC',
    valid: (w) => ({ email: w.email('READER'), password: 'wrong-password-1' }),
    invalid: () => ({ email: 'ikke-en-adresse', password: '' }),
    freshSession: true,
  },
  signOut: { allowed: 'PUBLIC', valid: () => ({}), freshSession: true },
  signOutEverywhere: { allowed: 'SIGNED_IN', valid: () => ({}), freshSession: true },
  requestPasswordReset: {
    allowed: 'PUBLIC',
    valid: () => ({ email: 'ingen@matrix.test' }),
    invalid: () => ({ email: 'x' }),
  },
  resetPassword: {
    allowed: 'PUBLIC',
    valid: () => ({ token: 'ukendt', password: 'a-long-password-1' }),
  },
  acceptInvitation: {
    allowed: 'PUBLIC',
    valid: () => ({ token: 'ukendt', input: { name: 'Ny', password: 'a-long-password-1' } }),
  },
  changePassword: {
    allowed: 'SIGNED_IN',
    valid: () => ({ input: { currentPassword: 'not-the-password', newPassword: 'another-password-1' } }),
    invalid: () => ({ input: { currentPassword: '', newPassword: 'kort' } }),
  },
  setLocale: { allowed: 'SIGNED_IN', valid: () => ({ locale: 'da' }), invalid: () => ({ locale: 'de' }) },
  revokeSession: { allowed: 'SIGNED_IN', valid: () => ({ id: 'ukendt' }) },
  markNotificationRead: { allowed: 'SIGNED_IN', valid: (w) => ({ id: w.notification.id }) },
  snoozeNotification: {
    allowed: 'SIGNED_IN',
    valid: (w) => ({ id: w.notification.id, until: new Date(Date.now() + 86_400_000).toISOString() }),
    invalid: (w) => ({ id: w.notification.id, until: '2000-01-01T00:00:00.000Z' }),
  },
  saveView: {
    allowed: 'SIGNED_IN',
    valid: () => ({ input: { tableKey: 'systems', name: 'Min visning', config: {} } }),
    invalid: () => ({ input: { tableKey: 'systems', name: '', config: {} } }),
  },
  // An organisation's default view is its administrators'.
  updateSavedView: {
    allowed: ADMIN,
    valid: (w) => ({ input: { ...byId(w.defaultView.id), name: 'Standard' } }),
    invalid: (w) => ({ input: { ...byId(w.defaultView.id), name: '' } }),
  },
  deleteSavedView: { allowed: ADMIN, valid: (w) => byId(w.defaultView.id) },

  // Installation and organisation administration.
  createOrganisation: {
    allowed: NOBODY, // installation administrators only, who hold no organisation role for it
    valid: () => ({
      input: { name: 'Ny Kommune', cvr: '29189846', type: 'MUNICIPALITY', adminEmail: 'a@ny.test' },
    }),
  },
  updateOrganisationSettings: {
    allowed: ADMIN,
    valid: () => ({ version: v, input: settings(12) }),
    invalid: () => ({ version: v, input: settings(0) }),
  },
  // API tokens and single sign-on: administrators alone (ADR 0026, 0027, 0028).
  createApiToken: {
    allowed: ADMIN,
    valid: () => ({ input: { name: 'Matrix-BI', scope: 'READ' } }),
    invalid: () => ({ input: { name: 'Matrix-BI', scope: 'READ', expiresAt: '2099-01-01T00:00:00Z' } }),
  },
  revokeApiToken: { allowed: ADMIN, valid: () => ({ id: NONE }) },
  createSignInProvider: {
    allowed: ADMIN,
    valid: () => ({ kind: 'OIDC', input: providerInput('matrix.test') }),
    invalid: () => ({ kind: 'OIDC', input: providerInput('ikke et domæne') }),
  },
  updateSignInProvider: {
    allowed: ADMIN,
    // No invalid input: the provider is looked up first, since its kind decides what is valid.
    valid: () => ({ ...byId(NONE), input: providerInput('matrix.test') }),
  },
  setSignInProviderEnabled: { allowed: ADMIN, valid: () => ({ ...byId(NONE), enabled: true }) },
  deleteSignInProvider: { allowed: ADMIN, valid: () => byId(NONE) },
  testOidcIssuer: {
    allowed: ADMIN,
    valid: () => ({ issuer: 'https://127.0.0.1:1/' }),
    invalid: () => ({ issuer: 'ftp://ikke-https' }),
  },
  setPasswordSignIn: { allowed: ADMIN, valid: () => ({ enabled: false, version: v }) },
  createUnit: {
    allowed: ADMIN,
    valid: () => ({ input: { name: 'Matrix-enhed' } }),
    invalid: () => ({ input: { name: ' ' } }),
  },
  updateUnit: {
    allowed: ADMIN,
    valid: (w) => ({ input: { ...byId(w.unit.id), name: 'Omdøbt' } }),
    invalid: (w) => ({ input: { ...byId(w.unit.id), name: ' ' } }),
  },
  deleteUnit: { allowed: ADMIN, valid: (w) => byId(w.unit.id) },
  inviteMember: {
    allowed: ADMIN,
    valid: () => ({ input: { email: 'ny@matrix.test', name: 'Ny Kollega', roles: ['READER'] } }),
    invalid: () => ({ input: { email: 'ikke-en-adresse', name: 'Ny', roles: ['READER'] } }),
  },
  setMemberRoles: {
    allowed: ADMIN,
    valid: (w) => ({ ...byId(w.member.id), roles: ['READER'] }),
    invalid: (w) => ({ ...byId(w.member.id), roles: [] }),
  },
  setMemberUnit: {
    allowed: ADMIN,
    valid: (w) => ({ ...byId(w.member.id), unitId: w.unit.id }),
    invalid: (w) => ({ ...byId(w.member.id), unitId: NONE }),
  },
  deactivateMember: { allowed: ADMIN, valid: (w) => byId(w.member.id) },
  reactivateMember: { allowed: ADMIN, valid: (w) => byId(w.member.id) },
  handOverResponsibilities: {
    allowed: ADMIN,
    valid: (w) => ({
      input: {
        fromUserId: w.someone,
        toUserId: w.userIds.SYSTEM_OWNER,
        items: [{ kind: 'SYSTEM_USAGE', role: 'OWNER', id: w.usage.id, version: v }],
      },
    }),
    invalid: (w) => ({ input: { fromUserId: w.someone, toUserId: w.someone, items: [] } }),
  },
  createCapability: {
    allowed: ADMIN,
    valid: () => ({ input: { name: 'Matrix-kapabilitet' } }),
    invalid: () => ({ input: { name: ' ' } }),
  },
  renameCapability: {
    allowed: ADMIN,
    valid: (w) => ({ input: { ...byId(w.capability.id), name: 'Omdøbt' } }),
    invalid: (w) => ({ input: { ...byId(w.capability.id), name: ' ' } }),
  },
  moveCapability: {
    allowed: ADMIN,
    valid: (w) => ({ input: { ...byId(w.capability.id), parentId: null } }),
    invalid: (w) => ({ input: { ...byId(w.capability.id), parentId: 'ikke-et-id' } }),
  },
  setCapabilityArchived: { allowed: ADMIN, valid: (w) => ({ ...byId(w.capability.id), archived: true }) },
  createStandardRequirement: {
    allowed: ADMIN,
    valid: () => ({ input: { title: 'Krav', category: 'Drift' } }),
    invalid: () => ({ input: { title: ' ', category: 'Drift' } }),
  },
  updateStandardRequirement: {
    allowed: ADMIN,
    valid: (w) => ({ input: { ...byId(w.requirement.id), title: 'Krav', category: 'Drift' } }),
    invalid: (w) => ({ input: { ...byId(w.requirement.id), title: ' ', category: 'Drift' } }),
  },
  deleteStandardRequirement: { allowed: ADMIN, valid: (w) => byId(w.requirement.id) },

  // Landscape: system usages and what hangs on them follow canEditSystemUsage.
  createSystemUsage: {
    allowed: ADMIN,
    valid: (w) => ({ input: { systemId: w.localSystem.id } }),
    invalid: (w) => ({ input: { systemId: w.localSystem.id, userCount: -1 } }),
    keeper: (w) => ({ input: { systemId: w.localSystem.id, ownerUserId: w.userIds.SYSTEM_OWNER } }),
  },
  updateSystemUsage: {
    allowed: ADMIN,
    valid: (w) => ({ input: byId(w.usage.id) }),
    invalid: (w) => ({ input: { ...byId(w.usage.id), userCount: -1 } }),
    keeper: (w) => ({ input: byId(w.ownUsage.id) }),
  },
  deleteSystemUsage: { allowed: ADMIN, valid: (w) => byId(w.usage.id), keeper: (w) => byId(w.ownUsage.id) },
  createUsageDataSource: {
    allowed: ADMIN,
    valid: (w) => ({ input: { usageId: w.usage.id, dataSourceId: w.localSource.id } }),
    invalid: (w) => ({ input: { usageId: w.usage.id, dataSourceId: w.localSource.id, yearlyCost: -1 } }),
    keeper: (w) => ({ input: { usageId: w.ownUsage.id, dataSourceId: w.localSource.id } }),
  },
  updateUsageDataSource: {
    allowed: ADMIN,
    valid: (w) => ({ input: byId(w.edge.id) }),
    invalid: (w) => ({ input: { ...byId(w.edge.id), yearlyCost: -1 } }),
    keeper: (w) => ({ input: byId(w.ownEdge.id) }),
  },
  deleteUsageDataSource: { allowed: ADMIN, valid: (w) => byId(w.edge.id), keeper: (w) => byId(w.ownEdge.id) },
  createIntegration: {
    allowed: ADMIN,
    valid: (w) => ({ input: { fromUsageId: w.usage.id, toUsageId: w.usage2.id } }),
    invalid: (w) => ({ input: { fromUsageId: w.usage.id, toUsageId: w.usage2.id, migrationMonths: -1 } }),
    keeper: (w) => ({ input: { fromUsageId: w.usage.id, toUsageId: w.ownUsage.id } }),
  },
  updateIntegration: {
    allowed: ADMIN,
    valid: (w) => ({ input: byId(w.integration.id) }),
    invalid: (w) => ({ input: { ...byId(w.integration.id), migrationMonths: -1 } }),
    keeper: (w) => ({ input: byId(w.ownIntegration.id) }),
  },
  deleteIntegration: {
    allowed: ADMIN,
    valid: (w) => byId(w.integration.id),
    keeper: (w) => byId(w.ownIntegration.id),
  },
  createExternalReference: {
    allowed: ADMIN,
    valid: (w) => ({ input: { subject: 'SYSTEM_USAGE', subjectId: w.usage.id, title: 'Aftale' } }),
    invalid: (w) => ({ input: { subject: 'SYSTEM_USAGE', subjectId: w.usage.id, title: ' ' } }),
    keeper: (w) => ({ input: { subject: 'SYSTEM_USAGE', subjectId: w.ownUsage.id, title: 'Aftale' } }),
  },
  updateExternalReference: {
    allowed: ADMIN,
    valid: (w) => ({ input: { ...byId(w.reference.id), title: 'Aftale' } }),
    invalid: (w) => ({ input: { ...byId(w.reference.id), title: ' ' } }),
    keeper: (w) => ({ input: { ...byId(w.ownReference.id), title: 'Aftale' } }),
  },
  deleteExternalReference: {
    allowed: ADMIN,
    valid: (w) => byId(w.reference.id),
    keeper: (w) => byId(w.ownReference.id),
  },
  // The shared catalogue, overlaps: landscape editors as before (ADR 0029 leaves them as they were).
  createItSystem: {
    allowed: LANDSCAPE,
    valid: () => ({ input: { name: 'Matrix-system', visibility: 'LOCAL' } }),
    invalid: () => ({ input: { name: ' ', visibility: 'LOCAL' } }),
  },
  updateItSystem: {
    allowed: ADMIN,
    valid: (w) => ({ input: { ...byId(w.localSystem.id), name: 'Matrix lokalt system' } }),
    invalid: (w) => ({ input: { ...byId(w.localSystem.id), name: ' ' } }),
  },
  createDataSource: {
    allowed: LANDSCAPE,
    valid: () => ({ input: { name: 'Matrix-kilde', kind: 'INTERNAL', visibility: 'LOCAL' } }),
    invalid: () => ({ input: { name: ' ', kind: 'INTERNAL', visibility: 'LOCAL' } }),
  },
  updateDataSource: {
    allowed: LANDSCAPE,
    valid: (w) => ({ input: byId(w.localSource.id) }),
    invalid: (w) => ({ input: { ...byId(w.localSource.id), name: ' ' } }),
  },
  createInterface: {
    allowed: LANDSCAPE,
    valid: () => ({ input: { name: 'Matrix-snitflade', visibility: 'LOCAL' } }),
    invalid: () => ({ input: { name: ' ', visibility: 'LOCAL' } }),
  },
  updateInterface: {
    allowed: LANDSCAPE,
    valid: (w) => ({ input: byId(w.localInterface.id) }),
    invalid: (w) => ({ input: { ...byId(w.localInterface.id), name: ' ' } }),
  },
  deleteInterface: { allowed: LANDSCAPE, valid: (w) => byId(w.localInterface.id) },
  acceptOverlap: {
    allowed: LANDSCAPE,
    valid: (w) => ({
      input: { capabilityId: w.capability.id, usageIds: [w.usage.id, w.usage2.id], reason: 'Bevidst' },
    }),
    invalid: (w) => ({
      input: { capabilityId: w.capability.id, usageIds: [w.usage.id, w.usage2.id], reason: ' ' },
    }),
  },
  reopenOverlapAcceptance: {
    allowed: LANDSCAPE,
    valid: (w) => ({ ...byId(w.acceptance.id), reason: 'Genåbnet' }),
    invalid: (w) => ({ ...byId(w.acceptance.id), reason: TOO_LONG }),
  },
  createSupplier: {
    allowed: SUPPLIERS,
    valid: () => ({ input: { name: 'Matrix Ny ApS' } }),
    invalid: () => ({ input: { name: ' ' } }),
  },
  updateSupplier: {
    allowed: SUPPLIERS,
    valid: (w) => ({ input: { ...byId(w.supplier.id), name: 'Matrix Leverandør ApS' } }),
    invalid: (w) => ({ input: { ...byId(w.supplier.id), name: ' ' } }),
  },
  deleteSupplier: { allowed: SUPPLIERS, valid: (w) => byId(w.supplier.id) },
  createSupplierContact: {
    allowed: SUPPLIERS,
    valid: (w) => ({ input: { supplierId: w.supplier.id, name: 'Ny Kontakt' } }),
    invalid: (w) => ({ input: { supplierId: w.supplier.id, name: ' ' } }),
  },
  updateSupplierContact: {
    allowed: SUPPLIERS,
    valid: (w) => ({ input: { ...byId(w.contact.id), name: 'Kontakt' } }),
    invalid: (w) => ({ input: { ...byId(w.contact.id), name: ' ' } }),
  },
  deleteSupplierContact: { allowed: SUPPLIERS, valid: (w) => byId(w.contact.id) },
  saveSupplierNotes: {
    allowed: SUPPLIERS,
    valid: (w) => ({ input: { supplierId: w.supplier.id, notes: 'Noter', version: v } }),
    invalid: (w) => ({ input: { supplierId: w.supplier.id, notes: TOO_LONG, version: v } }),
  },

  // Contracts and tenders.
  createContract: {
    allowed: CONTRACT,
    valid: () => ({ input: { name: 'Matrix-kontrakt', startDate: '2026-01-01' } }),
    invalid: () => ({ input: { name: ' ', startDate: '2026-01-01' } }),
  },
  updateContract: {
    allowed: CONTRACT,
    valid: (w) => ({ input: { ...byId(w.contract.id), name: 'Kontrakt', startDate: '2026-01-01' } }),
    invalid: (w) => ({ input: { ...byId(w.contract.id), name: ' ', startDate: '2026-01-01' } }),
  },
  deleteContract: { allowed: CONTRACT, valid: (w) => byId(w.contract.id) },
  registerInvoice: {
    allowed: CONTRACT,
    valid: (w) => ({ input: invoice(w.contract.id, 'M-1') }),
    invalid: (w) => ({ input: invoice(w.contract.id, ' ') }),
  },
  importKitos: {
    allowed: ADMIN,
    valid: () => ({ input: { file: '', dryRun: true } }),
    invalid: () => ({ input: { file: '', dryRun: true } }),
  },
  saveKitosConnection: {
    allowed: ADMIN,
    valid: () => ({
      input: {
        version: v,
        baseUrl: 'https://kitos.example',
        kitosOrganisationUuid: NONE,
        nightly: false,
      },
    }),
    invalid: () => ({
      input: { version: null, baseUrl: 'ikke-en-adresse', kitosOrganisationUuid: 'x', nightly: false },
    }),
  },
  syncKitos: { allowed: ADMIN, valid: () => ({}) },
  resolveKitosConflict: { allowed: ADMIN, valid: () => ({ id: NONE, choice: 'KEEP_OVERBLIK' }) },
  importInvoicesCsv: { allowed: CONTRACT, valid: (w) => ({ contractId: w.contract.id, csv: '' }) },
  runContractAlerts: { allowed: CONTRACT, valid: () => ({}) },
  createTenderPlan: {
    allowed: CONTRACT,
    valid: () => ({ input: { candidateKey: 'ukendt' } }),
    invalid: () => ({ input: { candidateKey: 'ukendt', windowMonths: -1 } }),
  },
  startRetenderProposal: { allowed: RETENDER, valid: (w) => ({ contractId: w.contract.id }) },
  addRequirementChecklist: { allowed: RETENDER, valid: (w) => ({ projectId: w.project.id }) },
  updateRequirementCheck: {
    allowed: RETENDER,
    valid: (w) => ({ input: { ...byId(w.check.id), fulfilled: true } }),
    invalid: (w) => ({ input: { ...byId(w.check.id), fulfilled: true, note: TOO_LONG } }),
  },

  // Portfolio: projects, proposals, prioritisation.
  createProject: {
    allowed: PROPOSE,
    valid: () => ({ input: { name: 'Matrix-projekt' } }),
    invalid: () => ({ input: { name: ' ' } }),
  },
  updateProject: {
    allowed: COORDINATE,
    valid: (w) => ({ input: byId(w.project.id) }),
    invalid: (w) => ({ input: { ...byId(w.project.id), name: ' ' } }),
  },
  submitProposal: {
    allowed: PROPOSE,
    valid: () => ({ input: { name: 'Matrix-indstilling', problem: 'Et problem' } }),
    invalid: () => ({ input: { name: ' ', problem: 'Et problem' } }),
  },
  prequalifyProposal: {
    allowed: COUNCIL,
    valid: (w) => ({ input: { proposalId: w.proposal.id, version: v } }),
  },
  returnProposal: {
    allowed: COUNCIL,
    valid: (w) => ({ input: { proposalId: w.proposal.id, version: v, reason: 'Mangler' } }),
  },
  approveProposal: { allowed: BOARD, valid: (w) => ({ input: { proposalId: w.proposal.id, version: v } }) },
  rejectProposal: {
    allowed: BOARD,
    valid: (w) => ({ input: { proposalId: w.proposal.id, version: v, reason: 'Nej' } }),
  },
  deferProposal: {
    allowed: BOARD,
    valid: (w) => ({ input: { proposalId: w.proposal.id, version: v, reason: 'Senere' } }),
  },
  appointProjectLead: {
    allowed: GATE,
    valid: (w) => ({ projectId: w.project.id, leadUserId: w.userIds.PROJECT_LEAD, version: v }),
  },
  passGate: {
    allowed: GATE,
    valid: (w) => ({ projectId: w.project.id, toPhase: 'ukendt', version: v }),
    invalid: (w) => ({ projectId: w.project.id, toPhase: 'ukendt', version: v, reason: TOO_LONG }),
  },
  decideProjectLifecycle: {
    allowed: BOARD,
    valid: (w) => ({ input: { projectId: w.project.id, version: v, action: 'PAUSE', reason: 'Matrix' } }),
    invalid: (w) => ({ input: { projectId: w.project.id, version: v, action: 'PAUSE', reason: ' ' } }),
  },
  deleteProject: { allowed: COORDINATE, valid: (w) => byId(w.project.id) },
  setProjectTeam: {
    allowed: COORDINATE,
    valid: (w) => ({ projectId: w.project.id, version: v, members: [] }),
    invalid: (w) => ({
      projectId: w.project.id,
      version: v,
      members: [{ userId: 'ingen', role: 'CUSTODIAN' }],
    }),
  },
  // Programmes: the coordinator and the board keep them (canKeepProgrammes).
  createProgramme: {
    allowed: GATE,
    valid: () => ({ input: { name: 'Matrix-program 2' } }),
    invalid: () => ({ input: { name: ' ' } }),
  },
  updateProgramme: {
    allowed: GATE,
    valid: (w) => ({ input: byId(w.programme.id) }),
    invalid: (w) => ({ input: { ...byId(w.programme.id), name: ' ' } }),
  },
  setProgrammeArchived: { allowed: GATE, valid: (w) => ({ ...byId(w.programme.id), archived: true }) },
  setProgrammeProjects: {
    allowed: GATE,
    valid: (w) => ({ programmeId: w.programme.id, version: v, projectIds: [w.project.id] }),
    invalid: (w) => ({ programmeId: w.programme.id, version: v, projectIds: ['ikke-et-id'] }),
  },
  reorderProject: { allowed: BOARD, valid: (w) => ({ projectId: w.project.id }) },
  createScenario: { allowed: BOARD, valid: () => ({ name: 'Matrix' }), invalid: () => ({ name: ' ' }) },
  reorderInScenario: {
    allowed: BOARD,
    valid: (w) => ({ scenarioId: w.scenario.id, projectId: w.project.id }),
  },
  approveScenario: { allowed: BOARD, valid: (w) => ({ scenarioId: w.scenario.id, version: v }) },
  createCriterion: {
    allowed: COORDINATE,
    valid: () => ({ input: { name: 'Matrix-kriterium', weight: 1 } }),
    invalid: () => ({ input: { name: ' ', weight: 1 } }),
  },
  updateCriterion: {
    allowed: COORDINATE,
    valid: (w) => ({ input: { ...byId(w.criterion.id), name: 'Kriterium', weight: 1 } }),
    invalid: (w) => ({ input: { ...byId(w.criterion.id), name: ' ', weight: 1 } }),
  },
  deleteCriterion: { allowed: COORDINATE, valid: (w) => byId(w.criterion.id) },
  createCategory: {
    allowed: COORDINATE,
    valid: () => ({ input: { name: 'Matrix-kategori', dimension: 'SCOPE' } }),
    invalid: () => ({ input: { name: ' ', dimension: 'SCOPE' } }),
  },
  updateCategory: {
    allowed: COORDINATE,
    valid: (w) => ({ input: { ...byId(w.category.id), name: 'Kategori', dimension: 'SCOPE' } }),
    invalid: (w) => ({ input: { ...byId(w.category.id), name: ' ', dimension: 'SCOPE' } }),
  },
  deleteCategory: { allowed: COORDINATE, valid: (w) => byId(w.category.id) },
  setCriterionScore: {
    allowed: ASSESS,
    valid: (w) => ({ input: { criterionId: w.criterion.id, projectId: w.project.id, value: 3, version: v } }),
    invalid: (w) => ({ input: { criterionId: w.criterion.id, projectId: w.project.id, value: 999 } }),
  },
  setProjectCategories: {
    allowed: ASSESS,
    valid: (w) => ({ input: { projectId: w.project.id, categoryIds: [], version: v } }),
    invalid: (w) => ({ input: { projectId: w.project.id, categoryIds: [NONE], version: v } }),
  },
  saveBusinessCase: {
    allowed: COORDINATE,
    valid: (w) => ({ projectId: w.project.id, version: v, lines: [] }),
    invalid: (w) => ({
      projectId: w.project.id,
      version: v,
      lines: [{ kind: 'ONE_OFF_COST', amount: 1, description: TOO_LONG }],
    }),
  },
  saveProjectArtefact: {
    allowed: COORDINATE,
    valid: (w) => ({ input: { projectId: w.project.id, kind: 'IDEA_DESCRIPTION', title: 'Notat' } }),
    invalid: (w) => ({ input: { projectId: w.project.id, kind: 'IDEA_DESCRIPTION', title: ' ' } }),
  },
  fileStatusReport: {
    allowed: COORDINATE,
    valid: (w) => ({ input: statusReport(w.project.id, 50) }),
    invalid: (w) => ({ input: statusReport(w.project.id, 150) }),
  },

  // Resources.
  createCompetency: {
    allowed: COORDINATE,
    valid: () => ({ name: 'Matrix-kompetence' }),
    invalid: () => ({ name: ' ' }),
  },
  updateCompetency: {
    allowed: COORDINATE,
    valid: (w) => ({ ...byId(w.competency.id), name: 'Kompetence' }),
    invalid: (w) => ({ ...byId(w.competency.id), name: ' ' }),
  },
  createPerson: {
    allowed: COORDINATE,
    valid: () => ({ input: { name: 'Matrix Person' } }),
    invalid: () => ({ input: { name: ' ' } }),
  },
  updatePerson: {
    allowed: COORDINATE,
    valid: (w) => ({ input: { ...byId(w.person.id), name: 'Person' } }),
    invalid: (w) => ({ input: { ...byId(w.person.id), name: ' ' } }),
  },
  deletePerson: { allowed: COORDINATE, valid: (w) => byId(w.person.id) },
  createAllocation: {
    allowed: COORDINATE,
    valid: (w) => ({
      input: { personId: w.person.id, projectId: w.project.id, quarter: '2031-Q1', hoursPerWeek: 1 },
    }),
    invalid: (w) => ({
      input: { personId: w.person.id, projectId: w.project.id, quarter: '2031-Q1', hoursPerWeek: -1 },
    }),
  },
  updateAllocation: {
    allowed: COORDINATE,
    valid: (w) => ({ input: { ...byId(w.allocation.id), hoursPerWeek: 1 } }),
    invalid: (w) => ({ input: { ...byId(w.allocation.id), hoursPerWeek: -1 } }),
  },
  deleteAllocation: { allowed: COORDINATE, valid: (w) => byId(w.allocation.id) },
  setResourceDemand: {
    allowed: COORDINATE,
    valid: (w) => ({
      input: { projectId: w.project.id, competencyId: w.competency.id, quarter: '2031-Q1', hoursPerWeek: 1 },
    }),
    invalid: (w) => ({
      input: { projectId: w.project.id, competencyId: w.competency.id, quarter: '2031-Q1', hoursPerWeek: -1 },
    }),
  },

  // Benefits and maturity.
  createBenefit: {
    allowed: COORDINATE,
    valid: (w) => ({ input: { projectId: w.project.id, title: 'Matrix-gevinst' } }),
    invalid: (w) => ({ input: { projectId: w.project.id, title: ' ' } }),
  },
  updateBenefit: {
    allowed: COORDINATE,
    valid: (w) => ({ input: byId(w.benefit.id) }),
    invalid: (w) => ({ input: { ...byId(w.benefit.id), title: ' ' } }),
  },
  deleteBenefit: { allowed: COORDINATE, valid: (w) => byId(w.benefit.id) },
  recordMeasurement: {
    allowed: COORDINATE,
    valid: (w) => ({ input: { benefitId: w.benefit.id, measuredOn: '2026-01-01', value: 1 } }),
    invalid: (w) => ({
      input: { benefitId: w.benefit.id, measuredOn: '2026-01-01', value: 1, comment: TOO_LONG },
    }),
  },
  createBenefitMapNode: {
    allowed: COORDINATE,
    valid: (w) => ({ input: { projectId: w.project.id, kind: 'GOAL', label: 'Effekt' } }),
    invalid: (w) => ({ input: { projectId: w.project.id, kind: 'GOAL', label: ' ' } }),
  },
  updateBenefitMapNode: {
    allowed: COORDINATE,
    valid: (w) => ({ input: { ...byId(w.mapNode.id), label: 'Effekt' } }),
    invalid: (w) => ({ input: { ...byId(w.mapNode.id), label: ' ' } }),
  },
  deleteBenefitMapNode: { allowed: COORDINATE, valid: (w) => byId(w.mapNode.id) },
  recordMaturityAssessment: {
    allowed: COORDINATE,
    valid: () => ({ input: { answers: [] } }),
    invalid: () => ({ input: { answers: [{ key: 'ukendt', yes: true }] } }),
  },
};

function settings(alertHorizonMonths: number) {
  return {
    name: 'Norddal Kommune',
    cvr: null,
    alertHorizonMonths,
    procurementLeadMonths: [
      { purchaseForm: 'EU_TENDER', months: 12 },
      { purchaseForm: 'MINI_TENDER', months: 4 },
      { purchaseForm: 'DIRECT_AWARD', months: 2 },
      { purchaseForm: 'FRAMEWORK_CALL_OFF', months: 3 },
      { purchaseForm: 'OTHER', months: 6 },
    ],
    migrationMonths: 0,
    alertRecipients: ['CONTRACT_OWNER'],
    defaultLocale: 'da',
    systemOwnersEditUnitUsages: false,
  };
}

const invoice = (contractId: string, number: string) => ({
  contractId,
  number,
  amount: 1,
  invoiceDate: '2026-01-01',
  periodStart: '2026-01-01',
  periodEnd: '2026-01-31',
});

const statusReport = (projectId: string, progressPercent: number) => ({
  projectId,
  periodEnd: '2026-01-31',
  progressPercent,
  budget: 1,
  spent: 1,
  ragTime: 'GREEN',
  ragCost: 'GREEN',
  ragScope: 'GREEN',
  ragQuality: 'GREEN',
});

/** An OIDC provider's settings with one allowed e-mail domain. */
const providerInput = (domain: string) => ({
  name: 'Matrix IdP',
  allowedDomains: [domain],
  roleClaim: '',
  roleMapping: [],
  newUserRole: null,
  oidc: { issuer: 'https://idp.matrix.test', clientId: 'overblik', clientSecret: 'hemmelig' },
});
