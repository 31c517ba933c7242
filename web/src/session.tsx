import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/** Who is signed in. The token lives in memory only (never localStorage): a reload signs out. */
export interface Session {
  token: string;
  label: string;
  kind: 'user' | 'vendor' | 'moderator';
  role?: string;
  accountId?: string;
  vendorId?: string;
}

/** What `npm start` offers on the sign-in page in development (gateway /app/dev-identities.json). */
export interface DevIdentity {
  role: string;
  description: string;
  token: string;
}

const SessionContext = createContext<{ session: Session | null; signIn(token: string, label?: string): void; signOut(): void }>({
  session: null, signIn: () => undefined, signOut: () => undefined,
});

/** The claims the gateway reads (gateway/src/jwt.ts); the token's signature is the gateway's to check. */
export function sessionFromToken(token: string, label?: string): Session | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    const kind = payload.kind as Session['kind'];
    if (kind !== 'user' && kind !== 'vendor' && kind !== 'moderator') return null;
    return {
      token, kind, label: label ?? String(payload.sub ?? kind),
      role: typeof payload.role === 'string' ? payload.role : undefined,
      accountId: typeof payload.accountId === 'string' ? payload.accountId : undefined,
      vendorId: typeof payload.vendorId === 'string' ? payload.vendorId : undefined,
    };
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  return (
    <SessionContext.Provider value={{ session, signIn: (token, label) => setSession(sessionFromToken(token, label)), signOut: () => setSession(null) }}>
      {children}
    </SessionContext.Provider>
  );
}

export const useSession = () => useContext(SessionContext);

export function useDevIdentities(): DevIdentity[] {
  const [identities, setIdentities] = useState<DevIdentity[]>([]);
  useEffect(() => {
    fetch(`${import.meta.env.BASE_URL}dev-identities.json`)
      .then((r) => (r.ok ? r.json() : []))
      .then((list: DevIdentity[]) => setIdentities(Array.isArray(list) ? list : []))
      .catch(() => setIdentities([]));
  }, []);
  return identities;
}
