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
  description: 'TL-1: a Phone API call event; it pops or closes a call card on an employee’s screen.',
  valuesConfig: {
    SHOW: { description: "Pop the call's card for the employee." },
    STARTTIME: { description: 'The employee started talking: the card shows the talk time.' },
    HIDE: { description: "Close the call's card for the employee." },
    HIDE_ALL: { description: "Close the call's card for every employee." },
  },
});

/** A call card shown to one employee; open until hidden. */
@Entity({ name: 'call_cards' })
@ObjectType({ description: 'TL-1: a call’s card on one employee’s screen, open from SHOW until HIDE or HIDE_ALL.' })
export class CallCard {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'The card’s id.' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'call_id', type: 'uuid' })
  @Field(() => ID, { description: 'The id of the call the card shows (Call.id).' })
  callId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  @Field(() => ID, { description: 'The employee the card is shown to.' })
  userId: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  @Field(() => String, { nullable: true, description: 'The employee’s internal phone extension when the card was shown; null when they have none.' })
  extension: string | null;

  @Column({ name: 'shown_at', type: 'timestamptz' })
  @Field({ description: 'When the card was popped (SHOW).' })
  shownAt: Date;

  @Column({ name: 'talk_started_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Set by STARTTIME.' })
  talkStartedAt: Date | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the card was closed (HIDE or HIDE_ALL); null while open.' })
  hiddenAt: Date | null;
}

/** What the employee's front end receives over the event stream, and what the mutation returns. */
@ObjectType({ description: 'TL-1: one change of a call card, as the employee’s front end receives it over the event stream.' })
export class CallCardChange {
  @Field(() => ID, { description: 'The event id (the stream\'s `id:`, usable as Last-Event-ID).' })
  eventId: string;
  @Field(() => CallCardEvent, { description: 'What happened to the card.' }) event: CallCardEvent;
  @Field(() => CallCard, { description: 'The card after the event.' }) card: CallCard;
}
