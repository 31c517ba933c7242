import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { refusalsOf } from '../api';
import { ErrorBox, Loading } from '../components';
import { formatDate, formatPrice, useI18n } from '../i18n';
import { AccountInstallsQuery, AppCardQuery, InstallMutation } from '../operations';
import { useSession } from '../session';

/** The card, and install with consent to the permissions the app asks for (AR-2: frozen at install). */
export function AppCard({ appUid, onBack }: { appUid: string; onBack(): void }) {
  const { t, locale } = useI18n();
  const { session } = useSession();
  const [{ data, fetching, error }] = useQuery({ query: AppCardQuery, variables: { appUid } });
  const [installs, refetchInstalls] = useQuery({
    query: AccountInstallsQuery, variables: { accountId: session?.accountId ?? '' }, pause: !session?.accountId,
  });
  const [installed, install] = useMutation(InstallMutation);
  const [consenting, setConsenting] = useState(false);
  const app = data?.storefrontApp;
  if (fetching && !app) return <Loading />;
  if (!app) return <ErrorBox error={error} />;
  const current = installs.data?.account?.installs?.find((i) => i.app?.id === app.id && i.status !== 'UNINSTALLED');
  // ALREADY_INSTALLED answers the live install beside its user error: the card shows it installed.
  const done = installed.data?.installApp?.install;
  const billing = done?.billing ?? current?.billing;
  return (
    <section className="panel">
      <button type="button" className="link" onClick={onBack}>← {t.back}</button>
      <h1>{app.name}</h1>
      <p className="muted">{app.vendor.name} · {app.type} · {app.categories.join(', ')}</p>
      <p>{app.description}</p>
      <p><strong>{formatPrice(app.priceKopecks, t)}</strong>{app.trialDays ? ` · ${t.trialDays}: ${app.trialDays}` : ''}</p>
      <ErrorBox errors={refusalsOf(installed, 'installApp')} />
      {done || current ? (
        <p className="ok" data-testid="install-state">
          {t.installed}{billing ? ` · ${t.state}: ${billing.state}` : ''}{billing?.trialEndsAt ? ` (${t.trialUntil} ${formatDate(billing.trialEndsAt, locale)})` : ''}
        </p>
      ) : consenting ? (
        <div className="consent" role="dialog" aria-label={t.consentTitle}>
          {app.access?.permissions.length ? (
            <>
              <h2>{t.consentTitle}</h2>
              <ul>{app.access.permissions.map((p) => <li key={p.entity}><code>{p.entity}</code>: {p.operations.join(', ')}</li>)}</ul>
            </>
          ) : <p>{t.consentNone}</p>}
          <button type="button" onClick={async () => { const r = await install({ appId: app.id }); if (!refusalsOf(r, 'installApp').length) { setConsenting(false); refetchInstalls({ requestPolicy: 'network-only' }); } }} disabled={installed.fetching}>{t.agree}</button>
          <button type="button" className="secondary" onClick={() => setConsenting(false)}>{t.cancel}</button>
        </div>
      ) : (
        <button type="button" onClick={() => setConsenting(true)}>{t.install}</button>
      )}
    </section>
  );
}
