import { Column, Entity, PrimaryColumn } from 'typeorm';

export type VendorCallMethod = 'PUT' | 'DELETE';
export type VendorCallCause = 'Install' | 'Resume' | 'TariffChanged' | 'Autoprolongation' | 'PermissionsChanged' | 'Uninstall' | 'Suspend';
export type VendorCallStatus = 'PENDING' | 'DONE' | 'FAILED' | 'GAVE_UP';

/**
 * One Vendor API call and its attempts (vendor-api.md). Its id is the `X-Lognex-RequestId`, the
 * same on every retry; the pg-boss job only carries this id, so a restart loses nothing.
 */
@Entity({ name: 'vendor_calls' })
export class VendorCall {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'install_id', type: 'uuid' }) installId: string;
  @Column({ type: 'varchar', length: 8 }) method: VendorCallMethod;
  @Column({ type: 'varchar', length: 32 }) cause: VendorCallCause;
  /** '' for activation/deactivation, '/event' for additional events. */
  @Column({ name: 'path_suffix', type: 'varchar', length: 16, default: '' }) pathSuffix: string;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, nullable: true }) idempotencyKey: string | null;
  @Column({ type: 'varchar', length: 16, default: 'PENDING' }) status: VendorCallStatus;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ name: 'first_attempt_at', type: 'timestamptz', nullable: true }) firstAttemptAt: Date | null;
  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true }) lastAttemptAt: Date | null;
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true }) nextAttemptAt: Date | null;
  @Column({ name: 'last_result', type: 'varchar', length: 200, nullable: true }) lastResult: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** The activation's one access token (SV-1), minted before the first attempt, sent on every retry. */
  @Column({ name: 'token_id', type: 'uuid', nullable: true }) tokenId: string | null;
  /** That token sealed (token-seal.ts) while the call may still be sent; null once it settles. */
  @Column({ name: 'token_sealed', type: 'text', nullable: true }) tokenSealed: string | null;
}
