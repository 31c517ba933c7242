export * from './judge';
export * from './measure';
