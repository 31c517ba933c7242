import { requiresPermission } from '@appmarket/federation';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Install } from '../installs/install.entity';

/**
 * Why the caller cannot install the app now: the code `installApp` would answer (docs/ERRORS.md),
 * so a front end shows the same words before and after the click.
 */
export enum InstallBlockReason {
  ACCOUNT_DEACTIVATED = 'ACCOUNT_DEACTIVATED',
  USER_DEACTIVATED = 'USER_DEACTIVATED',
  INSTALL_NOT_ALLOWED = 'INSTALL_NOT_ALLOWED',
  ALREADY_INSTALLED = 'ALREADY_INSTALLED',
  APP_NOT_FOUND = 'APP_NOT_FOUND',
  DEBUG_NOT_SUPPORTED_FOR_TYPE = 'DEBUG_NOT_SUPPORTED_FOR_TYPE',
  APP_TYPE_LIMIT_REACHED = 'APP_TYPE_LIMIT_REACHED',
  FREE_APP_LIMIT_REACHED = 'FREE_APP_LIMIT_REACHED',
  MARKETPLACE_SUBSCRIPTION_REQUIRED = 'MARKETPLACE_SUBSCRIPTION_REQUIRED',
  NOT_ENOUGH_PAID_APP_OPTIONS = 'NOT_ENOUGH_PAID_APP_OPTIONS',
}
registerEnumType(InstallBlockReason, {
  name: 'InstallBlockReason',
  description: 'Why installApp would be refused now; each value is the error code it would answer (docs/ERRORS.md).',
  valuesConfig: {
    ACCOUNT_DEACTIVATED: { description: 'The host deactivated the account.' },
    USER_DEACTIVATED: { description: 'The host deactivated the user.' },
    INSTALL_NOT_ALLOWED: { description: 'BX-3: only admins install on this account.' },
    ALREADY_INSTALLED: { description: 'The account has a live install of the app.' },
    APP_NOT_FOUND: { description: 'LC-3, DL-3: the app is not installable by this account (hidden, unpublished).' },
    DEBUG_NOT_SUPPORTED_FOR_TYPE: { description: 'TY-3, TY-4: LOYALTY apps are not debugged on developer accounts.' },
    APP_TYPE_LIMIT_REACHED: { description: 'TY-2: the account has a live app of this type (TELEPHONY, LOYALTY).' },
    FREE_APP_LIMIT_REACHED: { description: 'BX-9: the free-app limit of the account’s zone and tariff.' },
    MARKETPLACE_SUBSCRIPTION_REQUIRED: { description: 'BX-2: a paid app without a trial needs the marketplace subscription.' },
    NOT_ENOUGH_PAID_APP_OPTIONS: { description: 'PR-3: the free paid-app options do not cover the price.' },
  },
});

@ObjectType({ description: 'The app as the caller’s account has it: installed or not, whether it can install it now and why not, and its trial (TR-2).' })
export class ViewerInstallState {
  @Field({ description: 'The account has a live install of the app.' })
  installed: boolean;

  @Field(() => Install, { nullable: true, description: 'The live install, if any. Needs VIEW on install.' })
  @Directive(requiresPermission('install', 'VIEW'))
  install: Install | null;

  @Field({ description: 'installApp would succeed now (as far as the rules can tell before the click).' })
  canInstall: boolean;

  @Field(() => InstallBlockReason, { nullable: true, description: 'Why not; null when canInstall.' })
  reasonCannotInstall: InstallBlockReason | null;

  @Field({ description: 'TR-2: an install now starts a trial (the account never installed the app, or the vendor granted one, TX-1).' })
  trialAvailable: boolean;

  @Field(() => Int, { nullable: true, description: 'The length of that trial in days; null when none is available.' })
  trialDays: number | null;
}
