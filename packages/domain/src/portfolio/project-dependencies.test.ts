import {
  dependenciesRankedBelow,
  dependencyCandidates,
  projectDependencyErrors,
} from './project-dependencies';

// a → b → c (a depends on b, b on c); d stands alone.
const EDGES = [
  { projectId: 'a', dependsOnId: 'b' },
  { projectId: 'b', dependsOnId: 'c' },
];

describe('dependencies between projects', () => {
  it('accepts a dependency that keeps the graph free of loops', () => {
    expect(projectDependencyErrors('c', ['d'], EDGES)).toEqual([]);
    expect(projectDependencyErrors('a', ['c', 'd'], EDGES)).toEqual([]);
    expect(projectDependencyErrors('d', ['a'], EDGES)).toEqual([]);
  });

  it('refuses a project depending on itself', () => {
    expect(projectDependencyErrors('a', ['a'], EDGES)).toEqual([
      { field: 'dependsOnIds', message: 'field.dependsOnSelf' },
    ]);
  });

  it('refuses a direct and an indirect loop', () => {
    // b → a would close b → a → b.
    expect(projectDependencyErrors('b', ['a'], EDGES)).toEqual([
      { field: 'dependsOnIds', message: 'field.dependencyCycle' },
    ]);
    // c → a would close c → a → b → c.
    expect(projectDependencyErrors('c', ['d', 'a'], EDGES)).toEqual([
      { field: 'dependsOnIds', message: 'field.dependencyCycle' },
    ]);
  });

  it('judges the new list, not the stored one it replaces', () => {
    // a's stored a → b goes away with the new list; b → a (stored, say from older data) then makes a
    // a dependency of b, so a may not choose b again, but may choose c.
    const loose = [
      { projectId: 'a', dependsOnId: 'b' },
      { projectId: 'b', dependsOnId: 'a' },
    ];
    expect(projectDependencyErrors('a', [], loose)).toEqual([]);
    expect(projectDependencyErrors('a', ['c'], loose)).toEqual([]);
    expect(projectDependencyErrors('a', ['b'], loose)).toEqual([
      { field: 'dependsOnIds', message: 'field.dependencyCycle' },
    ]);
  });

  it('offers as candidates neither the project itself nor any project depending on it', () => {
    const all = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(dependencyCandidates(all, 'c', EDGES).map((p) => p.id)).toEqual(['d']);
    expect(dependencyCandidates(all, 'b', EDGES).map((p) => p.id)).toEqual(['c', 'd']);
    expect(dependencyCandidates(all, 'a', EDGES).map((p) => p.id)).toEqual(['b', 'c', 'd']);
  });
});

describe('dependencies on the ranked board', () => {
  it('names the dependencies ranked below the project that needs them', () => {
    // Ranked a, c, b: a needs b (below it: conflict); b needs c (above it: fine).
    const below = dependenciesRankedBelow(['a', 'c', 'b'], EDGES);
    expect(below).toEqual(new Map([['a', ['b']]]));
  });

  it('ignores dependencies on projects not on the board', () => {
    expect(dependenciesRankedBelow(['a'], EDGES)).toEqual(new Map());
    expect(dependenciesRankedBelow(['c', 'b', 'a'], EDGES)).toEqual(new Map());
  });
});
