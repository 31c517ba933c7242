import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';

/**
 * TL-2: the loyalty system an account's admin connected to its LOYALTY install: the server's
 * address and the token the loyalty vendor issued to the account (sent as
 * `Lognex-Discount-API-Auth-Token`). The token itself is never served: only its masked form.
 */
@Entity({ name: 'loyalty_settings' })
@ObjectType({ description: "TL-2: the connection of the account's LOYALTY app, as its admin set it; the token is shown masked." })
export class LoyaltySettings {
  @PrimaryColumn({ name: 'install_id', type: 'uuid' })
  installId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'base_url', type: 'varchar', length: 2048 })
  @Field({ description: "The loyalty server's address (Loyalty API 1.0 base URL)." })
  baseUrl: string;

  @Column({ type: 'varchar', length: 512 })
  token: string;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  @Field({ description: 'When the admin first connected it.' })
  registeredAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  @Field({ description: 'When the admin last changed the connection (address or token).' })
  updatedAt: Date;

  /** Enough for the admin to recognise the token, never enough to use it. */
  @Field({ description: 'The token as •••• plus its last 4 characters.' })
  get tokenMasked(): string {
    return maskToken(this.token);
  }
}

export function maskToken(token: string): string {
  return token.length <= 8 ? '••••' : `••••${token.slice(-4)}`;
}
