export * from './http-observation';
export * from './metrics';
export * from './metrics-route';
export * from './operation-labels';
export * from './readiness';
export * from './shutdown';
export * from './tracing';
export * from './graphql-metrics';
