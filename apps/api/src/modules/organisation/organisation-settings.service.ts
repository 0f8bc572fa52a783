import {
  canAdministerOrganisation,
  LOCALES,
  organisationSettingsSchema,
  PURCHASE_FORMS,
  type Locale,
} from '@overblik/domain';
import { z } from 'zod';
import type { Context } from '../../context';
import { requireAllowed, requireOrganisation } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { contractSettings } from '../contract/contract-settings';
import type { OrganisationSettingsInput } from './organisation-settings.input';
import type { OrganisationSettingsNode } from './organisation-settings.type';
import { organisationRepository as repo } from './organisation.repository';

type SettingsRow = Awaited<ReturnType<typeof repo.settings>>;

const storedLocale = z.enum(LOCALES).catch('da');
const asObject = (json: unknown): Record<string, unknown> =>
  json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};

/** The language an organisation's new members start with (its settings; Danish by default). */
export const defaultLocaleOf = (settingsJson: unknown): Locale =>
  storedLocale.parse(asObject(settingsJson).defaultLocale);

/** Whether system owners may edit the usages of their unit (ADR 0029); off unless set. */
export const systemOwnersEditUnitUsagesOf = (settingsJson: unknown): boolean =>
  asObject(settingsJson).systemOwnersEditUnitUsages === true;

/** The settings as the contract rules read them, defaults filled in, so the form shows what is in force. */
function toNode(row: SettingsRow): OrganisationSettingsNode {
  const contract = contractSettings(row.settings);
  return {
    id: row.id,
    name: row.name,
    cvr: row.cvr,
    version: row.version,
    alertHorizonMonths: contract.alertHorizonMonths,
    procurementLeadMonths: PURCHASE_FORMS.map((purchaseForm) => ({
      purchaseForm,
      months: contract.procurementLeadMonths[purchaseForm],
    })),
    migrationMonths: contract.migrationMonths,
    alertRecipients: contract.alertRecipients,
    defaultLocale: defaultLocaleOf(row.settings),
    systemOwnersEditUnitUsages: systemOwnersEditUnitUsagesOf(row.settings),
  };
}

export const organisationSettingsService = {
  async settings(ctx: Context) {
    const { organisationId } = requireOrganisation(ctx);
    return toNode(await repo.settings(ctx.prisma, organisationId));
  },

  /** Name, CVR and the settings JSON in one versioned, audited write; keys the form does not edit are kept. */
  async update(ctx: Context, input: OrganisationSettingsInput, version: number) {
    const { organisationId } = requireAllowed(ctx, canAdministerOrganisation);
    const { name, cvr, ...settings } = validate(organisationSettingsSchema, {
      ...input,
      procurementLeadMonths: Object.fromEntries(
        input.procurementLeadMonths.map((lead) => [lead.purchaseForm, lead.months]),
      ),
    });
    return inTransaction(ctx, async (tx) => {
      const before = await repo.settings(tx, organisationId);
      const json = { ...asObject(before.settings), ...settings };
      assertUpdated(
        await repo.updateSettings(tx, organisationId, version, { name, cvr, settings: json }),
        'Organisation',
      );
      const after = await repo.settings(tx, organisationId);
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: 'Organisation',
        entityId: organisationId,
        before,
        after,
      });
      return toNode(after);
    });
  },
};
