import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { GATEWAY_SIGNER, generateInternalIdentityKeys } from '@appmarket/federation';
import { freePort } from '@appmarket/db/src/testing';
import { waitUntilAnswering } from '../../scripts/processes';
import { postGraphQL } from '../support/stack';

/**
 * Issue 16: the README's command for one service, `npm start -w gateway -- --supergraph FILE
 * --port N`, stopped with "Expression expected" at packages/federation/src/pagination.ts:7: npm
 * runs it in gateway/, where swc-node found no tsconfig.json, so decorators were off. Each
 * runnable workspace now has one. The subgraphs' `npm start -w subgraphs/<name>` runs the same way
 * (the gateway imports the same decorated federation package and needs no database).
 */
const ROOT = path.resolve(__dirname, '../..');

describe('npm start -w gateway, from the README', () => {
  let child: ChildProcess | undefined;
  // npm does not pass SIGTERM on to the service it started: stop the whole process group.
  afterAll(async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  });

  it('starts the gateway from its own folder and answers GraphQL', async () => {
    const port = await freePort();
    const keys = generateInternalIdentityKeys([GATEWAY_SIGNER]);
    const output: string[] = [];
    child = spawn('npm', ['start', '-w', 'gateway', '--', '--supergraph', path.join(ROOT, 'supergraph.graphql'), '--port', String(port)], {
      cwd: ROOT,
      env: { ...process.env, APOLLO_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'warn', INTERNAL_IDENTITY_PRIVATE_KEY: keys.privateKeys[GATEWAY_SIGNER]! },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout?.on('data', (c: Buffer) => output.push(c.toString()));
    child.stderr?.on('data', (c: Buffer) => output.push(c.toString()));
    const exited = new Promise<never>((_, reject) => child!.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output.join('')}`))));
    await Promise.race([waitUntilAnswering(`http://127.0.0.1:${port}/health`, { timeoutMs: 90_000 }), exited]);
    const response = await postGraphQL<{ __typename: string }>(`http://127.0.0.1:${port}/graphql`, '{ __typename }');
    expect(response.body.data).toEqual({ __typename: 'Query' });
  }, 120_000);
});
