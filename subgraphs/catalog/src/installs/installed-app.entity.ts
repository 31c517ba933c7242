import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The catalog's projection of which apps each account has installed (LC-3, DL-4), fed by the
 * accounts subgraph through `recordInstallState`. `version` orders the updates: an older one
 * never overwrites a newer one.
 */
@Entity({ name: 'installed_apps' })
export class InstalledApp {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId: string;
  @PrimaryColumn({ name: 'app_id', type: 'uuid' }) appId: string;
  @Column({ type: 'boolean' }) installed: boolean;
  @Column({ type: 'varchar', length: 200 }) version: string;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
