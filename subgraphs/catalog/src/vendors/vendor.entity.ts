import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A company that publishes apps on the marketplace. */
@Entity({ name: 'vendors' })
@ObjectType()
@Directive('@key(fields: "id")')
export class Vendor {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  @Field({ description: 'Unique, never changes; the second half of every appUid.' })
  alias: string;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;
}
