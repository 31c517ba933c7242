import { persistedExchange } from '@urql/exchange-persisted';
import { useMemo, type ReactNode } from 'react';
import { Client, CombinedError, cacheExchange, fetchExchange, Provider } from 'urql';
import { useSession } from './session';

/**
 * urql over the gateway on the same origin. Every operation is persisted: only its sha256 (from
 * codegen's persisted documents) is sent, never the body, so the gateway runs exactly the
 * operations of gateway/persisted-queries/web.json.
 */
export function ApiProvider({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const client = useMemo(() => new Client({
    url: '/graphql',
    exchanges: [
      cacheExchange,
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => (document as unknown as { __meta__?: { hash?: string } }).__meta__!.hash!,
      }),
      fetchExchange,
    ],
    fetchOptions: (): RequestInit => ({ headers: session ? { authorization: `Bearer ${session.token}` } : ({} as Record<string, string>) }),
    requestPolicy: 'cache-and-network',
  }), [session]);
  return <Provider value={client}>{children}</Provider>;
}

/** The API's errors as the app shows them: one per GraphQL error, with its code. */
export function errorsOf(error: CombinedError | undefined): { code?: string; message: string }[] {
  if (!error) return [];
  if (error.graphQLErrors.length) {
    return error.graphQLErrors.map((e) => ({ code: e.extensions?.code as string | undefined, message: e.message }));
  }
  return [{ code: 'NETWORK', message: error.networkError?.message ?? error.message }];
}

export interface Refusal {
  code?: string;
  message: string;
  /** The argument path a payload's user error names (`["input", "alias"]`); absent for top-level errors. */
  field?: string[] | null;
}

/**
 * Every refusal of a mutation's answer (issue 19, errors as data): its top-level errors (sign-in,
 * permissions, limits, faults) and the `userErrors` of its payload under `field` (the mutation's
 * name), so a form shows each next to the field it names (FieldError) and the rest above it.
 */
export function refusalsOf(result: { error?: CombinedError; data?: unknown }, field: string): Refusal[] {
  const payload = (result.data as Record<string, { userErrors?: Refusal[] } | null> | undefined)?.[field];
  return [...errorsOf(result.error), ...(payload?.userErrors ?? [])];
}
