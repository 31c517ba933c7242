import { type Actor, ActorKind } from '../access/caller';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { AppStatus } from '../apps/app.enums';

/** One lifecycle transition of an app (LC-1, LC-2): who, when, from, to, why. */
@Entity({ name: 'app_transitions' })
@ObjectType({ description: 'One lifecycle transition of an app (LC-1, LC-2): from which status to which, who moved it, when and why.' })
export class AppTransition {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  @Field(() => ID, { description: 'The transition’s id, increasing with each transition.' })
  id: string;

  @Column({ name: 'app_id', type: 'uuid' })
  appId: string;

  @Column({ name: 'from_status', type: 'enum', enum: AppStatus, enumName: 'app_status', nullable: true })
  @Field(() => AppStatus, { nullable: true, description: 'Null for the creation of the app.' })
  fromStatus: AppStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: AppStatus, enumName: 'app_status' })
  @Field(() => AppStatus, { description: 'The status the app moved to (LC-1).' })
  toStatus: AppStatus;

  @Column({ name: 'actor_kind', type: 'varchar', length: 32 })
  @Field(() => ActorKind, { description: 'Who made the move.' })
  actorKind: Actor['kind'];

  @Column({ name: 'actor_id', type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'The id of the vendor’s user (else the vendor), moderator or service that moved the app.' })
  actorId: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why, as the actor wrote; a moderator sending an app back must give one (LC-2). Null when not given.' })
  reason: string | null;

  @Column({ type: 'timestamptz' })
  @Field({ description: 'When the app moved.' })
  at: Date;
}
