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

registerEnumType(Zone, { name: 'Zone', description: 'Tariff zone of an account (BX-9).' });
registerEnumType(UserRole, { name: 'UserRole' });
