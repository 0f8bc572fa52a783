import {
  artefactsToReach,
  canPassGate,
  gateHeldByDecision,
  DEFAULT_PHASES,
  statusAfterPhaseChange,
  type ArtefactKind,
  type ProjectPhase,
} from './gates';

const proposalArtefacts: ArtefactKind[] = [
  'BUSINESS_CASE',
  'BENEFIT_MAP',
  'RISK_ASSESSMENT',
  'RESOURCE_PLAN',
];

describe('DEFAULT_PHASES', () => {
  it('runs from idea to closed in seven phases, closed having no gate', () => {
    expect(DEFAULT_PHASES.map((p) => p.key)).toEqual([
      'idea',
      'analysis',
      'proposal',
      'execution',
      'implementation',
      'benefit_realisation',
      'closed',
    ]);
    expect(DEFAULT_PHASES[6].requiredToLeave).toEqual([]);
  });
});

describe('canPassGate', () => {
  it('opens analysis → proposal with a business case', () => {
    expect(canPassGate(DEFAULT_PHASES, 'analysis', 'proposal', ['BUSINESS_CASE'])).toEqual({
      ok: true,
      missing: [],
      reason: null,
    });
  });

  it('lists what is missing for proposal → execution, in the order the phase requires it', () => {
    // Required: BUSINESS_CASE, BENEFIT_MAP, RISK_ASSESSMENT, RESOURCE_PLAN; provided: the 2nd and an extra.
    expect(canPassGate(DEFAULT_PHASES, 'proposal', 'execution', ['BENEFIT_MAP', 'CLOSING_REPORT'])).toEqual({
      ok: false,
      missing: ['BUSINESS_CASE', 'RISK_ASSESSMENT', 'RESOURCE_PLAN'],
      reason: 'ARTEFACTS_MISSING',
    });
    expect(canPassGate(DEFAULT_PHASES, 'proposal', 'execution', proposalArtefacts).ok).toBe(true);
  });

  it('refuses skipping a phase even with every artefact, and staying put', () => {
    const all = DEFAULT_PHASES.flatMap((p) => p.requiredToLeave);
    expect(canPassGate(DEFAULT_PHASES, 'analysis', 'execution', all)).toEqual({
      ok: false,
      missing: [],
      reason: 'NOT_NEXT_PHASE',
    });
    expect(canPassGate(DEFAULT_PHASES, 'analysis', 'analysis', all).reason).toBe('NOT_NEXT_PHASE');
  });

  it('allows one step back without artefacts, including reopening a closed project, but not two', () => {
    expect(canPassGate(DEFAULT_PHASES, 'execution', 'proposal', [])).toEqual({
      ok: true,
      missing: [],
      reason: null,
    });
    expect(canPassGate(DEFAULT_PHASES, 'closed', 'benefit_realisation', []).ok).toBe(true);
    expect(canPassGate(DEFAULT_PHASES, 'execution', 'analysis', []).reason).toBe('NOT_NEXT_PHASE');
  });

  it('works with an organisation’s own phases', () => {
    const own: ProjectPhase[] = [
      { key: 'start', requiredToLeave: ['BUSINESS_CASE', 'BUSINESS_CASE'] },
      { key: 'end', requiredToLeave: [] },
    ];
    // A requirement listed twice is reported once.
    expect(canPassGate(own, 'start', 'end', []).missing).toEqual(['BUSINESS_CASE']);
  });

  it('throws on an unknown phase key', () => {
    expect(() => canPassGate(DEFAULT_PHASES, 'analysis', 'tender', [])).toThrow(
      /Unknown project phase "tender"/,
    );
  });
});

describe('artefactsToReach', () => {
  it('is empty for the first phase and collects every earlier gate, each kind once', () => {
    expect(artefactsToReach(DEFAULT_PHASES, 'idea')).toEqual([]);
    expect(artefactsToReach(DEFAULT_PHASES, 'analysis')).toEqual(['IDEA_DESCRIPTION']);
    expect(artefactsToReach(DEFAULT_PHASES, 'execution')).toEqual([
      'IDEA_DESCRIPTION',
      'BUSINESS_CASE',
      'BENEFIT_MAP',
      'RISK_ASSESSMENT',
      'RESOURCE_PLAN',
    ]);
    expect(artefactsToReach(DEFAULT_PHASES, 'closed')).toHaveLength(9);
  });

  it('throws on an unknown phase', () => {
    expect(() => artefactsToReach(DEFAULT_PHASES, 'nowhere')).toThrow(RangeError);
  });
});

describe('statusAfterPhaseChange', () => {
  it('closes a project that reaches the last phase', () => {
    expect(statusAfterPhaseChange(DEFAULT_PHASES, 'benefit_realisation', 'closed', 'ACTIVE')).toBe('CLOSED');
    expect(statusAfterPhaseChange(DEFAULT_PHASES, 'benefit_realisation', 'closed', 'ON_HOLD')).toBe('CLOSED');
  });

  it('reopens a closed project stepped back out of the last phase', () => {
    expect(statusAfterPhaseChange(DEFAULT_PHASES, 'closed', 'benefit_realisation', 'CLOSED')).toBe('ACTIVE');
  });

  it('keeps the status on every other move', () => {
    expect(statusAfterPhaseChange(DEFAULT_PHASES, 'idea', 'analysis', 'PROPOSED')).toBe('PROPOSED');
    expect(statusAfterPhaseChange(DEFAULT_PHASES, 'proposal', 'execution', 'ACTIVE')).toBe('ACTIVE');
    expect(statusAfterPhaseChange(DEFAULT_PHASES, 'execution', 'proposal', 'ON_HOLD')).toBe('ON_HOLD');
  });

  it('uses the last phase of a custom model', () => {
    const phases: ProjectPhase[] = [
      { key: 'start', requiredToLeave: [] },
      { key: 'slut', requiredToLeave: [] },
    ];
    expect(statusAfterPhaseChange(phases, 'start', 'slut', 'ACTIVE')).toBe('CLOSED');
  });
});

describe('gateHeldByDecision', () => {
  it('holds a paused, a rejected and a stopped project at its gate', () => {
    expect(gateHeldByDecision('ON_HOLD', false)).toBe(true);
    expect(gateHeldByDecision('REJECTED', false)).toBe(true);
    // Stopped by the board in execution: closed, but not in the last phase.
    expect(gateHeldByDecision('CLOSED', false)).toBe(true);
  });

  it('lets proposed and active projects through, and a finished project step back', () => {
    expect(gateHeldByDecision('PROPOSED', false)).toBe(false);
    expect(gateHeldByDecision('ACTIVE', false)).toBe(false);
    expect(gateHeldByDecision('CLOSED', true)).toBe(false);
  });
});
