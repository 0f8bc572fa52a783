import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../shared/scalars';

@ObjectType('InvoiceCheck', {
  description: 'The invoice compared with the contracted, indexed yearly price.',
})
export class InvoiceCheckNode {
  @Field(() => Float)
  expected!: number;

  @Field(() => Float, { description: 'amount − expected; positive when billed above the agreed price.' })
  deviation!: number;

  @Field(() => Float)
  deviationPercent!: number;

  @Field(() => Float)
  tolerancePercent!: number;

  @Field(() => Boolean, { description: 'The deviation exceeds the tolerance.' })
  flagged!: boolean;
}

@ObjectType('Invoice')
export class InvoiceNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  contractId!: string;

  @Field(() => String)
  number!: string;

  @Field(() => LocalDate)
  invoiceDate!: string;

  @Field(() => LocalDate)
  periodStart!: string;

  @Field(() => LocalDate)
  periodEnd!: string;

  @Field(() => Float)
  amount!: number;

  @Field(() => String)
  note!: string;

  @Field(() => InvoiceCheckNode)
  check!: InvoiceCheckNode;

  @Field(() => Int)
  version!: number;
}

@ObjectType('InvoiceImportError', {
  description: 'A problem in one CSV row; nothing is imported while any exist.',
})
export class InvoiceImportErrorNode {
  @Field(() => Int, { description: 'Line number in the file (the header is line 1).' })
  line!: number;

  @Field(() => String)
  field!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('InvoiceImportResult')
export class InvoiceImportResultNode {
  @Field(() => [InvoiceNode])
  imported!: InvoiceNode[];

  @Field(() => [InvoiceImportErrorNode])
  errors!: InvoiceImportErrorNode[];
}

@InputType()
export class InvoiceInput {
  @Field(() => ID)
  contractId!: string;

  @Field(() => String)
  number!: string;

  @Field(() => LocalDate)
  invoiceDate!: string;

  @Field(() => LocalDate)
  periodStart!: string;

  @Field(() => LocalDate)
  periodEnd!: string;

  @Field(() => Float)
  amount!: number;

  @Field(() => String, { nullable: true })
  note?: string;
}
