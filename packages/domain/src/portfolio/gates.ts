/**
 * The project model: phases separated by gates. Progress is measured at phase transitions, so a
 * gate only opens when the artefacts that the next phase builds on exist.
 */

export type ArtefactKind =
  | 'IDEA_DESCRIPTION'
  | 'BUSINESS_CASE'
  | 'BENEFIT_MAP'
  | 'RISK_ASSESSMENT'
  | 'RESOURCE_PLAN'
  | 'IMPLEMENTATION_PLAN'
  | 'BENEFIT_REALISATION_PLAN'
  | 'OPERATIONS_HANDOVER'
  | 'CLOSING_REPORT';

export interface ProjectPhase {
  key: string;
  /** Artefacts required to leave this phase for the next one (the gate at its end). */
  requiredToLeave: readonly ArtefactKind[];
}

/**
 * Default model, in order. Organisations may pass their own list to `canPassGate`.
 * - idea → analysis: a short idea description, so analysis time is spent on a named problem.
 * - analysis → proposal: the business case, the core of every proposal (indstilling).
 * - proposal → execution: what the board approves on: business case, benefit map, risk
 *   assessment and resource plan (the board weighs benefit against capacity and risk).
 * - execution → implementation: an implementation plan for the receiving units.
 * - implementation → benefit_realisation: a benefit realisation plan with owners, and the
 *   handover to operations (the system owner takes over before the project steps back).
 * - benefit_realisation → closed: a closing report, so no business case ends without follow-up.
 * - closed is the last phase and has no gate.
 */
export const DEFAULT_PHASES: readonly ProjectPhase[] = [
  { key: 'idea', requiredToLeave: ['IDEA_DESCRIPTION'] },
  { key: 'analysis', requiredToLeave: ['BUSINESS_CASE'] },
  {
    key: 'proposal',
    requiredToLeave: ['BUSINESS_CASE', 'BENEFIT_MAP', 'RISK_ASSESSMENT', 'RESOURCE_PLAN'],
  },
  { key: 'execution', requiredToLeave: ['IMPLEMENTATION_PLAN'] },
  { key: 'implementation', requiredToLeave: ['BENEFIT_REALISATION_PLAN', 'OPERATIONS_HANDOVER'] },
  { key: 'benefit_realisation', requiredToLeave: ['CLOSING_REPORT'] },
  { key: 'closed', requiredToLeave: [] },
];

export type GateRefusal = 'NOT_NEXT_PHASE' | 'ARTEFACTS_MISSING';

export interface GateCheck {
  ok: boolean;
  /** Required artefacts not provided, in the order the phase lists them. */
  missing: ArtefactKind[];
  reason: GateRefusal | null;
}

function indexOfPhase(phases: readonly ProjectPhase[], key: string): number {
  const index = phases.findIndex((p) => p.key === key);
  if (index < 0) {
    throw new RangeError(`Unknown project phase "${key}"; known: ${phases.map((p) => p.key).join(', ')}`);
  }
  return index;
}

/**
 * Whether a project may move from one phase to another.
 * - Forward: only to the very next phase, and only with every artefact the current phase requires.
 *   Skipping phases would skip a gate, so it is refused with NOT_NEXT_PHASE.
 * - Back one phase: allowed without artefacts, because stepping back (e.g. a proposal returned by
 *   the council to analysis) means work must be redone, not that new evidence exists. This holds
 *   for `closed` too, so a project closed by mistake can be reopened.
 * - Staying in the same phase or jumping back further is NOT_NEXT_PHASE.
 * Unknown phase keys throw a RangeError: they are a caller bug, not a refusal.
 */
export function canPassGate(
  phases: readonly ProjectPhase[],
  fromKey: string,
  toKey: string,
  providedArtefacts: readonly ArtefactKind[],
): GateCheck {
  const from = indexOfPhase(phases, fromKey);
  const to = indexOfPhase(phases, toKey);
  if (to === from - 1) return { ok: true, missing: [], reason: null };
  if (to !== from + 1) return { ok: false, missing: [], reason: 'NOT_NEXT_PHASE' };
  const provided = new Set(providedArtefacts);
  const missing = [...new Set(phases[from].requiredToLeave)].filter((kind) => !provided.has(kind));
  return missing.length
    ? { ok: false, missing, reason: 'ARTEFACTS_MISSING' }
    : { ok: true, missing: [], reason: null };
}

/**
 * Every artefact a project must hold to have reached `key` through the gates before it: the
 * union of what each earlier phase required to leave it, in first-required order. Demo and test
 * data use it so a project shown past a gate holds what that gate asked for.
 */
export function artefactsToReach(phases: readonly ProjectPhase[], key: string): ArtefactKind[] {
  const index = indexOfPhase(phases, key);
  return [...new Set(phases.slice(0, index).flatMap((p) => p.requiredToLeave))];
}

export type GateProjectStatus = 'PROPOSED' | 'ACTIVE' | 'ON_HOLD' | 'CLOSED' | 'REJECTED';

/**
 * Whether the board's decision holds the project at its gate: a paused (ON_HOLD) or rejected
 * project passes no gate, nor does one the board stopped (CLOSED before its last phase; it comes
 * back as a new proposal). A project closed by reaching the last phase may still step back, so a
 * project closed by mistake can be reopened.
 */
export function gateHeldByDecision(status: GateProjectStatus, inLastPhase: boolean): boolean {
  if (status === 'ON_HOLD' || status === 'REJECTED') return true;
  return status === 'CLOSED' && !inLastPhase;
}

/**
 * The project's status after a move from one phase to another (already allowed by canPassGate).
 * Reaching the last phase closes the project; stepping back out of it reopens it as ACTIVE (it was
 * running when it was closed). Any other move keeps the status: approval, holds and rejections
 * are decisions of their own, not consequences of a gate.
 */
export function statusAfterPhaseChange(
  phases: readonly ProjectPhase[],
  fromKey: string,
  toKey: string,
  status: GateProjectStatus,
): GateProjectStatus {
  const last = phases.length - 1;
  const from = indexOfPhase(phases, fromKey);
  const to = indexOfPhase(phases, toKey);
  if (to === last && from !== last) return 'CLOSED';
  if (from === last && to !== last && status === 'CLOSED') return 'ACTIVE';
  return status;
}
