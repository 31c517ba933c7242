import { systemClock } from '@appmarket/core';
import { generateDemoData } from '@appmarket/demo-data';
import type { DataSource } from 'typeorm';
import { Account } from './accounts/account.entity';
import { UserRole, Zone } from './accounts/account.enums';
import { Install } from './installs/install.entity';
import { ActivationState, InstalledAppType, InstallStatus } from './installs/install.enums';
import { ProvisioningService } from './provisioning/provisioning.service';

/** The demo data's host platform: its accounts and users come in through the provisioning API's service. */
export const DEMO_HOST_ID = 'demo';

const noDeactivations = {
  accountDeactivated: () => Promise.reject(new Error('the demo seed deactivates nothing')),
  userDeactivated: () => Promise.reject(new Error('the demo seed deactivates nothing')),
};

/**
 * Seeds accounts, users and installs once: only when there are no accounts yet. Accounts and
 * users are provisioned by the demo host exactly as a host platform provisions its customers
 * (the external ids are the demo ids, which other subgraphs' demo data refer to, so the accounts
 * keep them); installs are written directly, already through their Vendor API activation.
 */
export async function seedAccounts(dataSource: DataSource): Promise<string> {
  if ((await dataSource.getRepository(Account).count()) > 0) return 'accounts: already seeded';
  const data = generateDemoData();
  const provisioning = new ProvisioningService(dataSource, systemClock, noDeactivations);
  for (const a of data.accounts) {
    await provisioning.upsertAccount(DEMO_HOST_ID, { externalId: a.id, name: a.name, zone: a.zone as Zone, tariff: a.tariff }, a.id);
  }
  for (const u of data.users) {
    await provisioning.upsertUser(DEMO_HOST_ID, {
      accountExternalId: u.accountId, externalId: u.id, fullName: u.fullName, email: u.email, role: u.role as UserRole,
      extension: u.extension, active: true,
    }, u.id);
  }
  const priceOf = new Map(data.apps.map((a) => [a.id, a.priceKopecks]));
  await dataSource.getRepository(Install).insert(
    data.installs.map((i) => ({
      id: i.id, accountId: i.accountId, appId: i.appId, appType: i.appType as InstalledAppType,
      status: InstallStatus.ACTIVE, installedAt: i.installedAt, uninstalledAt: null,
      isFree: priceOf.get(i.appId) === null, updatedAt: i.installedAt,
      // Demo SERVER installs are already through their Vendor API activation (SV-2).
      activationState: i.appType === 'SERVER' ? ActivationState.ACTIVATED : null,
    })),
  );
  return `accounts: ${data.accounts.length} accounts, ${data.users.length} users, ${data.installs.length} installs`;
}
