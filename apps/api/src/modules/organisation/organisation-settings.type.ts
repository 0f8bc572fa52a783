import { ALERT_RECIPIENTS, type AlertRecipient as AlertRecipientValue } from '@overblik/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PurchaseForm } from '../../shared/enums';

export const AlertRecipient = Object.fromEntries(ALERT_RECIPIENTS.map((v) => [v, v])) as {
  [K in AlertRecipientValue]: K;
};
registerEnumType(AlertRecipient, {
  name: 'AlertRecipient',
  description: 'A group of people contract alerts go to.',
});

@ObjectType('ProcurementLeadTime')
export class ProcurementLeadTimeNode {
  @Field(() => PurchaseForm)
  purchaseForm!: PurchaseForm;

  @Field(() => Int)
  months!: number;
}

@ObjectType('OrganisationSettings', {
  description:
    'The settings an administrator keeps for the organisation; the contract rules and alerts use them.',
})
export class OrganisationSettingsNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  cvr!: string | null;

  @Field(() => Int, {
    description: 'The re-tender horizon: months before a decision date that its alert is raised.',
  })
  alertHorizonMonths!: number;

  @Field(() => [ProcurementLeadTimeNode], { description: 'Procurement lead time per purchase form.' })
  procurementLeadMonths!: ProcurementLeadTimeNode[];

  @Field(() => Int, { description: 'Default migration time for a system or integration without its own.' })
  migrationMonths!: number;

  @Field(() => [AlertRecipient])
  alertRecipients!: AlertRecipientValue[];

  @Field(() => String, { description: '"da" or "en": the language new members start with.' })
  defaultLocale!: string;

  @Field(() => Boolean, {
    description: 'System owners may also edit the system usages of their unit and its sub-units.',
  })
  systemOwnersEditUnitUsages!: boolean;

  @Field(() => Int)
  version!: number;
}
