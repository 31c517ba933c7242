import type { Clock, Logger } from '@appmarket/core';
import { observeDbPool, type PoolCounts } from '@appmarket/telemetry';
import type { Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { withCaller, type PeerDirectory } from './peers';
import { requestScopedLogger } from './request-scope';
import { checkAll, runInOrder } from './subgraph-lifecycle';
import { startSubgraphServer, type BaseContext, type RunningServer } from './subgraph-server';

/**
 * What every subgraph package exports, so that `npm start`, `npm run migrate`, the schema printer
 * and the end-to-end tests treat the four subgraphs alike.
 */
export interface SubgraphModule {
  /** The name in supergraph.yaml. */
  name: string;
  /** The Postgres schema the subgraph owns. */
  dbSchema: string;
  /** Env variable of the subgraph's port, and the port when it is unset. */
  portEnv: string;
  defaultPort: number;
  buildSchema(): Promise<GraphQLSchema>;
  createDataSource(url: string, poolSize?: number): DataSource;
  start(deps: SubgraphDeps): Promise<RunningServer>;
  /** Fills empty tables with the subgraph's part of the demo data; says what it did. */
  seedDemoData(dataSource: DataSource): Promise<string>;
}

export interface SubgraphDeps {
  dataSource: DataSource;
  port: number;
  host?: string;
  clock: Clock;
  logger: Logger;
  /** URLs of the other subgraphs, for explicit internal calls (see peers.ts). */
  peers: PeerDirectory;
  /** METRICS_TOKEN: when set, GET /metrics needs it as a Bearer token. */
  metricsToken?: string;
}

/** Work a subgraph runs beside serving requests: a pg-boss queue, its workers, its cron jobs. */
export interface BackgroundHandle {
  /** Stops the work. Called after the server has drained: a request in flight may still enqueue. */
  stop(): Promise<void>;
  /** Resolves when the work can run, throws (saying why) when not; part of /health. */
  ready?(): Promise<void>;
}

/** Resolves when a part the subgraph needs can serve; throws, saying why, when it cannot. */
export type ReadinessCheck = () => Promise<void>;

/** What a subgraph's slots are given: the process's dependencies, its settings and its services. */
export interface SubgraphScope<TConfig, TServices> {
  /** Its logger adds the request id to every line written while a request is served. */
  deps: SubgraphDeps;
  /** The subgraph's settings, parsed once per start (its `config.ts`). */
  config: TConfig;
  services: TServices;
}

/**
 * One subgraph, every concern in its own slot, so that a fix to how subgraphs start, serve and
 * stop reaches all four. `defineSubgraph` turns it into a module whose `start`:
 * reads `config`, builds the schema and `services`, starts `background`, mounts `routes` beside
 * /graphql and listens; if any step fails, what already started is stopped again. `stop()` ends
 * the routes' long-lived responses, drains the server, stops `background`, then runs `onShutdown`.
 */
export interface SubgraphDefinition<TConfig, TServices, TContext extends BaseContext, TBackground extends BackgroundHandle = BackgroundHandle>
  extends Omit<SubgraphModule, 'start'> {
  /** The subgraph's runtime settings from its `config.ts`, read once per start. */
  config(): TConfig;
  /**
   * The long-lived services, built once per start. `background()` returns the started background
   * work (a service that enqueues jobs keeps the getter); it throws if called before the start.
   */
  services(deps: SubgraphDeps, config: TConfig, background: () => TBackground): TServices;
  /** The per-request GraphQL context over the services. */
  context(scope: SubgraphScope<TConfig, TServices>): (base: BaseContext) => TContext | Promise<TContext>;
  /**
   * Routes beside /graphql and /health (REST, server-sent events); they get the request id and
   * the JSON error answers like every route. May return what ends their long-lived responses,
   * run before the server drains.
   */
  routes?(app: Express, scope: SubgraphScope<TConfig, TServices>): void | (() => Promise<void>);
  /** Background work, started before the server listens; whether it runs workers is its config's `<NAME>_JOB_WORKERS`. */
  background?(scope: SubgraphScope<TConfig, TServices>): Promise<TBackground>;
  /** Readiness checks by name, beside the database's and the background work's own. */
  readiness?(scope: SubgraphScope<TConfig, TServices>): Record<string, ReadinessCheck>;
  /** Releases what the services hold (a LISTEN connection, timers); runs last on stop. */
  onShutdown?(scope: SubgraphScope<TConfig, TServices>): Promise<void>;
}

/** A started subgraph: its server, plus its services and background work for tests to drive. */
export interface RunningSubgraph<TServices, TBackground> extends RunningServer {
  services: TServices;
  /** Undefined when the subgraph declares no background work. */
  background: TBackground | undefined;
}

export interface Subgraph<TServices, TBackground> extends SubgraphModule {
  start(deps: SubgraphDeps): Promise<RunningSubgraph<TServices, TBackground>>;
}

/** Turns a subgraph's declared parts into a SubgraphModule whose `start` serves it over HTTP. */
export function defineSubgraph<TConfig, TServices, TContext extends BaseContext, TBackground extends BackgroundHandle = BackgroundHandle>(
  definition: SubgraphDefinition<TConfig, TServices, TContext, TBackground>,
): Subgraph<TServices, TBackground> {
  const { config, services, context, routes, background, readiness, onShutdown, ...module } = definition;
  return {
    ...module,
    async start(given) {
      // Its peer calls are signed as this subgraph (identity.ts).
      const deps: SubgraphDeps = { ...given, logger: requestScopedLogger(given.logger), peers: withCaller(given.peers, module.name) };
      const settings = config();
      const schema = await module.buildSchema();
      let work: TBackground | undefined;
      const startedWork = () => {
        if (!work) throw new Error(`${module.name}: its background work is not started`);
        return work;
      };
      const scope: SubgraphScope<TConfig, TServices> = { deps, config: settings, services: services(deps, settings, startedWork) };
      // The pool's connections (total, idle, waiting) show on /metrics while the subgraph runs.
      const unobservePool = observeDbPool(module.name, () => poolOf(deps.dataSource));
      const stopWork = () => runInOrder([() => work?.stop(), () => onShutdown?.(scope), unobservePool]);
      try {
        work = await background?.(scope);
        const server = await startSubgraphServer(
          {
            name: module.name,
            schema,
            logger: deps.logger,
            createContext: context(scope),
            healthCheck: () => checkAll({ ...ownChecks(deps, work), ...readiness?.(scope) }),
            routes: routes && ((app) => routes(app, scope)),
            metricsToken: deps.metricsToken,
          },
          deps.port,
          deps.host,
        );
        let stopped: Promise<void> | undefined;
        const stop = () => (stopped ??= runInOrder([() => server.stop(), stopWork]));
        return { ...server, stop, services: scope.services, background: work };
      } catch (error) {
        await stopWork().catch(() => undefined); // no half-started process; the start's own error is the one to report
        throw error;
      }
    },
  };
}

/** The checks every subgraph has: its database answers, its background work (when it says) can run. */
function ownChecks(deps: SubgraphDeps, work: BackgroundHandle | undefined): Record<string, ReadinessCheck> {
  const checks: Record<string, ReadinessCheck> = { database: async () => void (await deps.dataSource.query('SELECT 1')) };
  if (work?.ready) checks.background = () => work.ready!();
  return checks;
}

/** The pg Pool under TypeORM's Postgres driver (`master`), once the data source is initialized. */
function poolOf(dataSource: DataSource): PoolCounts | undefined {
  return dataSource.isInitialized ? (dataSource.driver as unknown as { master?: PoolCounts }).master : undefined;
}

/** The connection string a subgraph's data source was made with, for its pg-boss queue (same database). */
export function databaseUrlOf(dataSource: DataSource): string {
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error('the data source has no url: the job queue needs one');
  return url;
}
