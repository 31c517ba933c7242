export * from './auth';
export * from './config';
export * from './error-codes';
export * from './limits';
export * from './permissions';
export * from './persisted-queries';
export * from './server';
export * from './plugin';
