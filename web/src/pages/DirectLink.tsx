import { useEffect } from 'react';
import { useQuery } from 'urql';
import { ErrorBox, Loading } from '../components';
import { useI18n } from '../i18n';
import { AppByLinkQuery } from '../operations';

/** DL-2..DL-4: the card a direct link points to; "not found" alike for a missing or hidden app. */
export function DirectLink({ link, onResolved, onFailed }: { link: string; onResolved(appUid: string): void; onFailed(): void }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: AppByLinkQuery, variables: { link } });
  const appUid = data?.appByLink?.appUid;
  useEffect(() => {
    if (appUid) onResolved(appUid);
  }, [appUid, onResolved]);
  if (fetching || appUid) return <Loading />;
  return (
    <section className="panel">
      <ErrorBox error={error} />
      <button type="button" className="link" onClick={onFailed}>← {t.storefront}</button>
    </section>
  );
}
