export * from './apply';
export * from './bound';
export * from './check';
export * from './docs';
