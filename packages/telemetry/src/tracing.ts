import type { NodeSDK } from '@opentelemetry/sdk-node';

/** Incoming requests not worth a trace: probes and scrapes, every few seconds from every load balancer. */
const UNTRACED_PATHS = /^\/(health|metrics)(\/|$|\?)/;

let running: NodeSDK | undefined;

/**
 * OpenTelemetry traces, off unless configured by the standard variables: on when
 * OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set and OTEL_SDK_DISABLED
 * is not true. The SDK exports over OTLP (OTEL_EXPORTER_OTLP_PROTOCOL: http/protobuf by default,
 * http/json or grpc) and reads the rest of OTEL_* itself (sampler, headers, resource attributes).
 * Spans: incoming HTTP and Express routes, outgoing undici (the gateway's subgraph fetches, peer
 * calls, vendor calls; the W3C traceparent goes along), GraphQL execution, and pg queries, so a
 * trace runs gateway → subgraph → PostgreSQL; @apollo/gateway adds its own (plan, fetch) once a
 * provider is registered. Metrics stay on /metrics and logs on stdout unless OTEL_METRICS_EXPORTER
 * or OTEL_LOGS_EXPORTER ask for OTLP as well.
 *
 * Must run before express, pg, undici and graphql are loaded: each entry point's first import
 * is its `tracing.ts`, which calls this.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (running) return true;
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (!endpoint || /^true$/i.test(env.OTEL_SDK_DISABLED ?? '')) return false;
  // Loaded only when on: a process without tracing does not pay for the SDK.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation } = require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { UndiciInstrumentation } = require('@opentelemetry/instrumentation-undici') as typeof import('@opentelemetry/instrumentation-undici');
  const { GraphQLInstrumentation } = require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  /* eslint-enable @typescript-eslint/no-require-imports */
  running = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME || serviceName,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.test(req.url ?? '') }),
      new ExpressInstrumentation(),
      new UndiciInstrumentation(),
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true }),
      new PgInstrumentation(),
    ],
    ...(env.OTEL_METRICS_EXPORTER ? {} : { metricReaders: [] }),
    ...(env.OTEL_LOGS_EXPORTER ? {} : { logRecordProcessors: [] }),
  });
  running.start();
  return true;
}

/** Exports the spans still buffered; part of the graceful shutdown. */
export async function stopTracing(): Promise<void> {
  const sdk = running;
  running = undefined;
  await sdk?.shutdown();
}
