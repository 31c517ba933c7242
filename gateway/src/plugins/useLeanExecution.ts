import type { Logger } from '@appmarket/core';
import { setLeanExecution } from '../execution/lean-execution';
import type { GatewayPlugin } from '../plugin';

/**
 * Why: @apollo/gateway's executor rebuilds each request's operation and shapes its answer with
 * garbage proportional to the answer; under load that garbage is the collector's work and the
 * tail of the latency (docs/BENCHMARKS.md, "Lean execution"). With `enabled` its two steps are
 * replaced by equivalents that allocate only the response (execution/); GATEWAY_LEAN_EXECUTION=off
 * keeps @apollo/gateway's own. The state goes on the "gateway ready" log line.
 */
export function useLeanExecution(enabled: boolean, logger: Logger): GatewayPlugin {
  const state = setLeanExecution(enabled);
  if (state === 'unsupported') logger.warn('lean execution is written for another @apollo/gateway version: its own steps are used');
  return { name: 'lean-execution', started: () => ({ leanExecution: state }) };
}
