import { migrateSubgraph } from '@appmarket/db';
import { createTestDatabase } from '@appmarket/db/src/testing';
import { accountsSubgraph } from '@appmarket/accounts';
import { Install } from '@appmarket/accounts/src/installs/install.entity';

describe('accounts demo seed', () => {
  it('seeds accounts, users and installs with the new columns, once', async () => {
    const database = await createTestDatabase();
    const ds = accountsSubgraph.createDataSource(database.url, 2);
    try {
      await ds.initialize();
      await migrateSubgraph(ds, accountsSubgraph.dbSchema);
      expect(await accountsSubgraph.seedDemoData(ds)).toMatch(/^accounts: \d+ accounts/);
      expect(await accountsSubgraph.seedDemoData(ds)).toBe('accounts: already seeded');
      const server = await ds.getRepository(Install).findBy({ appType: 'SERVER' as never });
      expect(server.length).toBeGreaterThan(0);
      expect(server.every((i) => i.activationState === 'Activated')).toBe(true);
    } finally {
      await ds.destroy();
      await database.drop();
    }
  });
});
