import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** Phone API call events (TL-1): they pop and close a call card on an employee's screen. */
export enum CallCardEvent {
  SHOW = 'SHOW',
  STARTTIME = 'STARTTIME',
  HIDE = 'HIDE',
  HIDE_ALL = 'HIDE_ALL',
}
registerEnumType(CallCardEvent, {
  name: 'CallCardEvent',
  valuesConfig: {
    SHOW: { description: "Pop the call's card for the employee." },
    STARTTIME: { description: 'The employee started talking: the card shows the talk time.' },
    HIDE: { description: "Close the call's card for the employee." },
    HIDE_ALL: { description: "Close the call's card for every employee." },
  },
});

/** A call card shown to one employee; open until hidden. */
@Entity({ name: 'call_cards' })
@ObjectType()
export class CallCard {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'call_id', type: 'uuid' })
  @Field(() => ID)
  callId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  @Field(() => ID, { description: 'The employee the card is shown to.' })
  userId: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  @Field(() => String, { nullable: true })
  extension: string | null;

  @Column({ name: 'shown_at', type: 'timestamptz' })
  @Field()
  shownAt: Date;

  @Column({ name: 'talk_started_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Set by STARTTIME.' })
  talkStartedAt: Date | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  hiddenAt: Date | null;
}

/** What the employee's front end receives over the event stream, and what the mutation returns. */
@ObjectType()
export class CallCardChange {
  @Field(() => ID, { description: 'The event id (the stream\'s `id:`, usable as Last-Event-ID).' })
  eventId: string;
  @Field(() => CallCardEvent) event: CallCardEvent;
  @Field(() => CallCard) card: CallCard;
}
