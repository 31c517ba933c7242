import { registerEnumType } from 'type-graphql';

/** BX-9: tariff zones; limits and the marketplace subscription differ by zone. */
export enum Zone {
  ru = 'ru',
  kz = 'kz',
  by = 'by',
}

export enum UserRole {
  ADMIN = 'ADMIN',
  EMPLOYEE = 'EMPLOYEE',
}

registerEnumType(Zone, {
  name: 'Zone',
  description: 'Tariff zone of an account (BX-9).',
  valuesConfig: {
    ru: { description: 'Russia; here local apps and webhooks need the marketplace subscription (BX-4, BX-8).' },
    kz: { description: 'Kazakhstan.' },
    by: { description: 'Belarus.' },
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
