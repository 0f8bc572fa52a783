import type { AlertRecipient as AlertRecipientValue } from '@overblik/domain';
import { Field, InputType, Int } from 'type-graphql';
import { PurchaseForm } from '../../shared/enums';
import { AlertRecipient } from './organisation-settings.type';

@InputType()
export class ProcurementLeadTimeInput {
  @Field(() => PurchaseForm)
  purchaseForm!: PurchaseForm;

  @Field(() => Int)
  months!: number;
}

@InputType()
export class OrganisationSettingsInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Eight digits; null when the organisation has none.' })
  cvr!: string | null;

  @Field(() => Int)
  alertHorizonMonths!: number;

  @Field(() => [ProcurementLeadTimeInput], { description: 'One entry per purchase form.' })
  procurementLeadMonths!: ProcurementLeadTimeInput[];

  @Field(() => Int)
  migrationMonths!: number;

  @Field(() => [AlertRecipient])
  alertRecipients!: AlertRecipientValue[];

  @Field(() => String)
  defaultLocale!: string;

  @Field(() => Boolean)
  systemOwnersEditUnitUsages!: boolean;
}
