import { BOTH_WAYS_PAGE_ARGS, IDEMPOTENCY_KEY, list, onFields, PAGE_ARGS, text, type InputBounds } from '@appmarket/federation';

/**
 * The outer bounds of every argument accounts takes (packages/federation/src/input-bounds): what
 * its columns hold. Shapes keep their own codes in the services (a tariff's capitals:
 * PROVISIONING_INPUT_INVALID; an unknown permission entity: BAD_USER_INPUT). docs/INPUT-BOUNDS.md.
 */
const EXTERNAL_ID = text(200);
const NAME = text(200);
const TOKEN = text(512);

export const AccountsInputBounds: InputBounds = {
  ...onFields(['Account.incomingWebhooksConnection', 'Account.installsConnection', 'Account.localAppsConnection', 'Account.usersConnection', 'App.installsConnection', 'Query.accounts'], BOTH_WAYS_PAGE_ARGS),
  'Mutation.createLocalApp(idempotencyKey:)': IDEMPOTENCY_KEY,
  'Mutation.createIncomingWebhook(idempotencyKey:)': IDEMPOTENCY_KEY,
  'Mutation.installApp(idempotencyKey:)': IDEMPOTENCY_KEY,
  ...onFields(['Query.accounts'], PAGE_ARGS),
  'Query.webhookByAccessToken(token:)': TOKEN,
  'Query.installByAccessToken(token:)': TOKEN,
  'Query.hostAccount(externalId:)': EXTERNAL_ID,

  'Mutation.createLocalApp(name:)': NAME,
  'Mutation.createIncomingWebhook(name:)': NAME,
  'Mutation.createIncomingWebhook(permissions:)': list(50),
  'WebhookPermissionInput.entity': text(64),
  'WebhookPermissionInput.operations': list(6),
  'Mutation.setInstallUsers(userIds:)': list(500),
  'Mutation.sendVendorEvent(idempotencyKey:)': text(200),

  'ProvisionAccountInput.externalId': EXTERNAL_ID,
  'ProvisionAccountInput.name': NAME,
  'ProvisionAccountInput.tariff': text(64),
  'ProvisionUserInput.accountExternalId': EXTERNAL_ID,
  'ProvisionUserInput.externalId': EXTERNAL_ID,
  'ProvisionUserInput.fullName': NAME,
  'ProvisionUserInput.email': text(320),
  'ProvisionUserInput.extension': text(16),
  'Mutation.deactivateAccount(externalId:)': EXTERNAL_ID,
  'Mutation.deactivateUser(externalId:)': EXTERNAL_ID,
  'Mutation.deactivateUser(accountExternalId:)': EXTERNAL_ID,
};
