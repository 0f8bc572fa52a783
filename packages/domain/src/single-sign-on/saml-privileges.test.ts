import { onlyOtherScopes, privilegesForCvr } from './saml-privileges';

const scope = (cvr: string) => `urn:dk:gov:saml:cvrNumberIdentifier:${cvr}`;

describe('privilegesForCvr', () => {
  it('keeps the privileges of groups scoped to the CVR, each once', () => {
    const groups = [
      { scope: scope('29189811'), privileges: ['urn:a', 'urn:b'] },
      { scope: scope('11111111'), privileges: ['urn:c'] },
      { scope: scope('29189811'), privileges: ['urn:b', 'urn:d'] },
    ];
    expect(privilegesForCvr(groups, '29189811')).toEqual(['urn:a', 'urn:b', 'urn:d']);
  });

  it('gives nothing for a CVR that is only a prefix of the scoped one', () => {
    expect(privilegesForCvr([{ scope: scope('291898110'), privileges: ['urn:a'] }], '29189811')).toEqual([]);
  });

  it('ignores other kinds of scope (SE, P numbers) even with the same digits', () => {
    const groups = [{ scope: 'urn:dk:gov:saml:seNumberIdentifier:29189811', privileges: ['urn:a'] }];
    expect(privilegesForCvr(groups, '29189811')).toEqual([]);
  });
});

describe('onlyOtherScopes', () => {
  it('is true when every granted privilege belongs to another organisation', () => {
    expect(onlyOtherScopes([{ scope: scope('11111111'), privileges: ['urn:a'] }], '29189811')).toBe(true);
  });

  it('is false when some group is ours, and when nothing is granted at all', () => {
    const mixed = [
      { scope: scope('11111111'), privileges: ['urn:a'] },
      { scope: scope('29189811'), privileges: ['urn:b'] },
    ];
    expect(onlyOtherScopes(mixed, '29189811')).toBe(false);
    expect(onlyOtherScopes([], '29189811')).toBe(false);
  });
});
