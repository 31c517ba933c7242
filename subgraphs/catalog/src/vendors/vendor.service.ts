import type { DataSource, Repository } from 'typeorm';
import { Vendor } from './vendor.entity';

export class VendorService {
  private readonly vendors: Repository<Vendor>;

  constructor(dataSource: DataSource) {
    this.vendors = dataSource.getRepository(Vendor);
  }

  findByIds(ids: readonly string[]): Promise<Vendor[]> {
    return this.vendors.createQueryBuilder('v').where('v.id = ANY(:ids)', { ids: [...ids] }).getMany();
  }

  list(): Promise<Vendor[]> {
    return this.vendors.find({ order: { name: 'ASC' } });
  }
}
