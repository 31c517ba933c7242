import { registerEnumType } from 'type-graphql';

export enum CallDirection {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
}

export enum CallStatus {
  RINGING = 'RINGING',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  MISSED = 'MISSED',
}

registerEnumType(CallDirection, {
  name: 'CallDirection',
  description: 'Whether the call came into the account or went out of it.',
  valuesConfig: {
    INCOMING: { description: 'A customer called the account.' },
    OUTGOING: { description: 'An employee called out.' },
  },
});
registerEnumType(CallStatus, {
  name: 'CallStatus',
  description: 'Where a call stands, as the TELEPHONY app reported it (TL-1).',
  valuesConfig: {
    RINGING: { description: 'Ringing, not answered yet.' },
    IN_PROGRESS: { description: 'Answered: the talk is on.' },
    COMPLETED: { description: 'Ended after a talk.' },
    MISSED: { description: 'Ended without a talk.' },
  },
});
