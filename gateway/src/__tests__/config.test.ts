import path from 'node:path';
import { loadGatewayConfig, subgraphUrlEnvName } from '../config';

const SECRET = { INTERNAL_IDENTITY_PRIVATE_KEY: 'k' };

describe('gateway configuration', () => {
  it('takes --supergraph and --port like a router, over env', () => {
    const config = loadGatewayConfig(['--supergraph', 'other.graphql', '--port=5000'], { ...SECRET, GATEWAY_PORT: '4000' });
    expect(config.port).toBe(5000);
    expect(config.supergraphPath).toBe(path.resolve('other.graphql'));
  });

  it('reads subgraph URL overrides from SUBGRAPH_<NAME>_URL', () => {
    expect(subgraphUrlEnvName('telephony-loyalty')).toBe('SUBGRAPH_TELEPHONY_LOYALTY_URL');
    const config = loadGatewayConfig([], { ...SECRET, SUBGRAPH_TELEPHONY_LOYALTY_URL: 'http://tl:9000/graphql' });
    expect(config.subgraphUrlOverrides).toEqual({ TELEPHONY_LOYALTY: 'http://tl:9000/graphql' });
    expect(config.port).toBe(4000);
  });

  it('refuses unknown flags and a bad port', () => {
    expect(() => loadGatewayConfig(['--verbose'], {})).toThrow(/unknown argument/);
    expect(() => loadGatewayConfig(['--port', 'abc'], SECRET)).toThrow(/GATEWAY_PORT/);
  });

  it('needs its internal identity key, and turns the explorer off in production', () => {
    expect(() => loadGatewayConfig([], {})).toThrow(/INTERNAL_IDENTITY_PRIVATE_KEY/);
    expect(loadGatewayConfig([], SECRET).explorer).toBe(true);
    expect(loadGatewayConfig([], { ...SECRET, NODE_ENV: 'production' }).explorer).toBe(false);
    expect(loadGatewayConfig([], { ...SECRET, NODE_ENV: 'production', GATEWAY_EXPLORER: 'on' }).explorer).toBe(true);
  });

  it('runs the lean execution unless GATEWAY_LEAN_EXECUTION=off (issue 17), and refuses other values', () => {
    expect(loadGatewayConfig([], SECRET).leanExecution).toBe(true);
    expect(loadGatewayConfig([], { ...SECRET, GATEWAY_LEAN_EXECUTION: 'off' }).leanExecution).toBe(false);
    expect(() => loadGatewayConfig([], { ...SECRET, GATEWAY_LEAN_EXECUTION: 'maybe' })).toThrow(/GATEWAY_LEAN_EXECUTION/);
  });
});
