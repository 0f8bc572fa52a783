import { projectTeam } from './project-team';

const U1 = '11111111-1111-4111-8111-111111111111';
const U2 = '22222222-2222-4222-8222-222222222222';

describe('a project team', () => {
  it('lets one person hold several roles and counts a repeated pair once', () => {
    expect(
      projectTeam.parse([
        { userId: U1, role: 'CUSTODIAN' },
        { userId: U1, role: 'STEERING_GROUP' },
        { userId: U1, role: 'CUSTODIAN' },
        { userId: U2, role: 'SUPER_USER' },
      ]),
    ).toEqual([
      { userId: U1, role: 'CUSTODIAN' },
      { userId: U1, role: 'STEERING_GROUP' },
      { userId: U2, role: 'SUPER_USER' },
    ]);
  });

  it('refuses an unknown role or a malformed person', () => {
    expect(projectTeam.safeParse([{ userId: U1, role: 'SPONSOR' }]).success).toBe(false);
    expect(projectTeam.safeParse([{ userId: 'nobody', role: 'CUSTODIAN' }]).success).toBe(false);
  });
});
