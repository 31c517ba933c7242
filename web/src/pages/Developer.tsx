import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { refusalsOf } from '../api';
import { Empty, ErrorBox, FieldError, Loading, unplacedRefusals } from '../components';
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
  // Issue 19, item 2: each refusal next to the field it names (name, a permission's entity); the rest above.
  const appRefusals = refusalsOf(createdApp, 'createLocalApp');
  const hookRefusals = refusalsOf(createdHook, 'createIncomingWebhook');
  const deleteRefusals = refusalsOf(deleted, 'deleteIncomingWebhook');
  return (
    <section>
      <h1>{t.developer}</h1>
      <ErrorBox error={error} />
      <ErrorBox errors={[...unplacedRefusals(appRefusals, ['name']), ...unplacedRefusals(hookRefusals, ['name', 'entity']), ...deleteRefusals]} />
      <div className="panel">
        <h2>{t.localApps}</h2>
        {apps.length === 0 ? <Empty /> : <ul>{apps.map((a) => <li key={a.id}>{a.name} <span className="muted">{formatDate(a.createdAt, locale)}</span></li>)}</ul>}
        <form className="inline" onSubmit={async (e) => { e.preventDefault(); const r = await createApp({ name: appName, idempotencyKey: crypto.randomUUID() }); if (!refusalsOf(r, 'createLocalApp').length) { setAppName(''); refresh(); } }}>
          <label>{t.name} <input name="local-app" value={appName} onChange={(e) => setAppName(e.target.value)} /></label>
          <FieldError errors={appRefusals} name="name" />
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
                  <button type="button" className="link" onClick={async () => { const r = await deleteHook({ id: h.id }); if (!refusalsOf(r, 'deleteIncomingWebhook').length) refresh(); }}>{t.delete}</button>
                )}
              </li>
            ))}
          </ul>
        )}
        <form className="inline" onSubmit={async (e) => {
          e.preventDefault();
          const r = await createHook({ name: hookName, permissions: [{ entity, operations: ['VIEW'] }], idempotencyKey: crypto.randomUUID() });
          if (!refusalsOf(r, 'createIncomingWebhook').length) { setHookName(''); refresh(); }
        }}>
          <label>{t.name} <input name="webhook" value={hookName} onChange={(e) => setHookName(e.target.value)} /></label>
          <FieldError errors={hookRefusals} name="name" />
          <select aria-label="entity" value={entity} onChange={(e) => setEntity(e.target.value)}>
            {['phonecall', 'employee', 'install', 'billing'].map((x) => <option key={x} value={x}>{x} (VIEW)</option>)}
          </select>
          <FieldError errors={hookRefusals} name="entity" />
          <button type="submit" disabled={!hookName.trim()}>{t.create}</button>
        </form>
        {createdHook.data?.createIncomingWebhook.token && <p className="ok" data-testid="webhook-token">{t.tokenOnce}: <code>{createdHook.data.createIncomingWebhook.token}</code></p>}
      </div>
    </section>
  );
}
