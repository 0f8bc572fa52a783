import { useQuery } from '@apollo/client/react';
import { useViewer } from '../../../app/useViewer';
import { BenefitProjectPeopleDocument } from '../graphql/benefit-form.documents';
import { useOrganisationPermission } from '../../../app/useOrganisationPermission';

/**
 * Same rule as the API: project coordinators, and the lead or owner of the project the benefits
 * belong to. A benefit outside any project is the coordinators' alone.
 */
export function useCanEditBenefits(projectId: string | null | undefined): boolean {
  const { viewer } = useViewer();
  const coordinates = useOrganisationPermission('portfolio.coordinate');
  const people = useQuery(BenefitProjectPeopleDocument, {
    variables: { id: projectId ?? '' },
    skip: coordinates || !projectId,
  });
  if (coordinates) return true;
  const project = people.data?.project;
  return !!viewer && !!project && [project.leadUserId, project.ownerUserId].includes(viewer.id);
}
