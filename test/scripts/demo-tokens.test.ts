import { stableUuid } from '@appmarket/core';
import { generateDemoData } from '@appmarket/demo-data';
import { Authenticator } from '@appmarket/gateway/src/auth';
import { decodeJwt } from 'jose';
import { DEMO_TOKEN_TTL_SECONDS, mintDemoTokens, planDemoJwt, type DemoJwtKey } from '../../scripts/demo-tokens';

/**
 * `npm start` hands the developer JWTs for demo callers. They must pass the gateway's own verifier
 * and come out as the intended identities, matching the seeded demo data.
 */
const KEY: DemoJwtKey = { hs256Secret: 'demo-tokens-test-secret-0123456789abcdef', issuer: 'appmarket', audience: 'appmarket-api' };
const noInstallTokens = async () => null;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('demo tokens of npm start', () => {
  const gateway = new Authenticator(KEY, noInstallTokens);

  it('the ADMIN token is the first user of the first demo account with calls, as the seed writes them', async () => {
    const tokens = await mintDemoTokens(KEY);
    const admin = tokens.find((t) => t.role === 'admin')!;
    const data = generateDemoData();
    const accountId = data.accounts.find((a) => data.calls.some((c) => c.accountId === a.id))!.id;
    const caller = await gateway.authenticate(bearer(admin.token));
    expect(caller.identity).toEqual({ kind: 'user', userId: stableUuid(`user:${accountId}:0`), accountId, role: 'ADMIN' });
    const seeded = data.users.find((u) => u.id === stableUuid(`user:${accountId}:0`));
    expect(seeded).toMatchObject({ accountId, role: 'ADMIN' });
  });

  it('the vendor token is the first demo vendor; the moderator token a moderator', async () => {
    const tokens = await mintDemoTokens(KEY);
    const vendor = await gateway.authenticate(bearer(tokens.find((t) => t.role === 'vendor')!.token));
    expect(vendor.identity).toEqual({ kind: 'vendor', vendorId: generateDemoData().vendors[0]!.id });
    const moderator = await gateway.authenticate(bearer(tokens.find((t) => t.role === 'moderator')!.token));
    expect(moderator.identity).toEqual({ kind: 'moderator', moderatorId: 'demo-moderator' });
  });

  it('tokens last 12 hours and are refused by a gateway with another key or audience', async () => {
    const nowSeconds = Math.floor(Date.now() / 1000);
    const [admin] = await mintDemoTokens(KEY, { nowSeconds });
    expect(decodeJwt(admin!.token)).toMatchObject({ iat: nowSeconds, exp: nowSeconds + DEMO_TOKEN_TTL_SECONDS, iss: 'appmarket', aud: 'appmarket-api' });
    const otherKey = new Authenticator({ ...KEY, hs256Secret: 'another-secret-0123456789abcdefghijklmn' }, noInstallTokens);
    await expect(otherKey.authenticate(bearer(admin!.token))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const otherAudience = new Authenticator({ ...KEY, audience: 'elsewhere' }, noInstallTokens);
    await expect(otherAudience.authenticate(bearer(admin!.token))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('planDemoJwt: which key npm start gives the gateway and mints with', () => {
  const defaults = { GATEWAY_JWT_ISSUER: 'appmarket', GATEWAY_JWT_AUDIENCE: 'appmarket-api' };
  const generated = 'generated-secret-0123456789abcdefghijklmnop';

  it('no key configured: a generated HS256 secret goes to the gateway and signs the tokens it accepts', async () => {
    const plan = planDemoJwt(defaults, () => generated);
    expect(plan.gatewayEnv).toEqual({ ...defaults, GATEWAY_JWT_HS256_SECRET: generated });
    expect(plan.key).toEqual({ hs256Secret: generated, issuer: 'appmarket', audience: 'appmarket-api' });
    expect(plan.generatedSecret).toBe(true);
    const [admin] = await mintDemoTokens(plan.key!);
    const gateway = new Authenticator({ issuer: 'appmarket', audience: 'appmarket-api', hs256Secret: generated }, noInstallTokens);
    expect((await gateway.authenticate(bearer(admin!.token))).identity.kind).toBe('user');
  });

  it('the developer\'s HS256 secret, issuer and audience are used as they are, nothing generated', () => {
    const config = { GATEWAY_JWT_ISSUER: 'my-idp', GATEWAY_JWT_AUDIENCE: 'my-api', GATEWAY_JWT_HS256_SECRET: 'my-own-secret-0123456789abcdefghijklmn' };
    const plan = planDemoJwt(config, () => generated);
    expect(plan.gatewayEnv).toEqual({ GATEWAY_JWT_ISSUER: 'my-idp', GATEWAY_JWT_AUDIENCE: 'my-api' });
    expect(plan.key).toEqual({ hs256Secret: config.GATEWAY_JWT_HS256_SECRET, issuer: 'my-idp', audience: 'my-api' });
    expect(plan.generatedSecret).toBe(false);
  });

  it('only a public key configured: no tokens, a note instead', () => {
    const plan = planDemoJwt({ ...defaults, GATEWAY_JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\n...\n-----END PUBLIC KEY-----' }, () => generated);
    expect(plan.key).toBeUndefined();
    expect(plan.gatewayEnv).not.toHaveProperty('GATEWAY_JWT_HS256_SECRET');
    expect(plan.note).toMatch(/GATEWAY_JWT_PUBLIC_KEY/);
  });
});
