import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import { createLogger } from '@appmarket/core';
import { startGateway, type RunningGateway } from '@appmarket/gateway';
import { MemoryLimitStore, RedisLimitStore } from '@appmarket/gateway/src/phone-api/limit-store';
import { PhoneLimits } from '@appmarket/gateway/src/phone-api/phone-limits';
import { RedisConnection } from '@appmarket/gateway/src/redis/redis-connection';
import { composeSupergraph } from '../../scripts/contracts';
import { gatewayHeadersFor, testGatewayAuth } from '../support/identity';
import { postGraphQL, startTestStack, type TestStack } from '../support/stack';
import { describeWithRedis, TEST_REDIS_URL } from '../support/redis';
import { makeAppAccount } from '../support/telephony-factories';

/**
 * The Phone API's limits (100 requests per 5 s, 5 at once per key, vendor-api.md) hold across
 * gateway replicas: two gateways on one Redis count one window per key, for the REST route and the
 * GraphQL phone operations alike, answered as MoySklad answers them. Needs the Redis this machine
 * runs (REDIS_URL, default 127.0.0.1:6379); skipped, saying so, when none answers.
 */
const REDIS_URL = TEST_REDIS_URL;

describeWithRedis('test/gateway/phone-limits.test.ts')('Phone API limits with two gateway replicas sharing Redis', () => {
  let stack: TestStack;
  let second: RunningGateway;
  beforeAll(async () => {
    stack = await startTestStack({ gateway: { redisUrl: REDIS_URL } });
    second = await startGateway({
      supergraphSdl: composeSupergraph(),
      subgraphUrlOverrides: Object.fromEntries(Object.entries(stack.subgraphs).map(([n, s]) => [n.toUpperCase().replace(/-/g, '_'), s.url])),
      logger: createLogger('test', 'error'), port: 0, host: '127.0.0.1', ...testGatewayAuth(), clock: stack.clock, redisUrl: REDIS_URL,
    });
  });
  afterAll(async () => {
    await second?.stop();
    await stack?.stop();
  });

  const rest = (gateway: RunningGateway, key: string) =>
    fetch(gateway.url.replace(/\/graphql$/, '/api/phone/1.0/employee'), { headers: { 'lognex-phone-auth-token': key } });
  const graphql = (gateway: RunningGateway, key: string) =>
    postGraphQL(gateway.url, `{ phoneCalls(first: 1) { edges { cursor } } }`, {}, { 'lognex-phone-auth-token': key });

  async function key() {
    const t = await makeAppAccount(stack, AppType.TELEPHONY);
    const issued = await stack.query<{ issuePhoneApiToken: { token: string } }>(
      `mutation($id: ID!) { issuePhoneApiToken(installId: $id) { token userErrors { field message code } } }`, { id: t.install.id }, gatewayHeadersFor(t.userIdentity(t.anna)));
    return { ...t, key: issued.body.data!.issuePhoneApiToken.token };
  }

  it('one window of 100 requests per key across both replicas, REST and GraphQL; the 101st is refused as MoySklad refuses it', async () => {
    // A fresh window: the stack's clock at its start.
    stack.clock.advance(5000 - (stack.clock.now().getTime() % 5000));
    const t = await key();
    const gateways = [stack.gateway, second];
    for (let i = 0; i < 100; i++) {
      const gateway = gateways[i % 2]!;
      const status = i % 3 === 0 ? (await graphql(gateway, t.key)).status : (await rest(gateway, t.key)).status;
      expect({ i, status }).toEqual({ i, status: 200 });
    }
    const refused = await rest(second, t.key);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ errors: [{ error: 'Превышено ограничение на количество запросов в единицу времени', code: 1049 }] });
    expect(Object.fromEntries(['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-lognex-retry-timeinterval', 'x-lognex-retry-after'].map((h) => [h, refused.headers.get(h)])))
      .toEqual({ 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0', 'x-lognex-retry-timeinterval': '5000', 'x-lognex-retry-after': '5000' });
    const overGraphql = await graphql(stack.gateway, t.key);
    expect(overGraphql.status).toBe(429);
    expect(overGraphql.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 100, windowSeconds: 5, retryAfterSeconds: 5 });
    // Another account's key has a window of its own; the next window lets this one in again.
    expect((await rest(stack.gateway, (await key()).key)).status).toBe(200);
    stack.clock.advance(5000);
    expect((await rest(stack.gateway, t.key)).status).toBe(200);
    expect((await graphql(second, t.key)).status).toBe(200);
  });

  it('5 requests at once per key across replicas: a 6th, on either replica, is refused (1073) until one ends', async () => {
    const t = await key();
    // Five requests of this key in flight on some replica: slots held in the same Redis.
    const connection = new RedisConnection(REDIS_URL, createLogger('test', 'error'));
    expect(await connection.connect()).toBe('up');
    const store = new RedisLimitStore(connection, new MemoryLimitStore(() => stack.clock.now().getTime()));
    const elsewhere = new PhoneLimits(store, stack.clock, createLogger('test', 'error'));
    const held = await Promise.all(Array.from({ length: 5 }, () => elsewhere.admit(`install:${t.install.id}`, '198.51.100.7')));
    try {
      expect(held.every((a) => a.admitted)).toBe(true);
      const refused = await rest(second, t.key);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('x-lognex-retry-after')).toBeNull(); // a concurrency refusal, not the window's
      expect(await refused.json()).toEqual({ errors: [{ error: 'Превышено ограничение на одновременное количество запросов', code: 1073 }] });
      expect((await graphql(stack.gateway, t.key)).body.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_CONCURRENT_REQUESTS', limit: 5 });
      (held[0] as { leave(): void }).leave();
      let status = 429;
      for (let i = 0; i < 50 && status === 429; i++) status = (await rest(stack.gateway, t.key)).status; // the release is asynchronous
      expect(status).toBe(200);
    } finally {
      for (const a of held) if (a.admitted) a.leave();
      await new Promise((resolve) => setTimeout(resolve, 50)); // the releases are on their way
      await store.close();
      await connection.close();
    }
  });
});
