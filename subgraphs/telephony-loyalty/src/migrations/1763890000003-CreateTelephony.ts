import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Calls reported over the Phone API. */
export class CreateTelephony1763890000003 implements MigrationInterface {
  name = 'CreateTelephony1763890000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE call_direction AS ENUM ('INCOMING', 'OUTGOING')`);
    await q.query(`CREATE TYPE call_status AS ENUM ('RINGING', 'IN_PROGRESS', 'COMPLETED', 'MISSED')`);
    await q.query(`
      CREATE TABLE calls (
        id uuid PRIMARY KEY,
        -- Ids of the accounts subgraph's account and install: no foreign keys across subgraphs.
        account_id uuid NOT NULL,
        install_id uuid NOT NULL,
        external_id varchar(255),
        direction call_direction NOT NULL,
        from_number varchar(64) NOT NULL,
        to_number varchar(64) NOT NULL,
        user_id uuid,
        status call_status NOT NULL,
        started_at timestamptz NOT NULL,
        duration_seconds integer NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),
        CONSTRAINT calls_external_id_unique UNIQUE (install_id, external_id)
      )`);
    await q.query(`CREATE INDEX calls_account_started_idx ON calls (account_id, started_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE calls');
    await q.query('DROP TYPE call_status');
    await q.query('DROP TYPE call_direction');
  }
}
