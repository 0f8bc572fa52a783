import {
  canAppointProjectLead,
  canAssessProjects,
  canKeepPrioritisationModel,
  canKeepProgrammes,
  canKeepStandardRequirements,
  canPrepareRetender,
  canSetOrganisationDefaultView,
  canDecidePortfolio,
  canManageResources,
  canPassProjectGate,
  canPrequalifyProposals,
  canProposeProjects,
  canRankPortfolio,
  canEditBenefit,
  canEditCatalogueEntry,
  canEditCatalogueSystem,
  canEditContract,
  canEditLandscape,
  canEditProject,
  canMeasureBenefit,
  canReportOnProject,
} from './permissions';
import type { Role } from './roles';

const project = { ownerUserId: 'owner', leadUserId: 'lead' };

describe('can… predicates', () => {
  it('lets contract managers and administrators edit contracts, not system owners or readers', () => {
    expect(canEditContract(['CONTRACT_MANAGER'])).toBe(true);
    expect(canEditContract(['ADMINISTRATOR'])).toBe(true);
    expect(canEditContract(['SYSTEM_OWNER', 'READER'])).toBe(false);
    expect(canEditLandscape(['SYSTEM_OWNER'])).toBe(true);
    expect(canEditLandscape(['CONTRACT_MANAGER'])).toBe(false);
  });

  it('lets only the registering organisation’s landscape editors change a catalogue entry', () => {
    const own = { organisationId: 'org-a', roles: ['SYSTEM_OWNER'] as const };
    expect(canEditCatalogueEntry(own, { ownerOrganisationId: 'org-a' })).toBe(true);
    expect(canEditCatalogueEntry(own, { ownerOrganisationId: 'org-b' })).toBe(false);
    // National entries belong to nobody here.
    expect(canEditCatalogueEntry(own, { ownerOrganisationId: null })).toBe(false);
    expect(
      canEditCatalogueEntry({ organisationId: 'org-a', roles: ['READER'] }, { ownerOrganisationId: 'org-a' }),
    ).toBe(false);
  });

  it('lets coordinators and the project’s own owner or lead edit its benefits', () => {
    expect(canEditBenefit({ roles: ['PROJECT_COORDINATOR'], viewerId: 'x' }, null)).toBe(true);
    expect(canEditBenefit({ roles: ['READER'], viewerId: 'lead' }, project)).toBe(true);
    expect(canEditBenefit({ roles: ['PROJECT_LEAD'], viewerId: 'someone' }, project)).toBe(false);
    // Outside any project only the secretariat keeps the register.
    expect(canEditBenefit({ roles: ['PROJECT_LEAD'], viewerId: 'lead' }, null)).toBe(false);
  });

  it('lets only the responsible, the accountable or a coordinator measure a benefit', () => {
    const benefit = { responsibleUserId: 'r', accountableUserId: 'a' };
    expect(canMeasureBenefit({ roles: [], viewerId: 'r' }, benefit)).toBe(true);
    expect(canMeasureBenefit({ roles: [], viewerId: 'a' }, benefit)).toBe(true);
    expect(canMeasureBenefit({ roles: ['SYSTEM_OWNER', 'PROJECT_LEAD'], viewerId: 'x' }, benefit)).toBe(
      false,
    );
    expect(canMeasureBenefit({ roles: ['PROJECT_COORDINATOR'], viewerId: 'x' }, benefit)).toBe(true);
  });

  it('needs both ownership and the role’s grant to edit or report on a project', () => {
    expect(canEditProject({ roles: ['PROJECT_LEAD'], viewerId: 'lead' }, project)).toBe(true);
    expect(canEditProject({ roles: ['READER'], viewerId: 'lead' }, project)).toBe(false);
    expect(canEditProject({ roles: ['PROJECT_LEAD'], viewerId: 'x' }, project)).toBe(false);
    expect(canReportOnProject({ roles: ['PROJECT_LEAD'], viewerId: 'owner' }, project)).toBe(true);
    expect(canReportOnProject({ roles: ['SYSTEM_OWNER'], viewerId: 'owner' }, project)).toBe(false);
    expect(canReportOnProject({ roles: ['PROJECT_COORDINATOR'], viewerId: 'x' }, project)).toBe(true);
  });
});

describe('portfolio and resource predicates', () => {
  it('gives each step of the approval path to its own body', () => {
    expect(canProposeProjects(['SYSTEM_OWNER'])).toBe(true);
    expect(canProposeProjects(['DIGITALISATION_COUNCIL'])).toBe(false);
    expect(canPrequalifyProposals(['DIGITALISATION_COUNCIL'])).toBe(true);
    expect(canPrequalifyProposals(['PORTFOLIO_STEERING_GROUP'])).toBe(false);
    expect(canDecidePortfolio(['PORTFOLIO_STEERING_GROUP'])).toBe(true);
    expect(canDecidePortfolio(['DIGITALISATION_COUNCIL', 'PROJECT_COORDINATOR'])).toBe(false);
    expect(canRankPortfolio(['EXECUTIVE_BOARD'])).toBe(true);
    expect(canRankPortfolio(['PROJECT_COORDINATOR'])).toBe(false);
  });

  it('lets the coordinator or the steering group pass gates and appoint leads, not a project lead', () => {
    for (const allowed of [canPassProjectGate, canAppointProjectLead]) {
      expect(allowed(['PROJECT_COORDINATOR'])).toBe(true);
      expect(allowed(['PORTFOLIO_STEERING_GROUP'])).toBe(true);
      expect(allowed(['PROJECT_LEAD', 'DIGITALISATION_COUNCIL'])).toBe(false);
    }
  });

  it('lets the coordinator, the executive board and the steering group keep programmes', () => {
    expect(canKeepProgrammes(['PROJECT_COORDINATOR'])).toBe(true);
    expect(canKeepProgrammes(['ADMINISTRATOR'])).toBe(true);
    expect(canKeepProgrammes(['EXECUTIVE_BOARD'])).toBe(true);
    expect(canKeepProgrammes(['PORTFOLIO_STEERING_GROUP'])).toBe(true);
    expect(canKeepProgrammes(['PROJECT_LEAD', 'SYSTEM_OWNER', 'DIGITALISATION_COUNCIL', 'READER'])).toBe(
      false,
    );
  });

  it('leaves people, competencies, allocations and demand to the coordinators', () => {
    expect(canManageResources(['PROJECT_COORDINATOR'])).toBe(true);
    expect(canManageResources(['ADMINISTRATOR'])).toBe(true);
    expect(canManageResources(['PROJECT_LEAD', 'PORTFOLIO_STEERING_GROUP'])).toBe(false);
  });
});

describe('model, assessment, re-tender and library predicates', () => {
  it('keeps the prioritisation model with administrators and the coordinator, not the board or the council', () => {
    expect(canKeepPrioritisationModel(['ADMINISTRATOR'])).toBe(true);
    expect(canKeepPrioritisationModel(['PROJECT_COORDINATOR'])).toBe(true);
    expect(canKeepPrioritisationModel(['EXECUTIVE_BOARD', 'DIGITALISATION_COUNCIL', 'SYSTEM_OWNER'])).toBe(
      false,
    );
  });

  it('lets the coordinator, the council and the board assess projects, not proposers or contract managers', () => {
    expect(canAssessProjects(['PROJECT_COORDINATOR'])).toBe(true);
    expect(canAssessProjects(['DIGITALISATION_COUNCIL'])).toBe(true);
    expect(canAssessProjects(['EXECUTIVE_BOARD'])).toBe(true);
    expect(canAssessProjects(['PORTFOLIO_STEERING_GROUP'])).toBe(true);
    expect(canAssessProjects(['SYSTEM_OWNER', 'PROJECT_LEAD', 'CONTRACT_MANAGER', 'READER'])).toBe(false);
  });

  it('lets contract managers and proposers prepare a re-tender, not the council, the board or a reader', () => {
    expect(canPrepareRetender(['CONTRACT_MANAGER'])).toBe(true);
    expect(canPrepareRetender(['SYSTEM_OWNER'])).toBe(true);
    expect(canPrepareRetender(['PROJECT_LEAD'])).toBe(true);
    expect(canPrepareRetender(['DIGITALISATION_COUNCIL', 'EXECUTIVE_BOARD', 'READER'])).toBe(false);
  });

  it('keeps the standard requirements and the organisation’s default views with its administrators', () => {
    expect(canKeepStandardRequirements(['ADMINISTRATOR'])).toBe(true);
    expect(canKeepStandardRequirements(['PROJECT_COORDINATOR', 'CONTRACT_MANAGER'])).toBe(false);
    expect(canSetOrganisationDefaultView(['ADMINISTRATOR'])).toBe(true);
    expect(canSetOrganisationDefaultView(['PROJECT_COORDINATOR', 'SYSTEM_OWNER'])).toBe(false);
  });

  it('keeps catalogue systems with the installation administrator and the registering organisation’s administrators', () => {
    const norddal = { ownerOrganisationId: 'norddal' };
    const national = { ownerOrganisationId: null };
    const member = (roles: Role[]) => ({
      installationAdmin: false,
      memberships: [{ organisationId: 'norddal', roles }],
    });
    expect(canEditCatalogueSystem(member(['ADMINISTRATOR']), norddal)).toBe(true);
    // Not a system owner: other organisations rely on the entry; nor an administrator elsewhere.
    expect(canEditCatalogueSystem(member(['SYSTEM_OWNER', 'CONTRACT_MANAGER']), norddal)).toBe(false);
    expect(canEditCatalogueSystem(member(['ADMINISTRATOR']), { ownerOrganisationId: 'sovang' })).toBe(false);
    expect(canEditCatalogueSystem(member(['ADMINISTRATOR']), national)).toBe(false);
    // The installation administrator keeps every entry, national ones too, member or not.
    expect(canEditCatalogueSystem({ installationAdmin: true, memberships: [] }, national)).toBe(true);
    expect(canEditCatalogueSystem({ installationAdmin: true, memberships: [] }, norddal)).toBe(true);
  });
});
