import type { DataSource, Repository } from 'typeorm';
import { InstallBilling } from './install-billing.entity';

export class InstallBillingService {
  private readonly billings: Repository<InstallBilling>;

  constructor(dataSource: DataSource) {
    this.billings = dataSource.getRepository(InstallBilling);
  }

  findByInstallIds(ids: readonly string[]): Promise<InstallBilling[]> {
    return this.billings.createQueryBuilder('b').where('b.install_id = ANY(:ids)', { ids: [...ids] }).getMany();
  }
}
