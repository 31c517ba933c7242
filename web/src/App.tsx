import { useState } from 'react';
import { useI18n } from './i18n';
import { AppCard } from './pages/AppCard';
import { Cabinet } from './pages/Cabinet';
import { Developer } from './pages/Developer';
import { DirectLink } from './pages/DirectLink';
import { Installs } from './pages/Installs';
import { Moderation } from './pages/Moderation';
import { SignIn } from './pages/SignIn';
import { Storefront } from './pages/Storefront';
import { useSession, type Session } from './session';

type Section = 'storefront' | 'installs' | 'developer' | 'cabinet' | 'moderation';
type Page = { name: 'developer' } | { name: 'storefront' } | { name: 'card'; appUid: string } | { name: 'installs' } | { name: 'cabinet' } | { name: 'moderation' };

/** The pages each kind of caller has (DL-5: the storefront is for account admins). */
function pagesFor(session: Session): Section[] {
  if (session.kind === 'vendor') return ['cabinet'];
  if (session.kind === 'moderator') return ['moderation'];
  return session.role === 'ADMIN' ? ['storefront', 'installs', 'developer'] : ['installs'];
}

export function App() {
  const { t, toggle } = useI18n();
  const { session, signOut } = useSession();
  const [page, setPage] = useState<Page | null>(null);
  // DL-2: a direct link (/app/apps/<appUid>) opens the card once signed in; anyone else signs in first.
  const [link, setLink] = useState(() => directLinkOf(window.location.pathname));
  if (!session) return <Shell><SignIn /></Shell>;
  if (link && session.role === 'ADMIN') {
    return <Shell><DirectLink link={link} onResolved={(appUid) => { setLink(null); setPage({ name: 'card', appUid }); }} onFailed={() => setLink(null)} /></Shell>;
  }
  const pages = pagesFor(session);
  const current: Page = page && (page.name === 'card' || pages.includes(page.name as Section)) ? page : { name: pages[0]! } as Page;
  return (
    <Shell>
      <nav>
        {pages.map((name) => (
          <button key={name} type="button" className={current.name === name ? 'active' : ''} onClick={() => setPage({ name } as Page)}>{t[name]}</button>
        ))}
        <span className="spacer" />
        <span className="muted">{session.label}</span>
        <button type="button" className="link" onClick={toggle}>{t.language}</button>
        <button type="button" className="link" onClick={() => { signOut(); setPage(null); }}>{t.signOut}</button>
      </nav>
      <main>
        {current.name === 'storefront' && <Storefront onOpen={(appUid) => setPage({ name: 'card', appUid })} />}
        {current.name === 'card' && <AppCard appUid={current.appUid} onBack={() => setPage({ name: 'storefront' })} />}
        {current.name === 'installs' && <Installs />}
        {current.name === 'developer' && <Developer />}
        {current.name === 'cabinet' && <Cabinet />}
        {current.name === 'moderation' && <Moderation />}
      </main>
    </Shell>
  );
}

function Shell({ children }: { children: React.ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="shell">
      <header><strong>{t.appName}</strong></header>
      {children}
    </div>
  );
}

/** `/app/apps/<appUid>` (the storefront's direct links, DL-1) → the link the API resolves. */
function directLinkOf(path: string): string | null {
  const match = /\/apps\/([^/]+)\/?$/.exec(path);
  return match ? `/storefront/apps/${decodeURIComponent(match[1]!)}` : null;
}
