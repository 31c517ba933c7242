import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

/** BX-8: an app private to its account; it lives here only, so it never reaches the storefront. */
@Entity({ name: 'local_apps' })
@ObjectType({ description: 'BX-8: an account’s private app, never on the storefront.' })
export class LocalApp {
  @PrimaryColumn('uuid') @Field(() => ID, { description: 'The local app’s id.' }) id: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId: string;
  @Column({ type: 'varchar', length: 200 }) @Field({ description: 'Its name, unique within the account.' }) name: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) @Field({ description: 'When it was created.' }) createdAt: Date;
}
