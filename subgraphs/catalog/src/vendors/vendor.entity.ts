import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { PUBLIC_FIELD } from '@appmarket/federation';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A company that publishes apps on the marketplace. */
@Entity({ name: 'vendors' })
@ObjectType()
@Directive('@key(fields: "id")')
// Marketplace data, not an account's: the permission walk stops here (a developer account names its vendor).
@Directive(PUBLIC_FIELD)
export class Vendor {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  @Field({ description: 'Unique, never changes; the second half of every appUid.' })
  alias: string;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  name: string;

  @Column({ type: 'text', default: '' })
  @Field({ description: 'The vendor’s public profile: who they are (at most 2000 characters).' })
  description: string;

  @Column({ name: 'website_url', type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'The vendor’s website (https).' })
  websiteUrl: string | null;

  @Column({ name: 'support_email', type: 'varchar', length: 320, nullable: true })
  @Field(() => String, { nullable: true, description: 'Where customers write for support.' })
  supportEmail: string | null;

  @Column({ name: 'support_phone', type: 'varchar', length: 32, nullable: true })
  @Field(() => String, { nullable: true, description: 'Support phone number, as the vendor writes it.' })
  supportPhone: string | null;

  @Column({ name: 'logo_url', type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'The vendor’s logo (https).' })
  logoUrl: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;
}
