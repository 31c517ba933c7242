import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A customer (counterparty) of the account's loyalty program." })
export class LoyaltyCustomer {
  @Field(() => ID, { description: 'The customer’s id at the loyalty app.' }) id: string;
  @Field({ description: 'The customer’s name.' }) name: string;
  @Field(() => String, { nullable: true, description: 'Phone number; null when the loyalty app has none.' }) phone: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail address; null when the loyalty app has none.' }) email: string | null;
  @Field(() => String, { nullable: true, description: 'The number of the customer’s discount card; null when none.' }) discountCardNumber: string | null;
}

@InputType({ description: 'TL-2: a new customer of the account’s loyalty program, sent to the loyalty app (POST /counterparty).' })
export class LoyaltyCustomerInput {
  @Field({ description: 'The customer’s name; not blank.' }) name: string;
  @Field(() => String, { nullable: true, description: 'Phone number.' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail address.' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'The number of the customer’s discount card.' }) discountCardNumber?: string | null;
}

@ObjectType({ description: 'TL-2: a customer’s bonus balance at the loyalty app (POST /counterparty/detail).' })
export class LoyaltyBalance {
  @Field(() => ID, { description: 'The customer’s id at the loyalty app.' }) customerId: string;
  @Field(() => Int, { description: 'Bonus points on the customer\'s account.' }) bonusBalance: number;
}

@InputType({ description: 'One line of a sale or return: a product (assortment item), how many and at what price.' })
export class LoyaltyPositionInput {
  @Field(() => ID, { description: 'The product’s (assortment item’s) id.' }) assortmentId: string;
  @Field(() => Float, { description: 'How many units; may be fractional (weighed goods).' }) quantity: number;
  @Field(() => Int, { description: 'Price per unit in kopecks.' }) priceKopecks: number;
}

@InputType({ description: 'A sale at the point of sale, as the loyalty app sees it.' })
export class LoyaltySaleInput {
  @Field(() => ID, { description: 'The retail store (point of sale) the sale is made at.' }) retailStoreId: string;
  @Field(() => ID, { nullable: true, description: 'The customer at the loyalty app; null for an anonymous sale.' }) customerId?: string | null;
  @Field(() => [LoyaltyPositionInput], { description: 'The lines of the sale.' }) positions: LoyaltyPositionInput[];
  @Field(() => Int, { nullable: true, description: 'Bonus points the customer wants to spend.' }) bonusValueToSpend?: number | null;
}

@InputType({ description: 'TL-2: a completed sale to record at the loyalty app (POST /retaildemand), with its id.' })
export class LoyaltyRecordSaleInput extends LoyaltySaleInput {
  @Field(() => ID, { description: "The sale's (retail demand's) id, for returns and the audit." }) saleId: string;
}

@InputType({ description: 'TL-2: a return of (part of) a recorded sale, to record at the loyalty app (POST /retailsalesreturn).' })
export class LoyaltyReturnInput {
  @Field(() => ID, { description: 'The retail store (point of sale) the return is made at.' }) retailStoreId: string;
  @Field(() => ID, { nullable: true, description: 'The customer at the loyalty app; null for an anonymous sale.' }) customerId?: string | null;
  @Field(() => ID, { description: 'The sale being returned.' }) saleId: string;
  @Field(() => [LoyaltyPositionInput], { description: 'The lines returned.' }) positions: LoyaltyPositionInput[];
}

@ObjectType({ description: 'One line of a sale with the loyalty app’s discount on it.' })
export class LoyaltyPosition {
  @Field(() => ID, { description: 'The product’s (assortment item’s) id.' }) assortmentId: string;
  @Field(() => Float, { description: 'How many units.' }) quantity: number;
  @Field(() => Int, { description: 'Price per unit before the discount, in kopecks.' }) priceKopecks: number;
  @Field(() => Float, { description: 'The discount the loyalty app gives on the line, in percent.' }) discountPercent: number;
  @Field(() => Int, { description: 'Price per unit after the discount, in kopecks.' }) discountedPriceKopecks: number;
}

@ObjectType({ description: "The loyalty app's discounts for a sale (POST /retaildemand/recalc)." })
export class LoyaltySaleCalculation {
  @Field(() => [LoyaltyPosition], { description: 'The sale’s lines with their discounts.' }) positions: LoyaltyPosition[];
  @Field(() => Int, { description: 'Bonus points the customer may spend on this sale.' }) bonusValueToSpend: number;
  @Field(() => Int, { description: 'Bonus points the customer earns with this sale.' }) bonusValueToEarn: number;
}

@ObjectType({ description: 'TL-2: a gift card the loyalty app knows (GET /giftcard).' })
export class LoyaltyGiftCard {
  @Field(() => ID, { description: 'The gift card’s id at the loyalty app.' }) id: string;
  @Field({ description: 'The gift card’s name (what the cashier enters).' }) name: string;
  @Field(() => Int, { description: 'What is left on the card, in kopecks.' }) balanceKopecks: number;
  @Field(() => String, { nullable: true, description: 'The card’s state as the loyalty app names it; null when it names none.' }) state: string | null;
}
