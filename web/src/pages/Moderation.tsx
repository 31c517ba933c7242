import { useMutation, useQuery } from 'urql';
import { refusalsOf } from '../api';
import { Empty, ErrorBox, Loading } from '../components';
import { formatPrice, useI18n } from '../i18n';
import { useState } from 'react';
import { HideAppMutation, PublishAppMutation, VendorAppsQuery } from '../operations';
import { PricingForm } from './Cabinet';

/** The review queue: apps submitted (READY), published by a moderator (LC-1). */
export function Moderation() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: VendorAppsQuery, variables: { status: 'READY' }, requestPolicy: 'network-only' });
  const [published, publish] = useMutation(PublishAppMutation);
  const [live, refetchLive] = useQuery({ query: VendorAppsQuery, variables: { status: 'PUBLISHED' }, requestPolicy: 'network-only' });
  const [hidden, hide] = useMutation(HideAppMutation);
  const [pricing, setPricing] = useState<string | null>(null);
  const livePricing = live.data?.vendorApps?.edges.find((e) => e.node.id === pricing)?.node;
  const apps = data?.vendorApps?.edges.map((e) => e.node) ?? [];
  if (fetching && !data) return <Loading />;
  return (
    <section>
      <h1>{t.moderation}</h1>
      <ErrorBox error={error} />
      {/* Issue 19, item 2: a move refused for the app's status (APP_NOT_READY, ONLY_FREE_APPS_CAN_BE_HIDDEN) is a user error of the payload. */}
      <ErrorBox errors={[...refusalsOf(published, 'publishApp'), ...refusalsOf(hidden, 'hideApp')]} />
      {apps.length === 0 && !error ? <Empty text={t.queueEmpty} /> : (
        <table>
          <tbody>
            {apps.map((app) => (
              <tr key={app.id} data-app={app.appUid}>
                <td>{app.name}</td><td>{app.vendor.name}</td><td>{app.type}</td><td>{formatPrice(app.priceKopecks, t)}</td>
                <td><button type="button" onClick={async () => { const r = await publish({ id: app.id }); if (r.data?.publishApp.app) { refetch({ requestPolicy: 'network-only' }); refetchLive({ requestPolicy: 'network-only' }); } }}>{t.publish}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t.published}</h2>
      <table>
        <tbody>
          {(live.data?.vendorApps?.edges ?? []).map(({ node: app }) => (
            <tr key={app.id} data-published={app.appUid}>
              <td>{app.name}</td><td>{app.vendor.name}</td><td>{app.type}</td>
              <td>
                <button type="button" className="link" onClick={() => setPricing(app.id)}>{t.pricing}</button>
                <button type="button" className="danger" onClick={async () => { const r = await hide({ id: app.id, reason: 'moderation' }); if (r.data?.hideApp.app) refetchLive({ requestPolicy: 'network-only' }); }}>{t.hide}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {livePricing && <PricingForm key={livePricing.id} appId={livePricing.id} price={livePricing.priceKopecks ?? null} trial={livePricing.trialDays ?? null} onDone={() => refetchLive({ requestPolicy: 'network-only' })} />}
    </section>
  );
}
