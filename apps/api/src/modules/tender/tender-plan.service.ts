import type { Context } from '../../context';
import { requireOrganisation, requirePermission } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { invalid, notFound } from '../../shared/errors';
import { isoDate, toDbDate } from '../../shared/scalars';
import { inTransaction } from '../../shared/versioned';
import { checkWindow, discoverJointTenders } from './joint-tender.service';
import { tenderRepository as repo } from './tender.repository';
import type { TenderPlanFromCandidateInput } from './tender.type';

const defaultName = { da: 'Fælles udbud: {label}', en: 'Joint tender: {label}' };

async function plansOf(ctx: Context, collaborationIds: string[]) {
  const plans = await repo.tenderPlans(ctx.prisma, collaborationIds);
  const orgIds = [...new Set(plans.flatMap((p) => p.participants.map((x) => x.organisationId)))];
  const orgs = await ctx.loaders.organisation.loadMany(orgIds);
  const names = new Map(orgIds.map((id, i) => [id, (orgs[i] as { name?: string } | null)?.name ?? '']));
  return plans.map((p) => ({
    ...p,
    windowStart: isoDate(p.windowStart),
    windowEnd: isoDate(p.windowEnd),
    participants: p.participants.map((x) => ({ ...x, organisationName: names.get(x.organisationId) ?? '' })),
  }));
}

export const tenderPlanService = {
  /** Plans of every collaboration the chosen organisation is a member of. */
  async list(ctx: Context) {
    const { organisationId } = requireOrganisation(ctx);
    const collaborations = await repo.collaborationsOf(ctx.prisma, organisationId);
    return plansOf(
      ctx,
      collaborations.map((c) => c.id),
    );
  },

  /**
   * Turns a candidate into a shared plan. The candidate is recomputed from the key, so a client
   * can only plan with contracts it may see, and the plan goes to a collaboration all take part in.
   */
  async createFromCandidate(ctx: Context, input: TenderPlanFromCandidateInput) {
    const { organisationId } = requirePermission(ctx, 'contract.edit');
    checkWindow(input.windowMonths);
    const name = input.name?.trim();
    if (name !== undefined && (name.length < 1 || name.length > 200)) {
      throw invalid([{ field: 'name', message: 'field.required' }]);
    }
    const discovery = await discoverJointTenders(ctx, organisationId, input.windowMonths, ctx.today);
    const match = discovery.found.find((c) => c.key === input.candidateKey);
    if (!match) throw notFound('TenderPlan');
    const [candidate] = await discovery.project([match]);
    const orgIds = [...new Set(candidate.contracts.map((c) => c.organisationId))];
    const collaboration = discovery.collaborations.find((c) => orgIds.every((id) => c.memberIds.has(id)));
    if (!collaboration) throw invalid([{ field: 'candidateKey', message: 'field.invalid' }]);
    const id = await inTransaction(ctx, async (tx) => {
      const plan = await repo.createTenderPlan(tx, {
        collaborationId: collaboration.id,
        name: name ?? defaultName[ctx.locale].replace('{label}', candidate.label),
        windowStart: toDbDate(candidate.windowStart),
        windowEnd: toDbDate(candidate.windowEnd),
        participants: {
          create: candidate.contracts.map((c) => ({ organisationId: c.organisationId, contractId: c.id })),
        },
      });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'TenderPlan',
        entityId: plan.id,
        after: {
          candidate: candidate.key,
          collaborationId: collaboration.id,
          contracts: candidate.contracts.map((c) => c.id),
        },
      });
      return plan.id;
    });
    return (await plansOf(ctx, [collaboration.id])).find((p) => p.id === id)!;
  },
};
