import { useQuery } from '@apollo/client/react';
import { canCoordinatePortfolio, canEditBenefit } from '@overblik/domain';
import { useActor } from '../../../app/useActor';
import { BenefitProjectPeopleDocument } from '../graphql/benefit-form.documents';

/** The API's rule, `canEditBenefit`: coordinators, and the lead or owner of the benefits' project. */
export function useCanEditBenefits(projectId: string | null | undefined): boolean {
  const actor = useActor();
  const coordinates = canCoordinatePortfolio(actor.roles);
  const people = useQuery(BenefitProjectPeopleDocument, {
    variables: { id: projectId ?? '' },
    skip: coordinates || !projectId,
  });
  return canEditBenefit(actor, people.data?.project ?? null);
}
