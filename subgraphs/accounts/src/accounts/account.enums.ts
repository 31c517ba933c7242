import { registerEnumType } from 'type-graphql';

/**
 * BX-9: tariff zones; limits and the marketplace subscription differ by zone. The GraphQL names
 * are SCREAMING_CASE (issue 19, item 8); the values stay the stored ones (`ru`), which the config
 * (ACCOUNTS_FREE_APP_LIMITS) and the database hold.
 */
export enum Zone {
  RU = 'ru',
  KZ = 'kz',
  BY = 'by',
}

export enum UserRole {
  ADMIN = 'ADMIN',
  EMPLOYEE = 'EMPLOYEE',
}

registerEnumType(Zone, {
  name: 'Zone',
  description: 'Tariff zone of an account (BX-9).',
  valuesConfig: {
    RU: { description: 'Russia; here local apps and webhooks need the marketplace subscription (BX-4, BX-8).' },
    KZ: { description: 'Kazakhstan.' },
    BY: { description: 'Belarus.' },
  },
});
registerEnumType(UserRole, {
  name: 'UserRole',
  description: 'A user’s role in its account (BX-3).',
  valuesConfig: {
    ADMIN: { description: 'An administrator: installs and manages apps, and sets who else may (BX-3).' },
    EMPLOYEE: { description: 'Any other employee: installs apps only where the account allows every employee to (BX-3).' },
  },
});
