import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { AccessBlock, VendorApiBlock } from './descriptor.types';

/** One uploaded, validated version of an app's descriptor (XML v2). The highest version is current. */
@Entity({ name: 'app_descriptors' })
@ObjectType({ description: 'One uploaded, validated version of an app’s descriptor (XML v2); the highest version is current, and an install freezes its access block (AR-2).' })
export class AppDescriptor {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'The descriptor version’s id.' })
  id: string;

  @Column({ name: 'app_id', type: 'uuid' })
  appId: string;

  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'The version number, 1, 2, … per app; the highest is the current one.' })
  version: number;

  @Column({ type: 'text' })
  @Field({ description: 'The XML as uploaded.' })
  xml: string;

  @Column({ type: 'jsonb', nullable: true })
  access: AccessBlock | null;

  @Column({ name: 'vendor_api', type: 'jsonb', nullable: true })
  vendorApi: VendorApiBlock | null;

  @Column({ name: 'uploaded_by', type: 'varchar', length: 100, nullable: true })
  uploadedBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  @Field({ description: 'When this version was uploaded.' })
  createdAt: Date;
}
