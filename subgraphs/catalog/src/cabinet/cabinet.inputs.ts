import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '@appmarket/federation';
import { AppStatus, AppType } from '../apps/app.enums';

// The locale rule (docs/API.md, "Naming"): the plain field is Russian, other locales add their suffix.
@InputType({ description: 'An app’s content in both languages.' })
export class AppContentInput {
  @Field({ nullable: true, description: 'Name in Russian (the storefront default), not blank, at most 200 characters; omitted: unchanged.' }) name?: string;
  @Field({ nullable: true, description: 'Name in English, at most 200 characters; omitted: unchanged.' }) nameEn?: string;
  @Field({ nullable: true, description: 'One-line summary in Russian, at most 300 characters; omitted: unchanged.' }) shortDescription?: string;
  @Field({ nullable: true, description: 'One-line summary in English, at most 300 characters; omitted: unchanged.' }) shortDescriptionEn?: string;
  @Field({ nullable: true, description: 'Full description in Russian; omitted: unchanged.' }) description?: string;
  @Field({ nullable: true, description: 'Full description in English; omitted: unchanged.' }) descriptionEn?: string;
  @Field(() => [String], { nullable: true, description: 'Category slugs (the categories query lists them).' }) categories?: string[];
  @Field(() => String, { nullable: true, description: 'The icon’s URL, https on a public host; omitted: unchanged.' }) iconUrl?: string | null;
  @Field(() => [String], { nullable: true, description: 'Screenshot URLs in display order: at most 10, https on a public host.' }) screenshotUrls?: string[];
}

@InputType({ description: 'LC-2: a new app as its vendor creates it (as DRAFT): alias, type, content, price and trial.' })
export class CreateAppInput {
  @Field({ description: 'Unique per vendor, never changes: lower-case latin letters, digits, dashes.' }) alias: string;
  @Field(() => AppType, { description: 'TY-1: how the app integrates; it never changes.' }) type: AppType;
  @Field({ description: 'Name in Russian (the storefront default), at most 200 characters.' }) name: string;
  @Field({ nullable: true, description: 'Name in English, at most 200 characters.' }) nameEn?: string;
  @Field({ nullable: true, description: 'One-line summary in Russian, at most 300 characters.' }) shortDescription?: string;
  @Field({ nullable: true, description: 'One-line summary in English, at most 300 characters.' }) shortDescriptionEn?: string;
  @Field({ nullable: true, description: 'Full description in Russian.' }) description?: string;
  @Field({ nullable: true, description: 'Full description in English.' }) descriptionEn?: string;
  @Field(() => [String], { description: 'Category slugs (the categories query lists them); the first is the main one.' }) categories: string[];
  @Field(() => String, { nullable: true, description: 'The icon’s URL, https on a public host.' }) iconUrl?: string | null;
  @Field(() => [String], { nullable: true, description: 'Screenshot URLs in display order: at most 10, https on a public host.' }) screenshotUrls?: string[];
  @Field(() => Int, { nullable: true, description: 'Null: free (PR-1); else a multiple of 50000 (PR-2).' }) priceKopecks?: number | null;
  @Field(() => Int, { nullable: true, description: '1 to 14 days, paid apps only (TR-1).' }) trialDays?: number | null;
}

@ArgsType()
export class VendorAppsArgs extends PageArgs {
  @Field(() => AppStatus, { nullable: true, description: 'Only apps in this status (LC-1).' }) status?: AppStatus;
  @Field(() => AppType, { nullable: true, description: 'Only apps of this type (TY-1).' }) type?: AppType;
  @Field(() => ID, { nullable: true, description: 'Moderators only: one vendor’s apps.' }) vendorId?: string;
}

@ArgsType()
export class PricingArgs {
  @Field(() => ID) appId: string;
  @Field(() => Int, { nullable: true, description: 'Null makes the app free.' }) priceKopecks: number | null;
  @Field(() => Int, { nullable: true, description: 'Null: no trial.' }) trialDays: number | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
}
