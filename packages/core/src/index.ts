export * from './app-types';
export * from './clock';
export * from './config';
export * from './error-catalogue';
export * from './errors';
export * from './ids';
export * from './logger';
export * from './permission-entities';
