export * from './address-policy';
export * from './config';
export * from './dispatcher';
export * from './egress-request';
export * from './errors';
export * from './url-check';
