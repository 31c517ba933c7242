import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ManualClock, type Logger } from '@appmarket/core';
import { buildSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { peersFromMap } from '../peers';
import { defineSubgraph, type BackgroundHandle, type SubgraphDeps } from '../subgraph-module';

const silent: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * A subgraph whose every slot records when it runs, over a data source that answers `SELECT 1`
 * (or fails when `databaseDown`). `fail` makes one step of the start fail.
 */
function recordedSubgraph(options: { fail?: 'background' | 'routes'; backgroundReady?: () => Promise<void>; databaseDown?: boolean } = {}) {
  const events: string[] = [];
  let configReads = 0;
  const background: BackgroundHandle = {
    stop: async () => void events.push('background stopped'),
    ready: options.backgroundReady,
  };
  const module = defineSubgraph({
    name: 'recorded',
    dbSchema: 'recorded',
    portEnv: 'RECORDED_PORT',
    defaultPort: 4999,
    buildSchema: async () => buildSchema('type Query { hello: String }'),
    createDataSource: () => { throw new Error('not used'); },
    seedDemoData: async () => 'nothing',
    config: () => ({ reads: ++configReads }),
    services: (_deps, config, started: () => typeof background) => {
      events.push('services built');
      const early = (() => {
        try {
          return started();
        } catch (error) {
          return (error as Error).message;
        }
      })();
      return { config, started, early };
    },
    context: () => (base) => base,
    routes: (app) => {
      if (options.fail === 'routes') throw new Error('routes failed');
      app.get('/recorded', (_req, res) => void res.json({ ok: true }));
      events.push('routes mounted');
      return async () => void events.push('routes closed');
    },
    background: async () => {
      if (options.fail === 'background') throw new Error('queue failed');
      events.push('background started');
      return background;
    },
    readiness: () => ({ 'loyalty settings': async () => undefined }),
    onShutdown: async () => void events.push('shutdown hooks ran'),
  });
  const dataSource = { query: async () => { if (options.databaseDown) throw new Error('connection refused'); return [{ '?column?': 1 }]; } } as unknown as DataSource;
  const deps = (port = 0): SubgraphDeps => ({ dataSource, port, host: '127.0.0.1', clock: new ManualClock('2026-11-01T00:00:00Z'), logger: silent, peers: peersFromMap({}) });
  return { module, events, deps, configReads: () => configReads };
}

describe('defineSubgraph: one way to start and stop a subgraph', () => {
  it('reads config once, builds services, starts background before listening; stop drains, then stops background, then shutdown hooks', async () => {
    const s = recordedSubgraph();
    const running = await s.module.start(s.deps());
    expect(s.configReads()).toBe(1);
    expect(s.events).toEqual(['services built', 'background started', 'routes mounted']);
    expect((await fetch(running.url.replace('/graphql', '/recorded'))).status).toBe(200);
    expect(running.services.config).toEqual({ reads: 1 });
    expect(running.services.early).toBe('recorded: its background work is not started');
    expect(running.services.started()).toBe(running.background);

    await running.stop();
    expect(s.events.slice(3)).toEqual(['routes closed', 'background stopped', 'shutdown hooks ran']);
    expect(running.httpServer.listening).toBe(false);
    await running.stop(); // a second stop does nothing more
    expect(s.events).toHaveLength(6);
  });

  it('background work that fails to start runs the shutdown hooks, and nothing listens', async () => {
    const s = recordedSubgraph({ fail: 'background' });
    await expect(s.module.start(s.deps())).rejects.toThrow('queue failed');
    expect(s.events).toEqual(['services built', 'shutdown hooks ran']);
  });

  it('a server that cannot listen stops the background work it started (no half-started process)', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const s = recordedSubgraph();
      await expect(s.module.start(s.deps((taken.address() as AddressInfo).port))).rejects.toThrow(/EADDRINUSE/);
      expect(s.events).toEqual(['services built', 'background started', 'routes mounted', 'routes closed', 'background stopped', 'shutdown hooks ran']);
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  });

  it('routes that fail to mount stop the background work too', async () => {
    const s = recordedSubgraph({ fail: 'routes' });
    await expect(s.module.start(s.deps())).rejects.toThrow('routes failed');
    expect(s.events).toEqual(['services built', 'background started', 'background stopped', 'shutdown hooks ran']);
  });

  it('/health runs the database check, the background work\'s own and the declared ones, and names the one that fails', async () => {
    const health = async (s: ReturnType<typeof recordedSubgraph>) => {
      const running = await s.module.start(s.deps());
      try {
        const response = await fetch(running.url.replace('/graphql', '/health'));
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      } finally {
        await running.stop();
      }
    };
    expect(await health(recordedSubgraph())).toEqual({ status: 200, body: { status: 'ok', service: 'recorded' } });
    const stalled = await health(recordedSubgraph({ backgroundReady: async () => { throw new Error('queue not started'); } }));
    expect(stalled).toEqual({ status: 503, body: { status: 'unavailable', service: 'recorded', reason: 'Error: background: queue not started' } });
    const noDatabase = await health(recordedSubgraph({ databaseDown: true }));
    expect(noDatabase.body.reason).toBe('Error: database: connection refused');
  });
});
