import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';

/** The URL and token a LOYALTY app registered for its install (TL-2). The token is never served. */
@Entity({ name: 'loyalty_settings' })
@ObjectType({ description: "The Loyalty API endpoint a LOYALTY install registered (TL-2); the token is never shown." })
export class LoyaltySettings {
  @PrimaryColumn({ name: 'install_id', type: 'uuid' })
  installId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'base_url', type: 'varchar', length: 2048 })
  @Field()
  baseUrl: string;

  @Column({ type: 'varchar', length: 512 })
  token: string;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  @Field()
  registeredAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;
}
