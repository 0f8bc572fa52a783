import { LOCALE_HEADER } from '../../app/apollo-client';

/** The download of the whole organisation, as JSON or XLSX (the API checks the viewer is its administrator). */
export const organisationExportUrl = (organisationId: string, format: 'json' | 'xlsx' = 'json') =>
  `/transfer/organisations/${encodeURIComponent(organisationId)}/export.${format}`;

export interface RestoredOrganisation {
  id: string;
  slug: string;
  name: string;
}

/**
 * Uploads an export to become a new organisation. The file goes as it is, beside /graphql (whose
 * requests are limited to 1 MB); a refusal comes back as GraphQL-shaped errors with a localised message.
 */
export async function restoreOrganisation(
  file: Blob,
  target: { slug: string; name: string },
  locale: string,
): Promise<{ organisation: RestoredOrganisation } | { error: string }> {
  const query = new URLSearchParams({ slug: target.slug, ...(target.name ? { name: target.name } : {}) });
  const res = await fetch(`/transfer/restore?${query.toString()}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [LOCALE_HEADER]: locale },
    body: file,
  });
  const body = (await res.json().catch(() => null)) as
    { organisation: RestoredOrganisation; errors?: undefined } | { errors: { message: string }[] } | null;
  if (res.ok && body && !body.errors) return { organisation: body.organisation };
  return { error: body?.errors?.[0]?.message ?? res.statusText };
}
