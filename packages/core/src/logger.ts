import pino, { type DestinationStream, type Logger as PinoLogger } from 'pino';
import { scrubSecrets, scrubText, SECRET_PATHS } from './log-redaction';

/**
 * Structured one-line JSON logs, written by pino. Every line has `time`, `level` (a label),
 * `service` and `msg`; call sites pass their fields as an object after the message. Secrets never
 * reach a line: pino's `redact` removes the known places (authorization headers, tokens, keys,
 * passwords), and every line is scrubbed at any depth for secret-named keys and for JWTs and
 * Bearer credentials in any value or in the message (log-redaction.ts). Subgraphs get this logger
 * wrapped by `requestScopedLogger` (packages/federation/src/request-scope.ts), so every line
 * written while a request is served carries its request id.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface LoggerOptions {
  /** Where lines go; standard output by default (tests pass a stream to read them back). */
  destination?: DestinationStream;
}

export function createLogger(service: string, level: LogLevel = 'info', options: LoggerOptions = {}): Logger {
  const base = pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: SECRET_PATHS, censor: '[Redacted]' },
      formatters: {
        level: (label) => ({ level: label }),
        log: (fields) => scrubSecrets(fields) as Record<string, unknown>,
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
  return adapt(base);
}

/** Our call sites' shape (`info(msg, fields)`) over pino's (`info(fields, msg)`). */
function adapt(logger: PinoLogger): Logger {
  const write = (level: LogLevel) => (msg: string, fields?: Record<string, unknown>) => {
    if (!logger.isLevelEnabled(level)) return;
    if (fields) logger[level](fields, scrubText(msg));
    else logger[level](scrubText(msg));
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
  };
}
