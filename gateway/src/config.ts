import path from 'node:path';
import { logLevelSchema, parseConfig, portSchema } from '@appmarket/core';
import { z } from 'zod';

/**
 * The gateway runs like a router: against any supergraph file and port, given as flags
 * (`--supergraph FILE --port N`) or env. Subgraph URLs come from the supergraph's routing URLs,
 * each overridable by `SUBGRAPH_<NAME>_URL` (name upper-cased, `-` as `_`).
 */
const gatewayConfigSchema = z.object({
  GATEWAY_PORT: portSchema.default(4000),
  SUPERGRAPH_PATH: z.string().min(1).default(path.resolve(__dirname, '../../supergraph.graphql')),
  LOG_LEVEL: logLevelSchema,
});

export interface GatewayConfig {
  port: number;
  supergraphPath: string;
  logLevel: z.infer<typeof logLevelSchema>;
  subgraphUrlOverrides: Record<string, string>;
}

export function subgraphUrlEnvName(subgraph: string): string {
  return `SUBGRAPH_${subgraph.toUpperCase().replace(/-/g, '_')}_URL`;
}

export function loadGatewayConfig(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const flags = parseFlags(argv);
  const parsed = parseConfig('gateway', gatewayConfigSchema, {
    ...env,
    ...(flags.port !== undefined ? { GATEWAY_PORT: flags.port } : {}),
    ...(flags.supergraph !== undefined ? { SUPERGRAPH_PATH: flags.supergraph } : {}),
  });
  const subgraphUrlOverrides: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(name);
    if (match && value) subgraphUrlOverrides[match[1]!] = value;
  }
  return Object.freeze({
    port: parsed.GATEWAY_PORT,
    supergraphPath: path.resolve(parsed.SUPERGRAPH_PATH),
    logLevel: parsed.LOG_LEVEL,
    subgraphUrlOverrides,
  });
}

function parseFlags(argv: string[]): { port?: string; supergraph?: string } {
  const flags: { port?: string; supergraph?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i]!.split('=', 2);
    const value = inline ?? argv[i + 1];
    if (name === '--port' || name === '--supergraph') {
      if (value === undefined) throw new Error(`${name} needs a value`);
      flags[name.slice(2) as 'port' | 'supergraph'] = value;
      if (inline === undefined) i++;
    } else {
      throw new Error(`unknown argument: ${argv[i]} (expected --supergraph FILE --port N)`);
    }
  }
  return flags;
}
