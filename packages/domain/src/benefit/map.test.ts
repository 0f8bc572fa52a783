import { canContributeTo, mapNodePlacementProblem } from './map';

describe('benefit map order', () => {
  it('lets a node contribute only to a later kind, skipping steps allowed', () => {
    expect(canContributeTo('DELIVERABLE', 'GOAL')).toBe(true);
    expect(canContributeTo('DELIVERABLE', 'PURPOSE')).toBe(true);
    expect(canContributeTo('BENEFIT', 'PURPOSE')).toBe(true);
    expect(canContributeTo('GOAL', 'GOAL')).toBe(false);
    expect(canContributeTo('PURPOSE', 'BENEFIT')).toBe(false);
    expect(canContributeTo('BENEFIT', 'DELIVERABLE')).toBe(false);
  });

  it('checks a node against its target and the nodes pointing at it', () => {
    // A goal pointing at a benefit, fed by two deliverables: fits.
    expect(mapNodePlacementProblem('GOAL', 'BENEFIT', ['DELIVERABLE', 'DELIVERABLE'])).toBeNull();
    // No target and no contributors: any kind fits.
    expect(mapNodePlacementProblem('PURPOSE', null, [])).toBeNull();
    // Turning it into a purpose while it still points at a benefit: the target is no longer later.
    expect(mapNodePlacementProblem('PURPOSE', 'BENEFIT', [])).toBe('target');
    // Turning it into a deliverable while a deliverable feeds it: the contributor is no longer earlier.
    expect(mapNodePlacementProblem('DELIVERABLE', null, ['DELIVERABLE'])).toBe('contributors');
    // Both wrong: the target is reported first.
    expect(mapNodePlacementProblem('GOAL', 'GOAL', ['GOAL'])).toBe('target');
  });
});
