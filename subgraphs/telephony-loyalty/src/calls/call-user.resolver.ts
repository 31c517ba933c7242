import { requiresPermission } from '@appmarket/federation';
import { Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { UserRef } from '../users/user.reference';
import { Call } from './call.entity';

/** The call's employee as an object (issue 19, item 7); accounts resolves it for the call's account. */
@Resolver(() => Call)
export class CallUserResolver {
  // Employees are account data: an app sees who took a call only with VIEW on employee (AR-2).
  @FieldResolver(() => UserRef, { nullable: true, description: 'The employee who took or made the call (resolved by accounts). Needs VIEW on employee.' })
  @Directive(requiresPermission('employee', 'VIEW'))
  user(@Root() call: Call): UserRef | null {
    return call.userId ? { id: call.userId } : null;
  }
}
