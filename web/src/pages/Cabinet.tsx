import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { refusalsOf } from '../api';
import { Empty, ErrorBox, FieldError, Loading, unplacedRefusals } from '../components';
import { formatDate, formatPrice, useI18n } from '../i18n';
import { ChangePricingMutation, ExtendTrialMutation, RevenueQuery, SubmitAppMutation, UploadDescriptorMutation, VendorAppsQuery } from '../operations';

/** The vendor cabinet: apps, descriptor upload (errors name the element), submit for review. */
export function Cabinet() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: VendorAppsQuery, variables: {}, requestPolicy: 'network-only' });
  const [selected, setSelected] = useState<string | null>(null);
  const apps = data?.vendorApps?.edges.map((e) => e.node) ?? [];
  if (fetching && !data) return <Loading />;
  return (
    <section>
      <h1>{t.cabinet}</h1>
      <ErrorBox error={error} />
      {apps.length === 0 && !error ? <Empty /> : (
        <table>
          <thead><tr><th>{t.app}</th><th>{t.status}</th><th>{t.type}</th><th>{t.price}</th><th /></tr></thead>
          <tbody>
            {apps.map((app) => (
              <tr key={app.id} data-app={app.appUid}>
                <td>{app.name}</td><td>{app.status}</td><td>{app.type}</td><td>{formatPrice(app.priceKopecks, t)}</td>
                <td><button type="button" className="link" onClick={() => setSelected(app.id)}>{t.upload}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {selected && <DescriptorForm appId={selected} status={apps.find((a) => a.id === selected)?.status} onDone={() => refetch({ requestPolicy: 'network-only' })} />}
      {selected && <TrialExtensionForm appId={selected} />}
      <Revenue />
      {selected && <PricingForm appId={selected} price={apps.find((a) => a.id === selected)?.priceKopecks ?? null} trial={apps.find((a) => a.id === selected)?.trialDays ?? null} onDone={() => refetch({ requestPolicy: 'network-only' })} />}
    </section>
  );
}

function DescriptorForm({ appId, status, onDone }: { appId: string; status?: string; onDone(): void }) {
  const { t } = useI18n();
  const [xml, setXml] = useState('');
  const [uploaded, upload] = useMutation(UploadDescriptorMutation);
  const [submitted, submit] = useMutation(SubmitAppMutation);
  // Issue 19, item 2: every problem of a refused descriptor is a user error at ["xml"], its message
  // naming the element and line; they are listed under the text as they are (the element is the point).
  const refusals = refusalsOf(uploaded, 'uploadAppDescriptor');
  const atXml = refusals.filter((e) => e.field?.[0] === 'xml');
  const submitRefusals = refusalsOf(submitted, 'submitApp');
  return (
    <div className="panel">
      <form onSubmit={async (e) => { e.preventDefault(); const r = await upload({ appId, xml }); if (r.data?.uploadAppDescriptor.descriptor) onDone(); }}>
        <label>{t.descriptorXml}<textarea name="xml" rows={12} value={xml} onChange={(e) => setXml(e.target.value)} /></label>
        {atXml.length > 0 && (
          <div className="field-error error-element" role="alert" data-testid="descriptor-element">
            {atXml.map((e, i) => <p key={i}>{e.message} <code>{e.code}</code></p>)}
          </div>
        )}
        <ErrorBox errors={unplacedRefusals(refusals, ['xml'])} />
        {uploaded.data?.uploadAppDescriptor.descriptor && <p className="ok" data-testid="descriptor-ok">{t.uploaded}: v{uploaded.data.uploadAppDescriptor.descriptor.version}</p>}
        <button type="submit" disabled={!xml.trim() || uploaded.fetching}>{t.upload}</button>
      </form>
      {status === 'DRAFT' && (
        <>
          <ErrorBox errors={submitRefusals} />
          <button type="button" onClick={async () => { const r = await submit({ id: appId }); if (r.data?.submitApp.app) onDone(); }}>{t.submit}</button>
        </>
      )}
    </div>
  );
}

/** PR-2, TR-1, PC-1..PC-3: the price (whole 500 RUB) and trial; each refusal shows under the field it concerns. */
export function PricingForm({ appId, price, trial, onDone }: { appId: string; price: number | null; trial: number | null; onDone(): void }) {
  const { t } = useI18n();
  const [rub, setRub] = useState(String((price ?? 0) / 100));
  const [days, setDays] = useState(trial === null ? '' : String(trial));
  const [changed, change] = useMutation(ChangePricingMutation);
  const refusals = refusalsOf(changed, 'changeAppPricing');
  return (
    <form className="panel" onSubmit={async (e) => {
      e.preventDefault();
      const kopecks = Math.round(Number(rub) * 100);
      const r = await change({ appId, priceKopecks: kopecks > 0 ? kopecks : null, trialDays: days.trim() ? Number(days) : null });
      if (r.data?.changeAppPricing.app) onDone();
    }}>
      <h3>{t.pricing}</h3>
      <label>{t.priceRub}<input name="price" type="number" min={0} step={500} value={rub} onChange={(e) => setRub(e.target.value)} /></label>
      <FieldError errors={refusals} name="priceKopecks" />
      <label>{t.trialDays}<input name="trial" type="number" min={1} max={14} value={days} onChange={(e) => setDays(e.target.value)} /></label>
      <FieldError errors={refusals} name="trialDays" />
      <ErrorBox errors={unplacedRefusals(refusals, ['priceKopecks', 'trialDays'])} />
      <button type="submit" disabled={changed.fetching}>{t.save}</button>
    </form>
  );
}

/** TX-1..TX-3: the vendor extends (or grants) a trial for one account, once. */
function TrialExtensionForm({ appId }: { appId: string }) {
  const { t, locale } = useI18n();
  const [accountId, setAccountId] = useState('');
  const [days, setDays] = useState('7');
  const [extended, extend] = useMutation(ExtendTrialMutation);
  const refusals = refusalsOf(extended, 'extendTrial');
  const done = extended.data?.extendTrial.trialExtension;
  return (
    <form className="panel" onSubmit={async (e) => { e.preventDefault(); await extend({ input: { appId, accountId: accountId.trim(), days: Number(days) }, idempotencyKey: crypto.randomUUID() }); }}>
      <h3>{t.extendTrial}</h3>
      <label>{t.accountId}<input value={accountId} onChange={(e) => setAccountId(e.target.value)} /></label>
      <FieldError errors={refusals} name="accountId" />
      <label>{t.days}<input type="number" min={1} max={14} value={days} onChange={(e) => setDays(e.target.value)} /></label>
      <FieldError errors={refusals} name="days" />
      <ErrorBox errors={unplacedRefusals(refusals, ['accountId', 'days'])} />
      {done && <p className="ok">{t.trialUntil} {formatDate(done.trialEndsAt, locale)}</p>}
      <button type="submit" disabled={!accountId.trim() || extended.fetching}>{t.extendTrial}</button>
    </form>
  );
}

/** PR-4: the vendor's revenue in a month: list prices of the months paid, and its share. */
function Revenue() {
  const { t } = useI18n();
  const [month, setMonth] = useState(new Date().toISOString().slice(0, 7));
  const [{ data, error }] = useQuery({ query: RevenueQuery, variables: { month }, pause: !/^\d{4}-\d{2}$/.test(month) });
  const revenue = data?.myVendorRevenue;
  return (
    <div className="panel">
      <h3>{t.revenue}</h3>
      <label>{t.month}<input value={month} onChange={(e) => setMonth(e.target.value)} /></label>
      <ErrorBox error={error} />
      {revenue && (
        <p data-testid="revenue">
          {formatPrice(Number(revenue.listPrice.amountKopecks), t)} · {t.share}: {formatPrice(Number(revenue.share.amountKopecks), t)} · {revenue.paidAppMonths}
        </p>
      )}
    </div>
  );
}
