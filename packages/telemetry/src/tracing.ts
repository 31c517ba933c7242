import type { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/** Incoming requests not worth a trace: probes and scrapes, every few seconds from every load balancer. */
const UNTRACED_PATHS = /^\/(health|metrics)(\/|$|\?)/;

let running: NodeTracerProvider | undefined;

/**
 * OpenTelemetry traces, off unless configured by the standard variables: on when
 * OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set and OTEL_SDK_DISABLED
 * is not true. Spans are batched and exported over OTLP/HTTP, as protobuf (the default) or JSON
 * (OTEL_EXPORTER_OTLP_PROTOCOL=http/json); the exporter and the SDK read the other OTEL_*
 * variables themselves (headers, timeout, sampler: OTEL_TRACES_SAMPLER, propagators, batch sizes), and
 * OTEL_RESOURCE_ATTRIBUTES adds to the resource.
 *
 * Spans: incoming HTTP and Express routes, outgoing undici (the gateway's subgraph fetches, peer
 * calls, vendor calls; the W3C traceparent goes along), GraphQL execution, and pg queries, so a
 * trace runs gateway → subgraph → PostgreSQL; @apollo/gateway adds its own (plan, fetch) once a
 * provider is registered.
 *
 * The Node trace SDK (sdk-trace-node) rather than the all-signals `@opentelemetry/sdk-node`:
 * the latter brings every exporter of every signal (gRPC, Zipkin, Prometheus, logs, metrics), each
 * with its own copy of the SDK beside @apollo/gateway's older one: 216 MB of node_modules against
 * 97 MB; our metrics are Prometheus' and our logs stdout's anyway.
 *
 * Must run before express, pg, undici and graphql are loaded: each entry point's first import
 * is its `tracing.ts`, which calls this. The SDK is loaded only when tracing is on.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (running) return true;
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (!endpoint || /^true$/i.test(env.OTEL_SDK_DISABLED ?? '')) return false;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeTracerProvider, BatchSpanProcessor } = require('@opentelemetry/sdk-trace-node') as typeof import('@opentelemetry/sdk-trace-node');
  const { defaultResource, detectResources, envDetector, resourceFromAttributes } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const { registerInstrumentations } = require('@opentelemetry/instrumentation') as typeof import('@opentelemetry/instrumentation');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation } = require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { UndiciInstrumentation } = require('@opentelemetry/instrumentation-undici') as typeof import('@opentelemetry/instrumentation-undici');
  const { GraphQLInstrumentation } = require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const resource = defaultResource()
    .merge(detectResources({ detectors: [envDetector] }))
    .merge(resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || serviceName }));
  running = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(otlpExporter(env))] });
  running.register(); // the global provider, AsyncLocalStorage context and W3C propagation
  registerInstrumentations({
    tracerProvider: running,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.test(req.url ?? '') }),
      new ExpressInstrumentation(),
      new UndiciInstrumentation(),
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true }),
      new PgInstrumentation(),
    ],
  });
  return true;
}

/** OTLP over HTTP: protobuf unless the protocol setting asks for JSON (gRPC is not shipped: collectors take both on 4318). */
function otlpExporter(env: NodeJS.ProcessEnv) {
  const protocol = env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL || env.OTEL_EXPORTER_OTLP_PROTOCOL || 'http/protobuf';
  /* eslint-disable @typescript-eslint/no-require-imports */
  if (protocol === 'http/json') return new (require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter();
  if (protocol !== 'http/protobuf') process.stderr.write(`OTEL_EXPORTER_OTLP_PROTOCOL=${protocol} is not supported here: exporting http/protobuf\n`);
  return new (require('@opentelemetry/exporter-trace-otlp-proto') as typeof import('@opentelemetry/exporter-trace-otlp-proto')).OTLPTraceExporter();
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/** Exports the spans still buffered; part of the graceful shutdown. */
export async function stopTracing(): Promise<void> {
  const provider = running;
  running = undefined;
  await provider?.shutdown();
}
