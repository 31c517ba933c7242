import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP, type Socket } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { addressAllowed, type EgressPolicy } from './address-policy';
import { EgressError } from './errors';

/** dns.lookup's shape, injectable so tests can make a name resolve to loopback (DNS rebinding). */
export type LookupFunction = (
  hostname: string,
  options: LookupOptions,
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
) => void;

export interface EgressDispatcherOptions {
  policy: EgressPolicy;
  connectTimeoutMs?: number;
  /** Resolver used before connecting; dns.lookup by default. */
  lookup?: LookupFunction;
  keepAliveTimeoutMs?: number;
}

/**
 * An undici dispatcher whose every connection is checked on the address it actually connects to:
 * a host name is resolved once, each resolved address must be allowed by the policy, and the socket
 * connects to that checked address (so a second, rebinding answer cannot slip in). Literal IP
 * hosts are checked before connecting, and the socket's remote address once more after, as a
 * last line. Nothing is written to a refused destination.
 */
export function createEgressDispatcher(options: EgressDispatcherOptions): Agent {
  const { policy } = options;
  const resolve = options.lookup ?? (dnsLookup as unknown as LookupFunction);
  const guardedLookup: LookupFunction = (hostname, lookupOptions, callback) => {
    resolve(hostname, lookupOptions, (error, address, family) => {
      if (error) return callback(error, address, family);
      const addresses = Array.isArray(address) ? address.map((a) => a.address) : [address];
      const refused = addresses.find((a) => !addressAllowed(a, policy));
      if (refused !== undefined) {
        return callback(forbidden(hostname, refused) as unknown as NodeJS.ErrnoException, address, family);
      }
      callback(null, address, family);
    });
  };
  const connector = buildConnector({ timeout: options.connectTimeoutMs ?? 5_000, lookup: guardedLookup } as buildConnector.BuildOptions);
  const connect: buildConnector.connector = (connectOptions, callback) => {
    const host = connectOptions.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) && !addressAllowed(host, policy)) return callback(forbidden(host, host), null);
    connector(connectOptions, (error, socket) => {
      if (error || !socket) return callback(error ?? new Error('no socket'), null);
      const remote = (socket as Socket).remoteAddress;
      if (remote && !addressAllowed(remote, policy)) {
        socket.destroy();
        return callback(forbidden(host, remote), null);
      }
      callback(null, socket);
    });
  };
  return new Agent({ connect, keepAliveTimeout: options.keepAliveTimeoutMs ?? 10_000 });
}

function forbidden(host: string, address: string): EgressError {
  return new EgressError('OUTBOUND_ADDRESS_FORBIDDEN', `${host} resolves to a non-public address`, { host, address });
}
