import { USER_ERRORS_DESCRIPTION, type UserError, userErrorsFor } from '@appmarket/federation';
import { Field, ID, ObjectType } from 'type-graphql';
import { USER_ERROR_CATALOGUE } from '../user-error-catalogue';
import { Install } from './install.entity';

/**
 * The install mutations' payloads (issue 19, item 2; docs/API.md, "Errors as data"). Who may act
 * stays top-level: FORBIDDEN, INSTALL_NOT_ALLOWED (BX-3, an employee where only admins install),
 * APP_ACCESS_DENIED (BX-6), a deactivated user or account; so do faults.
 */
const INSTALL_REFUSALS = ['NOT_FOUND', 'INSTALL_NOT_LIVE'] as const;

export const InstallAppErrors = userErrorsFor({
  mutation: 'installApp',
  arguments: ['appId', 'idempotencyKey'],
  catalogue: USER_ERROR_CATALOGUE,
  codes: [
    'APP_NOT_FOUND', 'DEBUG_NOT_SUPPORTED_FOR_TYPE', 'ALREADY_INSTALLED', 'APP_TYPE_LIMIT_REACHED', 'FREE_APP_LIMIT_REACHED',
    'NOT_ENOUGH_PAID_APP_OPTIONS', 'MARKETPLACE_SUBSCRIPTION_REQUIRED', 'IDEMPOTENCY_KEY_REUSED',
  ],
});

export const UninstallAppErrors = userErrorsFor({
  mutation: 'uninstallApp', arguments: ['installId'], catalogue: USER_ERROR_CATALOGUE, codes: INSTALL_REFUSALS,
});

export const ReinstallAppErrors = userErrorsFor({
  mutation: 'reinstallApp',
  arguments: ['installId'],
  catalogue: USER_ERROR_CATALOGUE,
  codes: [...INSTALL_REFUSALS, 'APP_NOT_FOUND', 'DEBUG_NOT_SUPPORTED_FOR_TYPE'],
});

export const SetInstallUsersErrors = userErrorsFor({
  mutation: 'setInstallUsers', arguments: ['installId', 'userIds'], catalogue: USER_ERROR_CATALOGUE, codes: ['NOT_FOUND', 'USER_NOT_IN_ACCOUNT'],
});

export const OpenAppErrors = userErrorsFor({
  mutation: 'openApp', arguments: ['installId'], catalogue: USER_ERROR_CATALOGUE, codes: ['NOT_FOUND', 'CAPABILITY_NOT_SUPPORTED', 'INSTALL_SUSPENDED'],
});

@ObjectType({ description: 'The new install (BX-3, LC-3, TY-2, BX-9; billing decided its price), or why not. A retry with the same idempotencyKey answers the same install.' })
export class InstallAppPayload {
  @Field(() => Install, {
    nullable: true,
    description: 'The install; null when refused, except ALREADY_INSTALLED, which answers the live install the account has (a retry without a key may have made it).',
  })
  install?: Install | null;

  @Field(() => [InstallAppErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The removed install, its data kept (AR-3, BX-7), or why not.' })
export class UninstallAppPayload {
  @Field(() => Install, { nullable: true, description: 'The install, now UNINSTALLED; null when refused.' })
  install?: Install | null;

  @Field(() => [UninstallAppErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@ObjectType({ description: 'AR-3: the install with the app’s current permissions, or why not.' })
export class ReinstallAppPayload {
  @Field(() => Install, { nullable: true, description: 'The install with its new permissions; null when refused.' })
  install?: Install | null;

  @Field(() => [ReinstallAppErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@ObjectType({ description: 'BX-6: the install with its new access list, or why not (each unknown user at its place in `userIds`).' })
export class SetInstallUsersPayload {
  @Field(() => Install, { nullable: true, description: 'The install; null when refused.' })
  install?: Install | null;

  @Field(() => [SetInstallUsersErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@ObjectType({ description: 'SV-3: what the UI opens an IFRAME or SERVER app with.' })
export class AppLaunch {
  @Field(() => ID, { description: 'The install being opened.' }) installId: string;
  @Field(() => ID, { description: 'Its app’s id.' }) appId: string;
  @Field({ description: 'Single use, valid 5 minutes; the vendor exchanges it at POST /api/vendor/1.0/context/{contextKey}.' })
  contextKey: string;
}

@ObjectType({ description: 'SV-3: the app’s launch with a fresh user context key, or why not.' })
export class OpenAppPayload {
  @Field(() => AppLaunch, { nullable: true, description: 'What the UI opens the app with; null when refused.' })
  launch?: AppLaunch | null;

  @Field(() => [OpenAppErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}
