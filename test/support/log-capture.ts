import { Writable } from 'node:stream';
import { createLogger, type Logger, type LogLevel } from '@appmarket/core';

/** Real loggers (pino) whose lines a test reads back; one per service name, all into one list. */
export function capturedLogs(level: LogLevel = 'debug') {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return {
    lines,
    logger: (service: string): Logger => createLogger(service, level, { destination: destination as never }),
    parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
