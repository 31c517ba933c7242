import { DomainError } from '@appmarket/core';
import { callPeer, type PeerDirectory } from '@appmarket/federation';

/**
 * An employee as the Phone API's REST answers show it; the accounts subgraph owns users (in
 * GraphQL `phoneEmployee` answers accounts' `User` entity by id: issue 19, item 7).
 */
export interface PhoneEmployee {
  id: string;
  fullName: string;
  extension: string | null;
}

const ACCOUNT_USERS = `query AccountUsers($reps: [_Any!]!) {
  _entities(representations: $reps) { ... on Account { id users { id fullName extension } } }
}`;

/**
 * Employees come from the accounts subgraph through its own API (`Account.users` by entity key,
 * called as a service with callPeer): this subgraph never reads accounts' tables. One call per
 * account per request (the per-request loader in context.ts batches them).
 */
export class EmployeeDirectory {
  constructor(private readonly peers: PeerDirectory) {}

  async usersOf(accountIds: readonly string[]): Promise<PhoneEmployee[][]> {
    const data = await callPeer<{ _entities: ({ id: string; users: PhoneEmployee[] } | null)[] }>(
      this.peers,
      'accounts',
      ACCOUNT_USERS,
      { reps: accountIds.map((id) => ({ __typename: 'Account', id })) },
    );
    return data._entities.map((account) => account?.users ?? []);
  }
}

/** Finds the employee by id or extension among the account's users, or refuses (EMPLOYEE_NOT_FOUND). */
export function pickEmployee(users: PhoneEmployee[], by: { userId?: string | null; extension?: string | null }): PhoneEmployee {
  const found = by.userId
    ? users.find((u) => u.id === by.userId)
    : by.extension
      ? users.find((u) => u.extension === by.extension)
      : undefined;
  if (!found) {
    throw new DomainError('EMPLOYEE_NOT_FOUND', 'no employee of the account has that id or extension', { ...by, field: by.userId ? 'userId' : 'extension' });
  }
  return found;
}
