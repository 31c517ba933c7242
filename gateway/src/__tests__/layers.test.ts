import { cachedResolver, type InstallCredential } from '../auth';
import { permissionRequirements } from '../permissions';

const credential: InstallCredential = {
  identity: { kind: 'app', installId: '00000000-0000-4000-8000-000000000001', accountId: '00000000-0000-4000-8000-000000000002', appId: '00000000-0000-4000-8000-000000000003', appType: 'SERVER' },
  permissions: null,
  registeredOperationsOnly: true,
};

describe('install-token cache', () => {
  it('answers from the cache within the TTL and asks again after it (a revoked token stops working within seconds)', async () => {
    let now = 0;
    let live = true;
    let calls = 0;
    const resolve = cachedResolver(async () => (calls++, live ? credential : null), { ttlMs: 5_000, maxEntries: 10, now: () => now });
    expect(await resolve('t')).toBe(credential);
    live = false; // revoked in accounts
    now = 4_999;
    expect(await resolve('t')).toBe(credential);
    now = 5_000;
    expect(await resolve('t')).toBeNull();
    expect(calls).toBe(2);
  });

  it('is bounded: the least recently used token goes first', async () => {
    const asked: string[] = [];
    const resolve = cachedResolver(async (token) => (asked.push(token), credential), { ttlMs: 60_000, maxEntries: 2, now: () => 0 });
    await resolve('a');
    await resolve('b');
    await resolve('a'); // a is now the most recent
    await resolve('c'); // evicts b
    await resolve('a');
    await resolve('b');
    expect(asked).toEqual(['a', 'b', 'c', 'b']);
  });
});

describe('permission requirements from the supergraph', () => {
  it('reads @requiresPermission per field and refuses a non-null guarded field', () => {
    expect(permissionRequirements('type Call { number: String @requiresPermission(entity: "calls", operation: VIEW) }')).toEqual(
      new Map([['Call.number', { entity: 'calls', operation: 'VIEW' }]]),
    );
    expect(() => permissionRequirements('type Call { number: String! @requiresPermission(entity: "calls", operation: VIEW) }')).toThrow(/must be nullable/);
  });
});
