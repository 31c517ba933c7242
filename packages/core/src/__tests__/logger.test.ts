import { Writable } from 'node:stream';
import { createLogger, type LogLevel } from '../logger';

/** A logger whose lines are kept, parsed, for the test to read. */
function capture(level: LogLevel = 'debug') {
  const lines: string[] = [];
  const destination = new Writable({ write(chunk: Buffer, _encoding, done) { lines.push(...chunk.toString().split('\n').filter(Boolean)); done(); } });
  const logger = createLogger('accounts', level, { destination: destination as unknown as NodeJS.WritableStream & { write(msg: string): void } });
  return { logger, lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEiLCJyb2xlIjoiQURNSU4ifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
const INSTALL_TOKEN = 'k3Vq9mZ0cW1xY2pLr8TbNa4sUe5fHd7gJi6oPl2wXyQ';

describe('logger (pino)', () => {
  it('writes one JSON line with time, level label, service, message and fields', () => {
    const { logger, parsed } = capture();
    logger.info('request', { requestId: 'r-1', operationName: 'Installs', callerKind: 'user', durationMs: 12.5 });
    const [line] = parsed();
    expect(line).toMatchObject({ level: 'info', service: 'accounts', msg: 'request', requestId: 'r-1', operationName: 'Installs', callerKind: 'user', durationMs: 12.5 });
    expect(typeof line!.time).toBe('string');
  });

  it('keeps LOG_LEVEL: lines under the level are not written', () => {
    const { logger, lines } = capture('warn');
    logger.info('hidden');
    logger.debug('hidden');
    logger.warn('shown');
    expect(lines).toHaveLength(1);
  });

  it('never writes a token, key, password or JWT, whatever field or depth it is in', () => {
    const { logger, lines } = capture();
    logger.info(`calling with Bearer ${INSTALL_TOKEN}`, {
      headers: { authorization: `Bearer ${JWT}`, 'lognex-phone-auth-token': INSTALL_TOKEN, 'x-appmarket-identity': JWT, 'content-type': 'application/json' },
      variables: { input: { accessToken: INSTALL_TOKEN, password: 'hunter2-hunter2', note: `pasted ${JWT} here` } },
      error: new Error(`jwt ${JWT} expired`),
      hostKey: `amhk_${'A'.repeat(43)}`,
      deep: { a: { b: { c: { d: { webhookToken: `whk.${'x'.repeat(30)}` } } } } },
    });
    logger.warn('key', { privateKey: '-----BEGIN PRIVATE KEY-----abc', token: INSTALL_TOKEN });
    const output = lines.join('\n');
    for (const secret of [JWT, INSTALL_TOKEN, 'hunter2-hunter2', `amhk_${'A'.repeat(43)}`, `whk.${'x'.repeat(30)}`, 'BEGIN PRIVATE KEY']) {
      expect(output).not.toContain(secret);
    }
    expect(output).toContain('application/json'); // what is not a secret stays
    expect(output).toContain('[Redacted]');
  });
});
