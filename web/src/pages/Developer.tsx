import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Empty, ErrorBox, Loading } from '../components';
import { formatDate, useI18n } from '../i18n';
import { CreateLocalAppMutation, CreateWebhookMutation, DeleteWebhookMutation, DeveloperQuery } from '../operations';
import { useSession } from '../session';

/**
 * BX-8: the account's developer section: local apps and incoming webhooks (in zone ru they need
 * the marketplace subscription; the API's MARKETPLACE_SUBSCRIPTION_REQUIRED says so). A new
 * webhook's token is shown once: only its hash is stored.
 */
export function Developer() {
  const { t, locale } = useI18n();
  const { session } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DeveloperQuery, variables: { accountId: session?.accountId ?? '' }, pause: !session?.accountId, requestPolicy: 'network-only',
  });
  const [createdApp, createApp] = useMutation(CreateLocalAppMutation);
  const [createdHook, createHook] = useMutation(CreateWebhookMutation);
  const [deleted, deleteHook] = useMutation(DeleteWebhookMutation);
  const [appName, setAppName] = useState('');
  const [hookName, setHookName] = useState('');
  const [entity, setEntity] = useState('phonecall');
  if (fetching && !data) return <Loading />;
  const apps = data?.account?.localAppsConnection?.edges.map((e) => e.node) ?? [];
  const hooks = data?.account?.incomingWebhooksConnection?.edges.map((e) => e.node) ?? [];
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  return (
    <section>
      <h1>{t.developer}</h1>
      <ErrorBox error={error ?? createdApp.error ?? createdHook.error ?? deleted.error} />
      <div className="panel">
        <h2>{t.localApps}</h2>
        {apps.length === 0 ? <Empty /> : <ul>{apps.map((a) => <li key={a.id}>{a.name} <span className="muted">{formatDate(a.createdAt, locale)}</span></li>)}</ul>}
        <form className="inline" onSubmit={async (e) => { e.preventDefault(); const r = await createApp({ name: appName, idempotencyKey: crypto.randomUUID() }); if (!r.error) { setAppName(''); refresh(); } }}>
          <label>{t.name} <input name="local-app" value={appName} onChange={(e) => setAppName(e.target.value)} /></label>
          <button type="submit" disabled={!appName.trim()}>{t.create}</button>
        </form>
      </div>
      <div className="panel">
        <h2>{t.webhooks}</h2>
        {hooks.length === 0 ? <Empty /> : (
          <ul>
            {hooks.map((h) => (
              <li key={h.id} data-webhook={h.name}>
                {h.name} <span className="muted">{h.permissions.map((p) => `${p.entity}: ${p.operations.join(', ')}`).join('; ')}</span>
                {h.revokedAt ? <span className="muted"> · {formatDate(h.revokedAt, locale)}</span> : (
                  <button type="button" className="link" onClick={async () => { const r = await deleteHook({ id: h.id }); if (!r.error) refresh(); }}>{t.delete}</button>
                )}
              </li>
            ))}
          </ul>
        )}
        <form className="inline" onSubmit={async (e) => {
          e.preventDefault();
          const r = await createHook({ name: hookName, permissions: [{ entity, operations: ['VIEW'] }], idempotencyKey: crypto.randomUUID() });
          if (!r.error) { setHookName(''); refresh(); }
        }}>
          <label>{t.name} <input name="webhook" value={hookName} onChange={(e) => setHookName(e.target.value)} /></label>
          <select aria-label="entity" value={entity} onChange={(e) => setEntity(e.target.value)}>
            {['phonecall', 'employee', 'install', 'billing'].map((x) => <option key={x} value={x}>{x} (VIEW)</option>)}
          </select>
          <button type="submit" disabled={!hookName.trim()}>{t.create}</button>
        </form>
        {createdHook.data && <p className="ok" data-testid="webhook-token">{t.tokenOnce}: <code>{createdHook.data.createIncomingWebhook.token}</code></p>}
      </div>
    </section>
  );
}
