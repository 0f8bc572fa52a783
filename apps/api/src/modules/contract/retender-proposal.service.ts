import { canPrepareRetender } from '@overblik/domain';
import type { Context } from '../../context';
import { requireAllowed } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { inTransaction } from '../../shared/versioned';
import { insertProject } from '../project/project-writes';
import { requirementRepository } from '../tender/requirement.repository';
import { contractService } from './contract.service';
import { retenderProposalRepository as repo } from './retender-proposal.repository';
import { retenderTexts } from './retender-proposal.text';

/**
 * From a re-tender alert to a proposal: a project in the proposal phase with a draft proposal
 * prefilled from the contract (problem), its covered systems with their data sources and
 * integrations (as-is), links to those systems, and the standard-requirement checklist.
 */
export async function startRetenderProposal(ctx: Context, contractId: string) {
  const contract = await contractService.one(ctx, contractId);
  const { viewer } = requireAllowed(ctx, canPrepareRetender, contract.organisationId);
  const landscape = await repo.coveredLandscape(ctx.prisma, contract.id);
  const text = retenderTexts(
    ctx.locale,
    {
      name: contract.name,
      supplierName: contract.supplierName,
      decisionDate: contract.dates.retender.decisionDate,
      currentEnd: contract.dates.currentEnd,
    },
    landscape,
  );
  return inTransaction(ctx, async (tx) => {
    const project = await insertProject(
      tx,
      ctx,
      contract.organisationId,
      {
        name: text.name,
        description: text.problem,
        ownerUserId: viewer.id,
        unitId: landscape.find((u) => u.responsibleUnitId)?.responsibleUnitId ?? null,
        usageIds: landscape.map((u) => u.id),
      },
      'proposal',
    );
    const proposal = await repo.createProposal(tx, {
      projectId: project.id,
      problem: text.problem,
      asIs: text.asIs,
    });
    await requirementRepository.addChecklist(tx, contract.organisationId, project.id);
    await writeAudit(tx, ctx, {
      organisationId: contract.organisationId,
      action: 'CREATE',
      entityType: 'Proposal',
      entityId: proposal.id,
      after: { ...proposal, fromContractId: contract.id },
    });
    return proposal;
  });
}
