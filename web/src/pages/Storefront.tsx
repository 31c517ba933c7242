import { useState } from 'react';
import { useQuery } from 'urql';
import { Empty, ErrorBox, Loading } from '../components';
import { formatPrice, useI18n } from '../i18n';
import { CategoriesQuery, StorefrontQuery } from '../operations';

export function Storefront({ onOpen }: { onOpen(appUid: string): void }) {
  const { t, locale } = useI18n();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState('');
  const [block, setBlock] = useState<'' | 'CALLS' | 'NEW' | 'DISCOUNTS'>('');
  const [{ data: categoryData }] = useQuery({ query: CategoriesQuery });
  const [freeOnly, setFreeOnly] = useState(false);
  const [{ data, fetching, error }] = useQuery({ query: StorefrontQuery, variables: { search: search.trim() || null, freeOnly: freeOnly || null, category: category || null, block: block || null } });
  const apps = data?.storefront?.edges.map((e) => e.node) ?? [];
  return (
    <section>
      <h1>{t.storefront}</h1>
      <div className="filters">
        <input type="search" aria-label={t.search} placeholder={t.search} value={search} onChange={(e) => setSearch(e.target.value)} />
        <select aria-label={t.blocks} value={block} onChange={(e) => setBlock(e.target.value as typeof block)}>
          <option value="">{t.blocks}: {t.all}</option>
          {(['NEW', 'CALLS', 'DISCOUNTS'] as const).map((b) => <option key={b} value={b}>{b}</option>)}
        </select>
        <select aria-label={t.category} value={category} onChange={(e) => setCategory(e.target.value)}>
          <option value="">{t.category}: {t.all}</option>
          {(categoryData?.categories ?? []).map((c) => <option key={c.slug} value={c.slug}>{locale === 'ru' ? c.name : c.nameEn} ({c.appCount})</option>)}
        </select>
        <label><input type="checkbox" checked={freeOnly} onChange={(e) => setFreeOnly(e.target.checked)} /> {t.freeOnly}</label>
      </div>
      <ErrorBox error={error} />
      {fetching && !data ? <Loading /> : apps.length === 0 && !error ? <Empty /> : (
        <ul className="cards">
          {apps.map((app) => (
            <li key={app.id} className="card" data-app-uid={app.appUid}>
              <h3>{app.name}</h3>
              <p className="muted">{app.vendor.name} · {app.storefrontBlock}</p>
              <p>{app.shortDescription}</p>
              <p><strong>{formatPrice(app.priceKopecks, t)}</strong>{app.trialDays ? ` · ${t.trialDays}: ${app.trialDays}` : ''}</p>
              <button type="button" onClick={() => onOpen(app.appUid)}>{t.open}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
