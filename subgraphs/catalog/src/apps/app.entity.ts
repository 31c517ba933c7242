import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PUBLIC_FIELD } from '@appmarket/federation';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AppStatus, AppType } from './app.enums';

/** An app a vendor publishes. Money is in kopecks (integers), never floats. */
@Entity({ name: 'apps' })
@ObjectType({ description: 'An app a vendor publishes on the marketplace: its storefront card, type (TY-1), lifecycle status (LC-1), price (PR-1, PR-2) and trial (TR-1).' })
@Directive('@key(fields: "id")')
// Marketplace data, not an account's: the permission walk stops here (App.installs is guarded).
@Directive(PUBLIC_FIELD)
export class App {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'The app’s id; fetch it again with app(id:).' })
  id: string;

  @Column({ name: 'vendor_id', type: 'uuid' })
  vendorId: string;

  @Column({ type: 'varchar', length: 64 })
  @Field({ description: 'Unique per vendor and never changes.' })
  alias: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Name in Russian (the storefront default).' })
  name: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200, default: '' })
  @Field({ description: 'Name in English.' })
  nameEn: string;

  @Column({ name: 'short_description_ru', type: 'varchar', length: 300, default: '' })
  @Field({ description: 'One-line summary in Russian for the storefront card (at most 300 characters).', deprecationReason: 'Use shortDescription (the plain field is Russian, docs/API.md).' })
  shortDescriptionRu: string;

  @Column({ name: 'short_description_en', type: 'varchar', length: 300, default: '' })
  @Field({ description: 'One-line summary in English for the storefront card (at most 300 characters).' })
  shortDescriptionEn: string;

  @Column({ type: 'text' })
  @Field({ description: 'Full description in Russian.' })
  description: string;

  @Column({ name: 'description_en', type: 'text', default: '' })
  @Field({ description: 'Full description in English.' })
  descriptionEn: string;

  @Column({ type: 'varchar', length: 64 })
  @Field({ description: 'The main category.' })
  category: string;

  @Column({ type: 'varchar', length: 64, array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'Further categories the storefront filter matches.' })
  categories: string[];

  @Column({ name: 'icon_url', type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'The app’s icon (https); null when the vendor set none.' })
  iconUrl: string | null;

  @Column({ name: 'screenshot_urls', type: 'varchar', length: 500, array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'Screenshots for the card, in display order (https, at most 10).' })
  screenshotUrls: string[];

  /** The key vendor JWTs are signed with (HS256); served only as @inaccessible App.signingSecret. */
  @Column({ name: 'secret_key', type: 'varchar', length: 128 })
  secretKey: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the app was first published.' })
  publishedAt: Date | null;

  @Column({ type: 'enum', enum: AppType, enumName: 'app_type' })
  @Field(() => AppType, { description: 'TY-1: how the app integrates; it decides its capabilities (TY-3) and how many installs an account may hold (TY-2).' })
  type: AppType;

  @Column({ type: 'enum', enum: AppStatus, enumName: 'app_status' })
  @Field(() => AppStatus, { description: 'LC-1: where the app is in its lifecycle; only PUBLISHED apps are on the storefront.' })
  status: AppStatus;

  @Column({ name: 'price_kopecks', type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Monthly list price in kopecks; null for a free app (PR-1, PR-2).', deprecationReason: 'Use price (Money: a SafeInt amount with its currency).' })
  priceKopecks: number | null;

  @Column({ name: 'trial_days', type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Trial length in days, 1 to 14 (TR-1); null when none.' })
  trialDays: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field({ description: 'When the vendor created the app (as DRAFT, LC-2).' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field({ description: 'When the app last changed: its card, status, price, trial or secret key.' })
  updatedAt: Date;

  @Field({ description: 'PR-1: free apps install on any tariff without payment.' })
  get isFree(): boolean {
    return this.priceKopecks === null;
  }
}
