import { Column, Entity, PrimaryColumn } from 'typeorm';

/** SV-1: a SERVER install's JSON API token, kept only as its SHA-256. */
@Entity({ name: 'app_tokens' })
export class AppToken {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'install_id', type: 'uuid' }) installId: string;
  @Column({ name: 'token_sha256', type: 'char', length: 64 }) tokenSha256: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}
