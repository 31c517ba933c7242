import { Field, ID, Int, ObjectType } from 'type-graphql';

/** What the point-of-sale mutations answer (TL-2): what the loyalty app accepted or recorded. */

@ObjectType({ description: 'A customer whose registration code the loyalty app accepted (POST /counterparty/verify).' })
export class LoyaltyCustomerVerification {
  @Field(() => ID, { description: 'The customer (counterparty) whose code was accepted.' })
  customerId: string;
}

@ObjectType({ description: 'Points the loyalty app allowed a customer to spend with their code (POST /retaildemand/verify).' })
export class LoyaltySpendVerification {
  @Field(() => ID, { description: 'The customer (counterparty) spending the points.' })
  customerId: string;

  @Field(() => Int, { description: 'The bonus points the code allows spending on this sale.' })
  bonusValueToSpend: number;
}

@ObjectType({ description: 'A sale the loyalty app recorded (POST /retaildemand), as it was sent.' })
export class RecordedLoyaltySale {
  @Field(() => ID, { description: "The sale's (retail demand's) id, for returns and the audit." })
  saleId: string;

  @Field(() => ID, { description: 'The retail store the sale was made in.' })
  retailStoreId: string;

  @Field(() => ID, { nullable: true, description: 'The customer the sale was made to; null for an anonymous sale.' })
  customerId: string | null;

  @Field(() => Int, { description: 'The bonus points spent on the sale (0 when none).' })
  bonusValueToSpend: number;
}

@ObjectType({ description: 'A return the loyalty app recorded (POST /retailsalesreturn), as it was sent.' })
export class RecordedLoyaltyReturn {
  @Field(() => ID, { description: 'The sale the goods were returned from.' })
  saleId: string;

  @Field(() => ID, { description: 'The retail store the return was made in.' })
  retailStoreId: string;

  @Field(() => ID, { nullable: true, description: 'The customer who returned the goods; null when not named.' })
  customerId: string | null;
}
