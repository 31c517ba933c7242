import { generateDemoData } from '@appmarket/demo-data';
import type { DataSource } from 'typeorm';
import { Call } from './calls/call.entity';
import { CallDirection, CallStatus } from './calls/call.enums';

/** Seeds the call history once: only when there are no calls yet. */
export async function seedTelephony(dataSource: DataSource): Promise<string> {
  if ((await dataSource.getRepository(Call).count()) > 0) return 'telephony: already seeded';
  const { calls } = generateDemoData();
  await dataSource.getRepository(Call).insert(
    calls.map((c) => ({ ...c, direction: c.direction as CallDirection, status: c.status as CallStatus })),
  );
  return `telephony: ${calls.length} calls`;
}
