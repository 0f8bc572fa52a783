import { z } from 'zod';
import { PROJECT_TEAM_ROLES } from '../shared/enums';

export type ProjectTeamRole = (typeof PROJECT_TEAM_ROLES)[number];

/**
 * A project's team beside its owner and lead: the system custodian who takes the solution over,
 * the super users who carry it into the units, and the project's own steering group. The whole
 * team is saved at once (one person may hold several roles); a repeated pair counts once.
 */
export const projectTeam = z
  .array(z.object({ userId: z.uuid(), role: z.enum(PROJECT_TEAM_ROLES) }))
  .max(100)
  .transform((members) => {
    const seen = new Set<string>();
    return members.filter((m) => {
      const key = `${m.userId}:${m.role}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

export type ProjectTeamMemberInput = z.output<typeof projectTeam>[number];
