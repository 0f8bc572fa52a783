import { hasPermission, type Role } from './roles';

/**
 * `can…` predicates: who may do what (ADR 0014). The API refuses with FORBIDDEN when one answers
 * false; the web app asks the same predicate to hide or disable the action, so a button shows
 * exactly when the API would accept the click.
 */
export interface Actor {
  /** The viewer's roles in the organisation the record belongs to. */
  roles: readonly Role[];
  viewerId: string;
}

/** The people a project's records belong to. */
export interface ProjectPeople {
  ownerUserId: string | null;
  leadUserId: string | null;
}

const ownsProject = (actor: Actor, project: ProjectPeople | null) =>
  !!project && (project.ownerUserId === actor.viewerId || project.leadUserId === actor.viewerId);

export const canAdministerOrganisation = (roles: readonly Role[]) =>
  hasPermission(roles, 'organisation.admin');
export const canEditLandscape = (roles: readonly Role[]) => hasPermission(roles, 'landscape.edit');
/**
 * Changing a shared catalogue entry (a data source, an interface): only the organisation that
 * registered it, by someone who may edit the landscape there, since other organisations rely on it;
 * national entries (no owner) are read-only. `access` is the viewer's roles in one organisation.
 */
export const canEditCatalogueEntry = (
  access: { organisationId: string; roles: readonly Role[] },
  entry: { ownerOrganisationId: string | null },
): boolean => entry.ownerOrganisationId === access.organisationId && canEditLandscape(access.roles);
/**
 * Editing a catalogue system entry (KITOS IT-System: name, former name, rights holder, business
 * type, parent): every organisation that uses the entry reads these facts, so an installation
 * administrator keeps the whole catalogue, and an organisation's administrator only the entries
 * their organisation registered. National entries (no owner) are the installation's.
 */
export const canEditCatalogueSystem = (
  viewer: {
    installationAdmin: boolean;
    memberships: readonly { organisationId: string; roles: readonly Role[] }[];
  },
  entry: { ownerOrganisationId: string | null },
): boolean =>
  viewer.installationAdmin ||
  viewer.memberships.some(
    (m) => m.organisationId === entry.ownerOrganisationId && canAdministerOrganisation(m.roles),
  );
export const canEditContract = (roles: readonly Role[]) => hasPermission(roles, 'contract.edit');
export const canCoordinatePortfolio = (roles: readonly Role[]) =>
  hasPermission(roles, 'portfolio.coordinate');
export const canAssessMaturity = (roles: readonly Role[]) => hasPermission(roles, 'maturity.assess');

/**
 * Creating and editing a benefit: project coordinators (the secretariat keeps the benefit
 * register) and the owner or lead of the benefit's project, who wrote the business case. A benefit
 * outside any project is the coordinators' alone.
 */
export const canEditBenefit = (actor: Actor, project: ProjectPeople | null): boolean =>
  canCoordinatePortfolio(actor.roles) || ownsProject(actor, project);

/**
 * Recording a measurement: the benefit's responsible or accountable user (they harvest it and
 * answer for it) or a coordinator, whatever other role anyone else holds.
 */
export const canMeasureBenefit = (
  actor: Actor,
  benefit: { responsibleUserId: string | null; accountableUserId: string | null },
): boolean =>
  canCoordinatePortfolio(actor.roles) ||
  benefit.responsibleUserId === actor.viewerId ||
  benefit.accountableUserId === actor.viewerId;

/** Editing a project and its records (business case, artefacts): coordinators, or its own owner or lead who may propose. */
export const canEditProject = (actor: Actor, project: ProjectPeople): boolean =>
  canCoordinatePortfolio(actor.roles) ||
  (ownsProject(actor, project) && hasPermission(actor.roles, 'portfolio.propose'));

/** Filing a status report: coordinators, or the project's own owner or lead who may report. */
export const canReportOnProject = (actor: Actor, project: ProjectPeople): boolean =>
  canCoordinatePortfolio(actor.roles) ||
  (ownsProject(actor, project) && hasPermission(actor.roles, 'project.report'));

/** Proposing a project (indstilling): system owners, project leads and coordinators. */
export const canProposeProjects = (roles: readonly Role[]) => hasPermission(roles, 'portfolio.propose');
/** The digitalisation council pre-qualifies or returns proposals. */
export const canPrequalifyProposals = (roles: readonly Role[]) =>
  hasPermission(roles, 'portfolio.prequalify');
/** The steering group's decisions: approving proposals and adopting a ranking scenario. */
export const canDecidePortfolio = (roles: readonly Role[]) => hasPermission(roles, 'portfolio.decide');
export const canRankPortfolio = (roles: readonly Role[]) => hasPermission(roles, 'portfolio.rank');

/** Passing a project through a gate: the coordinator, or the steering group that decides it. */
export const canPassProjectGate = (roles: readonly Role[]) =>
  canCoordinatePortfolio(roles) || canDecidePortfolio(roles);
/** Appointing an approved project's lead: the steering group, or the coordinator for it. */
export const canAppointProjectLead = (roles: readonly Role[]) =>
  canCoordinatePortfolio(roles) || canDecidePortfolio(roles);
/**
 * Creating, editing and archiving programmes and choosing their projects: the coordinator, who
 * keeps the portfolio, and the executive board or steering group, who set its direction. Every
 * member reads them.
 */
export const canKeepProgrammes = (roles: readonly Role[]) =>
  canCoordinatePortfolio(roles) || canDecidePortfolio(roles);
/** People, competencies, allocations and project demand are kept by the coordinators. */
export const canManageResources = (roles: readonly Role[]) => canCoordinatePortfolio(roles);
/** The prioritisation model (criteria, weights, categories) is kept by administrators and the coordinator. */
export const canKeepPrioritisationModel = (roles: readonly Role[]) =>
  canAdministerOrganisation(roles) || canCoordinatePortfolio(roles);
/** Scoring and categorising a project: those who assess projects — coordinator, council and board. */
export const canAssessProjects = (roles: readonly Role[]) =>
  canCoordinatePortfolio(roles) || canPrequalifyProposals(roles) || canDecidePortfolio(roles);

/**
 * Preparing a re-tender: starting a proposal from a contract and keeping its standard-requirement
 * checklist. Contract editors know the contract; proposers (system owners, project leads) own the
 * proposal.
 */
export const canPrepareRetender = (roles: readonly Role[]) =>
  canEditContract(roles) || canProposeProjects(roles);
/** The organisation's library of standard requirements for tenders is kept by its administrators. */
export const canKeepStandardRequirements = (roles: readonly Role[]) => canAdministerOrganisation(roles);
/** Saved views: an administrator may set or clear the organisation's default view of a table. */
export const canSetOrganisationDefaultView = (roles: readonly Role[]) => canAdministerOrganisation(roles);
