import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Zone } from './account.enums';

/** A customer company (tenant). */
@Entity({ name: 'accounts' })
@ObjectType()
@Directive('@key(fields: "id")')
export class Account {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  name: string;

  @Column({ type: 'varchar', length: 64 })
  @Field({ description: 'The account tariff, e.g. FREE, BASIC, PROFESSIONAL, CORPORATE.' })
  tariff: string;

  @Column({ type: 'enum', enum: Zone, enumName: 'zone' })
  @Field(() => Zone)
  zone: Zone;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;
}
