import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { FrozenEntityPermission } from '../installs/permissions';

/** BX-8: an incoming webhook: a token (kept hashed) with the permissions the admin chose. */
@Entity({ name: 'incoming_webhooks' })
@ObjectType({ description: 'BX-8: an incoming webhook; its token is shown once, at creation.' })
export class IncomingWebhook {
  @PrimaryColumn('uuid') @Field(() => ID, { description: 'The webhook’s id (deleteIncomingWebhook takes it).' }) id: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId: string;
  @Column({ type: 'varchar', length: 200 }) @Field({ description: 'The name the admin gave it.' }) name: string;
  @Column({ name: 'token_sha256', type: 'char', length: 64 }) tokenSha256: string;
  @Column({ type: 'jsonb' }) @Field(() => [FrozenEntityPermission], { description: 'What a request with its token may do: the entities and operations the admin chose.' }) permissions: FrozenEntityPermission[];
  @Column({ name: 'created_at', type: 'timestamptz' }) @Field({ description: 'When the webhook was created.' }) createdAt: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) @Field(() => Date, { nullable: true, description: 'When it was deleted: its token no longer works. Null while live.' }) revokedAt: Date | null;
}
