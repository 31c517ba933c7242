import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { refusalsOf } from '../api';
import { Empty, ErrorBox, FieldError, Loading, unplacedRefusals } from '../components';
import { formatDate, useI18n } from '../i18n';
import {
  AccountInstallsQuery, ActivateDemoMutation, BuyOptionsMutation, BuySubscriptionMutation, ConnectLoyaltyMutation, EmployeesMayInstallMutation, IssuePhoneKeyMutation,
  ReinstallMutation, SetInstallUsersMutation, UninstallMutation,
} from '../operations';
import { useSession } from '../session';

/** The account admin's apps: billing state, per-user access (BX-6), removal; options and subscription. */
export function Installs() {
  const { t, locale } = useI18n();
  const { session } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AccountInstallsQuery, variables: { accountId: session?.accountId ?? '' }, pause: !session?.accountId, requestPolicy: 'network-only',
  });
  const [removed, uninstall] = useMutation(UninstallMutation);
  const [limited, setUsers] = useMutation(SetInstallUsersMutation);
  const [bought, buyOptions] = useMutation(BuyOptionsMutation);
  const [demo, activateDemo] = useMutation(ActivateDemoMutation);
  const [delegated, setEmployeesMayInstall] = useMutation(EmployeesMayInstallMutation);
  const [subscribed, buySubscription] = useMutation(BuySubscriptionMutation);
  const [phoneKey, issuePhoneKey] = useMutation(IssuePhoneKeyMutation);
  const [updated, update] = useMutation(ReinstallMutation);
  const [loyalty, connectLoyalty] = useMutation(ConnectLoyaltyMutation);
  const [loyaltyFor, setLoyaltyFor] = useState<string | null>(null);
  const [loyaltyUrl, setLoyaltyUrl] = useState('');
  const [loyaltyToken, setLoyaltyToken] = useState('');
  const [options, setOptions] = useState(1);
  const [months, setMonths] = useState(1);
  const [editing, setEditing] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  // Issue 19, item 2: each user error next to its field, the rest above the forms.
  const buyRefusals = refusalsOf(bought, 'buyPaidAppOptions');
  const subscribeRefusals = refusalsOf(subscribed, 'buyMarketplaceSubscription');
  const loyaltyRefusals = refusalsOf(loyalty, 'connectLoyaltyApp');
  const unplaced = [
    ...unplacedRefusals(buyRefusals, ['paidAppOptions', 'periodMonths']), ...unplacedRefusals(subscribeRefusals, ['periodMonths']),
    ...refusalsOf(demo, 'activateMarketplaceDemo'), ...unplacedRefusals(loyaltyRefusals, ['baseUrl', 'token']),
  ];
  const account = data?.account;
  if (fetching && !account) return <Loading />;
  if (!account) return <ErrorBox error={error} />;
  const installs = account.installs ?? [];
  return (
    <section>
      <h1>{t.installs} · {account.name}</h1>
      <p className="muted">
        {t.options}: {account.paidAppOptions ? `${account.paidAppOptions.used}/${account.paidAppOptions.total}` : '—'} ·{' '}
        {t.subscription}: {account.marketplaceSubscription?.active ? t.active : t.inactive}
      </p>
      <div className="panel">
        <form className="inline" onSubmit={async (e) => {
          e.preventDefault();
          // One key per purchase the person makes: a retried request never pays twice (docs/API.md).
          const r = await buyOptions({ input: { paidAppOptions: options, periodMonths: months }, idempotencyKey: crypto.randomUUID() });
          if (r.data?.buyPaidAppOptions.subscription) refetch({ requestPolicy: 'network-only' });
        }}>
          <label>{t.options}: <input type="number" min={1} max={1000} value={options} onChange={(e) => setOptions(Number(e.target.value))} /></label>
          <FieldError errors={buyRefusals} name="paidAppOptions" />
          <select aria-label={t.months} value={months} onChange={(e) => setMonths(Number(e.target.value))}>
            {[1, 3, 6, 12].map((m) => <option key={m} value={m}>{m} {t.months}</option>)}
          </select>
          <FieldError errors={[...buyRefusals, ...subscribeRefusals]} name="periodMonths" />
          <button type="submit" disabled={bought.fetching}>{t.buyOptions}</button>
        </form>
        <button type="button" className="secondary" onClick={async () => {
          const r = await buySubscription({ periodMonths: months, idempotencyKey: crypto.randomUUID() });
          if (r.data?.buyMarketplaceSubscription.marketplaceSubscription) refetch({ requestPolicy: 'network-only' });
        }}>{t.buySubscription} ({months} {t.months})</button>
        {!account.marketplaceSubscription?.active && (
          <button type="button" className="secondary" onClick={async () => {
            const r = await activateDemo({ idempotencyKey: crypto.randomUUID() });
            if (r.data?.activateMarketplaceDemo.marketplaceSubscription) refetch({ requestPolicy: 'network-only' });
          }}>{t.demo}</button>
        )}
        <label className="block">
          <input type="checkbox" checked={account.employeesMayInstall} onChange={async (e) => { const r = await setEmployeesMayInstall({ allowed: e.target.checked }); if (!refusalsOf(r, 'setEmployeesMayInstall').length) refetch({ requestPolicy: 'network-only' }); }} />
          {' '}{t.employeesMayInstall}
        </label>
      </div>
      <ErrorBox error={error} />
      {/* Issue 19, item 2: refusals are top-level errors or their payloads' user errors; those a field shows stay by it. */}
      <ErrorBox errors={[
        ...unplaced,
        ...refusalsOf(removed, 'uninstallApp'), ...refusalsOf(limited, 'setInstallUsers'), ...refusalsOf(delegated, 'setEmployeesMayInstall'),
        ...refusalsOf(phoneKey, 'issuePhoneApiToken'), ...refusalsOf(updated, 'reinstallApp'),
      ]} />
      {phoneKey.data?.issuePhoneApiToken.token && <p className="ok" data-testid="phone-key">{t.tokenOnce}: <code>{phoneKey.data.issuePhoneApiToken.token}</code></p>}
      {loyalty.data?.connectLoyaltyApp.loyaltySettings && (
        <p className="ok">{loyalty.data.connectLoyaltyApp.loyaltySettings.baseUrl} · {loyalty.data.connectLoyaltyApp.loyaltySettings.tokenMasked}</p>
      )}
      {installs.length === 0 ? <Empty /> : (
        <table>
          <thead><tr><th>{t.app}</th><th>{t.status}</th><th>{t.state}</th><th>{t.access}</th><th /></tr></thead>
          <tbody>
            {installs.map((install) => (
              <tr key={install.id} data-install={install.app?.appUid}>
                <td>{install.app?.name ?? "—"}</td>
                <td>{install.status}</td>
                <td>{install.billing?.state ?? '—'}{install.billing?.trialEndsAt ? ` (${t.trialUntil} ${formatDate(install.billing.trialEndsAt, locale)})` : ''}</td>
                <td>
                  {editing === install.id ? (
                    <form onSubmit={async (e) => {
                      e.preventDefault();
                      const r = await setUsers({ installId: install.id, userIds: chosen.length ? chosen : null });
                      if (!refusalsOf(r, 'setInstallUsers').length) { setEditing(null); refetch({ requestPolicy: 'network-only' }); }
                    }}>
                      {(account.users ?? []).map((u) => (
                        <label key={u.id} className="block">
                          <input type="checkbox" checked={chosen.includes(u.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, u.id] : chosen.filter((id) => id !== u.id))} />
                          {' '}{u.fullName}
                        </label>
                      ))}
                      <button type="submit">{t.save}</button>
                    </form>
                  ) : (
                    <button type="button" className="link" onClick={() => { setEditing(install.id); setChosen(install.allowedUserIds ?? []); }}>
                      {install.allowedUserIds ? `${t.only} (${install.allowedUserIds.length})` : t.everyone}
                    </button>
                  )}
                </td>
                <td>
                  {/* AR-3: consent to the app's current permissions (the install keeps its frozen set until then). */}
                  {install.status === 'ACTIVE' && (
                    <button type="button" className="link" title={`${t.version} ${install.permissions?.descriptorVersion ?? '—'}`}
                      onClick={async () => { const r = await update({ installId: install.id }); if (!refusalsOf(r, 'reinstallApp').length) refetch({ requestPolicy: 'network-only' }); }}>{t.update}</button>
                  )}
                  {install.appType === 'TELEPHONY' && install.status === 'ACTIVE' && (
                    <button type="button" className="link" onClick={() => issuePhoneKey({ installId: install.id })}>{t.phoneKey}</button>
                  )}
                  {install.appType === 'LOYALTY' && install.status === 'ACTIVE' && (loyaltyFor === install.id ? (
                    <form onSubmit={async (e) => {
                      e.preventDefault();
                      const r = await connectLoyalty({ installId: install.id, baseUrl: loyaltyUrl, token: loyaltyToken });
                      if (r.data?.connectLoyaltyApp.loyaltySettings) setLoyaltyFor(null);
                    }}>
                      <label>{t.baseUrl}<input value={loyaltyUrl} onChange={(e) => setLoyaltyUrl(e.target.value)} /></label>
                      <FieldError errors={loyaltyRefusals} name="baseUrl" />
                      <label>{t.token}<input value={loyaltyToken} onChange={(e) => setLoyaltyToken(e.target.value)} /></label>
                      <FieldError errors={loyaltyRefusals} name="token" />
                      <button type="submit">{t.save}</button>
                    </form>
                  ) : <button type="button" className="link" onClick={() => setLoyaltyFor(install.id)}>{t.loyaltyConnect}</button>)}
                  <button type="button" className="danger" onClick={async () => {
                    const r = await uninstall({ installId: install.id });
                    if (!refusalsOf(r, 'uninstallApp').length) refetch({ requestPolicy: 'network-only' });
                  }}>{t.uninstall}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
