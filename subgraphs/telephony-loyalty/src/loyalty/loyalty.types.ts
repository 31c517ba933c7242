import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A customer (counterparty) of the account's loyalty program." })
export class LoyaltyCustomer {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) discountCardNumber: string | null;
}

@InputType()
export class LoyaltyCustomerInput {
  @Field() name: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) discountCardNumber?: string | null;
}

@ObjectType()
export class LoyaltyBalance {
  @Field(() => ID) customerId: string;
  @Field(() => Int, { description: 'Bonus points on the customer\'s account.' }) bonusBalance: number;
}

@InputType()
export class LoyaltyPositionInput {
  @Field(() => ID) assortmentId: string;
  @Field(() => Float) quantity: number;
  @Field(() => Int, { description: 'Price per unit in kopecks.' }) priceKopecks: number;
}

@InputType({ description: 'A sale at the point of sale, as the loyalty app sees it.' })
export class LoyaltySaleInput {
  @Field(() => ID) retailStoreId: string;
  @Field(() => ID, { nullable: true }) customerId?: string | null;
  @Field(() => [LoyaltyPositionInput]) positions: LoyaltyPositionInput[];
  @Field(() => Int, { nullable: true, description: 'Bonus points the customer wants to spend.' }) bonusValueToSpend?: number | null;
}

@InputType()
export class LoyaltyRecordSaleInput extends LoyaltySaleInput {
  @Field(() => ID, { description: "The sale's (retail demand's) id, for returns and the audit." }) saleId: string;
}

@InputType()
export class LoyaltyReturnInput {
  @Field(() => ID) retailStoreId: string;
  @Field(() => ID, { nullable: true }) customerId?: string | null;
  @Field(() => ID, { description: 'The sale being returned.' }) saleId: string;
  @Field(() => [LoyaltyPositionInput]) positions: LoyaltyPositionInput[];
}

@ObjectType()
export class LoyaltyPosition {
  @Field(() => ID) assortmentId: string;
  @Field(() => Float) quantity: number;
  @Field(() => Int) priceKopecks: number;
  @Field(() => Float) discountPercent: number;
  @Field(() => Int) discountedPriceKopecks: number;
}

@ObjectType({ description: "The loyalty app's discounts for a sale (POST /retaildemand/recalc)." })
export class LoyaltySaleCalculation {
  @Field(() => [LoyaltyPosition]) positions: LoyaltyPosition[];
  @Field(() => Int) bonusValueToSpend: number;
  @Field(() => Int) bonusValueToEarn: number;
}

@ObjectType()
export class LoyaltyGiftCard {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int) balanceKopecks: number;
  @Field(() => String, { nullable: true }) state: string | null;
}
