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

registerEnumType(CallDirection, { name: 'CallDirection' });
registerEnumType(CallStatus, { name: 'CallStatus' });
