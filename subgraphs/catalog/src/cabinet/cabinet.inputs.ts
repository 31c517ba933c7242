import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ForwardPageArgs } from '@appmarket/federation';
import { AppStatus, AppType } from '../apps/app.enums';

@InputType({ description: 'An app’s content in both languages.' })
export class AppContentInput {
  @Field({ nullable: true }) nameRu?: string;
  @Field({ nullable: true }) nameEn?: string;
  @Field({ nullable: true }) shortDescriptionRu?: string;
  @Field({ nullable: true }) shortDescriptionEn?: string;
  @Field({ nullable: true }) descriptionRu?: string;
  @Field({ nullable: true }) descriptionEn?: string;
  @Field(() => [String], { nullable: true, description: 'Category slugs (the categories query lists them).' }) categories?: string[];
  @Field(() => String, { nullable: true }) iconUrl?: string | null;
  @Field(() => [String], { nullable: true, description: 'Screenshot URLs in display order: at most 10, https on a public host.' }) screenshotUrls?: string[];
}

@InputType()
export class CreateAppInput {
  @Field({ description: 'Unique per vendor, never changes: lower-case latin letters, digits, dashes.' }) alias: string;
  @Field(() => AppType) type: AppType;
  @Field() nameRu: string;
  @Field({ nullable: true }) nameEn?: string;
  @Field({ nullable: true }) shortDescriptionRu?: string;
  @Field({ nullable: true }) shortDescriptionEn?: string;
  @Field({ nullable: true }) descriptionRu?: string;
  @Field({ nullable: true }) descriptionEn?: string;
  @Field(() => [String], { description: 'Category slugs (the categories query lists them); the first is the main one.' }) categories: string[];
  @Field(() => String, { nullable: true }) iconUrl?: string | null;
  @Field(() => [String], { nullable: true, description: 'Screenshot URLs in display order: at most 10, https on a public host.' }) screenshotUrls?: string[];
  @Field(() => Int, { nullable: true, description: 'Null: free (PR-1); else a multiple of 50000 (PR-2).' }) priceKopecks?: number | null;
  @Field(() => Int, { nullable: true, description: '1 to 14 days, paid apps only (TR-1).' }) trialDays?: number | null;
}

@ArgsType()
export class VendorAppsArgs extends ForwardPageArgs {
  @Field(() => AppStatus, { nullable: true }) status?: AppStatus;
  @Field(() => AppType, { nullable: true }) type?: AppType;
  @Field(() => ID, { nullable: true, description: 'Moderators only: one vendor’s apps.' }) vendorId?: string;
}

@ArgsType()
export class PricingArgs {
  @Field(() => ID) appId: string;
  @Field(() => Int, { nullable: true, description: 'Null makes the app free.' }) priceKopecks: number | null;
  @Field(() => Int, { nullable: true, description: 'Null: no trial.' }) trialDays: number | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
}
