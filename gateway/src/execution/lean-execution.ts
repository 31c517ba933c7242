import { computeResponse } from './lean-result-shaping';
import { cachingOperationFromDocument } from './operation-cache';

/**
 * Puts the two lean steps (lean-result-shaping.ts, operation-cache.ts) in place of @apollo/gateway's
 * own, where its query-plan executor looks them up: it calls both through their modules' export
 * objects (`resultShaping_1.computeResponse`, and `operationFromDocument` through
 * federation-internals' index, whose getter reads dist/operations.js's export), so replacing those
 * exports changes the executor's steps and nothing else. Written against 2.14.4 (pinned in
 * package.json); any other version keeps its own steps and says so, since its internals may differ.
 * Process-wide, as the modules are: the last gateway started in a process decides (one per process
 * in production; tests start several with the default). Upgrading @apollo/gateway: the tests fail
 * (`unsupported`) until LEAN_EXECUTION_VERSION names the new version, which is to be done only after
 * reading its resultShaping.js and executeQueryPlan.js against lean-result-shaping.ts and
 * operation-cache.ts.
 */
export const LEAN_EXECUTION_VERSION = '2.14.4';

interface Steps {
  computeResponse: unknown;
  operationFromDocument: unknown;
}

const resultShaping = require('@apollo/gateway/dist/resultShaping') as { computeResponse: unknown };
const operations = require('@apollo/federation-internals/dist/operations') as { operationFromDocument: unknown };
const gatewayVersion = (require('@apollo/gateway/package.json') as { version: string }).version;
const internalsVersion = (require('@apollo/federation-internals/package.json') as { version: string }).version;

const original: Steps = { computeResponse: resultShaping.computeResponse, operationFromDocument: operations.operationFromDocument };
const lean: Steps = {
  computeResponse,
  operationFromDocument: cachingOperationFromDocument(original.operationFromDocument as Parameters<typeof cachingOperationFromDocument>[0]),
};

export type LeanExecutionState = 'on' | 'off' | 'unsupported';

/** Turns the lean steps on or off; `unsupported` (nothing changed) when the installed versions are not the ones they were written for. */
export function setLeanExecution(enabled: boolean): LeanExecutionState {
  if (enabled && (gatewayVersion !== LEAN_EXECUTION_VERSION || internalsVersion !== LEAN_EXECUTION_VERSION)) {
    apply(original);
    return 'unsupported';
  }
  apply(enabled ? lean : original);
  return enabled ? 'on' : 'off';
}

/** Which steps the executor uses now. */
export function leanExecutionState(): 'on' | 'off' {
  return resultShaping.computeResponse === lean.computeResponse ? 'on' : 'off';
}

function apply(steps: Steps): void {
  resultShaping.computeResponse = steps.computeResponse;
  operations.operationFromDocument = steps.operationFromDocument;
}

/** @apollo/gateway's own result shaping, for the tests that compare it with the lean one. */
export const originalComputeResponse = original.computeResponse as typeof computeResponse;
