export * from './judge';
export * from './measure';
export * from './judged-sources';
