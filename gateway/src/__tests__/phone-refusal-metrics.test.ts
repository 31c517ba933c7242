import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, ManualClock } from '@appmarket/core';
import { rateLimitRefusals } from '@appmarket/telemetry';
import express from 'express';
import { MemoryLimitStore } from '../phone-api/limit-store';
import { admitPhoneRequest } from '../phone-api/phone-http';
import { PHONE_API_LIMITS, PhoneLimits } from '../phone-api/phone-limits';

/** Issue 16, item 4: a Phone API request refused by its limits counts in appmarket_rate_limit_refusals_total by kind. */
describe('Phone API refusals on /metrics', () => {
  it('counts a window refusal as phone-api/rate, and admitted requests not at all', async () => {
    const clock = new ManualClock('2026-11-01T09:00:01Z');
    const limits = new PhoneLimits(new MemoryLimitStore(() => clock.now().getTime()), clock, createLogger('test', 'error'), { ...PHONE_API_LIMITS, maxRequests: 2 });
    const app = express();
    app.use((_req, res, next) => {
      res.locals.phoneCaller = { identity: { kind: 'app', installId: 'i-1', accountId: 'a-1', appId: 'p-1', appType: 'TELEPHONY' }, registeredOperationsOnly: false };
      next();
    });
    app.use(admitPhoneRequest(limits), (_req, res) => void res.json({ ok: true }));
    const server = createServer(app).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const count = async () => (await rateLimitRefusals.get()).values.find((v) => v.labels.limiter === 'phone-api' && v.labels.reason === 'rate')?.value ?? 0;
    try {
      const before = await count();
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)).status);
      expect(statuses).toEqual([200, 200, 429]);
      expect(await count()).toBe(before + 1);
    } finally {
      server.close();
    }
  });
});
