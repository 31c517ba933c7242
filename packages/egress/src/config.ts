import { isOn, switchSchema } from '@appmarket/core';
import { z } from 'zod';
import type { EgressPolicy } from './address-policy';

/**
 * The two egress switches every service that calls out reads (accounts: vendor servers;
 * telephony-loyalty: loyalty servers; catalog: URL checks at upload). Both off by default.
 */
export const egressConfigSchema = z.object({
  EGRESS_ALLOW_HTTP: switchSchema('off'),
  EGRESS_ALLOW_PRIVATE_NETWORKS: switchSchema('off'),
});

export function egressPolicyFrom(env: z.infer<typeof egressConfigSchema>): EgressPolicy {
  return Object.freeze({ allowHttp: isOn(env.EGRESS_ALLOW_HTTP), allowPrivateNetworks: isOn(env.EGRESS_ALLOW_PRIVATE_NETWORKS) });
}
