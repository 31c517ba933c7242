import { startTracing } from '@appmarket/telemetry';

/** First import of main.ts: OpenTelemetry must hook http, express, pg and graphql before they load (off unless OTEL_EXPORTER_OTLP_ENDPOINT is set). */
startTracing('accounts');
