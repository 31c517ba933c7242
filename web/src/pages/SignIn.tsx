import { useState } from 'react';
import { useI18n } from '../i18n';
import { useDevIdentities, useSession } from '../session';

export function SignIn() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const identities = useDevIdentities();
  const [token, setToken] = useState('');
  return (
    <section className="panel narrow">
      <h1>{t.signIn}</h1>
      {identities.length > 0 && (
        <div>
          <h2>{t.devIdentities}</h2>
          <ul className="identities">
            {identities.map((identity) => (
              <li key={identity.role}>
                <button type="button" onClick={() => signIn(identity.token, identity.description)}>
                  {t.signInAs} {identity.role}
                </button>
                <span className="muted"> {identity.description}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={(e) => { e.preventDefault(); signIn(token.trim()); }}>
        <label>{t.pasteToken}<textarea value={token} onChange={(e) => setToken(e.target.value)} rows={3} /></label>
        <button type="submit" disabled={!token.trim()}>{t.use}</button>
      </form>
    </section>
  );
}
