import { sharingPartners } from './sharing-partners';

describe('sharingPartners', () => {
  const collaborations = [
    {
      members: [
        { organisationId: 'nord', shares: ['CONTRACTS' as const] },
        { organisationId: 'syd', shares: ['SYSTEM_USAGES' as const, 'CONTRACTS' as const] },
        { organisationId: 'vest', shares: ['CONTRACTS' as const] },
      ],
    },
    // Øst shares system usages, but only in a collaboration Nord is not part of.
    {
      members: [
        { organisationId: 'syd', shares: [] },
        { organisationId: 'oest', shares: ['SYSTEM_USAGES' as const] },
      ],
    },
  ];

  it('takes the partners sharing the scope in a collaboration the organisation is in', () => {
    expect(sharingPartners('nord', collaborations, 'SYSTEM_USAGES')).toEqual(['syd']);
    expect(sharingPartners('syd', collaborations, 'SYSTEM_USAGES')).toEqual(['oest']);
    expect(sharingPartners('syd', collaborations, 'CONTRACTS')).toEqual(['nord', 'vest']);
  });

  it('never lists the organisation itself, nor anyone outside its collaborations', () => {
    expect(sharingPartners('oest', collaborations, 'SYSTEM_USAGES')).toEqual([]);
    expect(sharingPartners('ukendt', collaborations, 'CONTRACTS')).toEqual([]);
  });
});
