import 'reflect-metadata';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PUBLIC_FIELD } from './access-directives';

/**
 * Money in the API (issue 19): an amount in the currency's minor unit with its currency, as an
 * exact integer. `Int` is 32-bit in GraphQL (about 21 million roubles in kopecks), which revenue
 * totals can pass; `SafeInt` (graphql-scalars) carries every integer up to 2^53 − 1 as a JSON
 * number that JavaScript clients read exactly, and refuses anything else. Every subgraph that
 * shows money declares these same types (shareable).
 */
export const SafeInt = GraphQLSafeInt;

/** Every price in the marketplace is set and billed in roubles today, in every zone (BX-9). */
export enum Currency {
  RUB = 'RUB',
}
registerEnumType(Currency, {
  name: 'Currency',
  description: 'ISO 4217 code of a Money amount; every price is in roubles today, in every zone.',
  valuesConfig: { RUB: { description: 'Russian rouble; amounts in kopecks (1/100).' } },
});

// A value, not an account's data: whoever may read the field that holds it reads it whole.
@ObjectType({ description: 'An exact amount of money: minor units (kopecks for RUB) and the currency.' })
@Directive('@shareable')
@Directive(PUBLIC_FIELD)
export class Money {
  @Field(() => GraphQLSafeInt, { description: 'The amount in the currency’s minor unit (kopecks), an exact integer up to 2^53 − 1.' })
  amountKopecks: number;

  @Field(() => Currency, { description: 'The currency of the amount (RUB today, in every zone).' })
  currency: Currency;
}

@ObjectType({ description: 'A price: an amount for a period of whole months (an app’s list price is per month).' })
@Directive('@shareable')
@Directive(PUBLIC_FIELD)
export class Price {
  @Field(() => Money, { description: 'What the whole period costs.' }) amount: Money;
  @Field(() => Int, { description: 'The months the amount pays for: 1 for a monthly price; 3, 6 or 12 for a subscription bought ahead.' }) periodMonths: number;
}

export function rubles(kopecks: number): Money {
  return { amountKopecks: kopecks, currency: Currency.RUB };
}

/** A price of `kopecks` for `periodMonths` months; null stays null (a free app has no price). */
export function priceOf(kopecks: number | null | undefined, periodMonths = 1): Price | null {
  return kopecks === null || kopecks === undefined ? null : { amount: rubles(kopecks), periodMonths };
}
