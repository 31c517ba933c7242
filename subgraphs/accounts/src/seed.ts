import { generateDemoData } from '@appmarket/demo-data';
import type { DataSource } from 'typeorm';
import { Account } from './accounts/account.entity';
import { UserRole, Zone } from './accounts/account.enums';
import { Install } from './installs/install.entity';
import { ActivationState, InstalledAppType, InstallStatus } from './installs/install.enums';
import { User } from './users/user.entity';

/** Seeds accounts, users and installs once: only when there are no accounts yet. */
export async function seedAccounts(dataSource: DataSource): Promise<string> {
  if ((await dataSource.getRepository(Account).count()) > 0) return 'accounts: already seeded';
  const data = generateDemoData();
  const priceOf = new Map(data.apps.map((a) => [a.id, a.priceKopecks]));
  await dataSource.transaction(async (tx) => {
    await tx.getRepository(Account).insert(data.accounts.map((a) => ({ ...a, zone: a.zone as Zone })));
    await tx.getRepository(User).insert(data.users.map((u) => ({ ...u, role: u.role as UserRole })));
    await tx.getRepository(Install).insert(
      data.installs.map((i) => ({
        id: i.id, accountId: i.accountId, appId: i.appId, appType: i.appType as InstalledAppType,
        status: InstallStatus.ACTIVE, installedAt: i.installedAt, uninstalledAt: null,
        isFree: priceOf.get(i.appId) === null, updatedAt: i.installedAt,
        // Demo SERVER installs are already through their Vendor API activation (SV-2).
        activationState: i.appType === 'SERVER' ? ActivationState.Activated : null,
      })),
    );
  });
  return `accounts: ${data.accounts.length} accounts, ${data.users.length} users, ${data.installs.length} installs`;
}
