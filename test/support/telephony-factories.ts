import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import type { Identity } from '@appmarket/federation';
import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { makeAccount, makeApp, makeInstall, makeUser, makeVendor } from './factories';
import type { TestStack } from './stack';

/** An account with a live install of an app of `type`, two employees with extensions, and identities. */
export async function makeAppAccount(stack: TestStack, type: AppType = AppType.TELEPHONY) {
  const { catalog, accounts } = stack.dataSources;
  const app = await makeApp(catalog!, await makeVendor(catalog!), { type });
  const account = await makeAccount(accounts!);
  const install = await makeInstall(accounts!, account, app);
  const anna = await makeUser(accounts!, account, { extension: '101', fullName: 'Анна Иванова' });
  const boris = await makeUser(accounts!, account, { extension: '102', fullName: 'Борис Петров', role: UserRole.EMPLOYEE });
  const appIdentity: Identity = { kind: 'app', installId: install.id, accountId: account.id, appId: app.id, appType: type };
  const userIdentity = (user: { id: string; role: UserRole }): Identity => ({ kind: 'user', userId: user.id, accountId: account.id, role: user.role });
  return { app, account, install, anna, boris, appIdentity, userIdentity };
}

/** A Phone API identity as the gateway would derive it from an install token (the install need not exist). */
export function appIdentityOf(accountId: string, installId: string, appType: 'TELEPHONY' | 'IFRAME' | 'SERVER' | 'LOYALTY', appId: string): Identity {
  return { kind: 'app', installId, accountId, appId, appType };
}

export interface RecordedRequest {
  method: string;
  url: string;
  token: string | undefined;
  body: unknown;
}

/**
 * A fake LOYALTY app: answers each request with what `handler` returns (status, body, or a delay
 * before answering). It records every request it got.
 */
export async function startFakeLoyaltyServer(
  handler: (req: RecordedRequest) => { status?: number; body?: unknown; raw?: string; delayMs?: number } | 'hang',
) {
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    const recorded: RecordedRequest = {
      method: req.method ?? '', url: req.url ?? '',
      token: req.headers['lognex-discount-api-auth-token'] as string | undefined,
      body: text ? JSON.parse(text) : undefined,
    };
    requests.push(recorded);
    const answer = handler(recorded);
    if (answer === 'hang') {
      hanging.add(res);
      return;
    }
    if (answer.delayMs) {
      // A slow server: it answers, but late (the client's timeout decides).
      hanging.add(res);
      await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      hanging.delete(res);
      if (res.destroyed) return;
    }
    res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
    res.end(answer.raw ?? JSON.stringify(answer.body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    async stop() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Reads a server-sent event stream; `next(event)` resolves with the next event of that name. */
export async function openEventStream(url: string, headers: Record<string, string>) {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  const events: { id?: string; event: string; data: unknown }[] = [];
  const waiters: { name: string; resolve: (e: { id?: string; event: string; data: unknown }) => void }[] = [];
  let seen = 0;
  let markEnded: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (markEnded = resolve));
  const deliver = () => {
    for (const waiter of [...waiters]) {
      const index = events.findIndex((e, i) => i >= seen && e.event === waiter.name);
      if (index >= 0) {
        seen = index + 1;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(events[index]!);
      }
    }
  };
  if (response.ok && response.body) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const fields = Object.fromEntries(block.split('\n').filter((l) => !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
            if (fields.data === undefined) continue;
            events.push({ id: fields.id, event: fields.event ?? 'message', data: JSON.parse(fields.data) });
            deliver();
          }
        }
      } catch {
        // aborted by close()
      }
      markEnded();
    })();
  } else {
    markEnded();
  }
  return {
    status: response.status,
    events,
    /** Resolves when the server ends the stream (or it is closed). */
    ended,
    next(name: string) {
      return new Promise<{ id?: string; event: string; data: unknown }>((resolve) => {
        waiters.push({ name, resolve });
        deliver();
      });
    },
    close: () => controller.abort(),
  };
}
