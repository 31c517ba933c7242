import { readFileSync } from 'node:fs';
import path from 'node:path';
import { metricsRegistry } from '@appmarket/telemetry';
import { ROOT } from '../../scripts/contracts';

/**
 * The Grafana dashboard (deploy/grafana/appmarket-dashboard.json) queries only metrics we export,
 * and shows every metric of ours; docs/observability.md lists every one of ours too.
 */
interface Panel { title?: string; panels?: Panel[]; targets?: { expr?: string }[] }

const dashboard = JSON.parse(readFileSync(path.join(ROOT, 'deploy/grafana/appmarket-dashboard.json'), 'utf8')) as { panels: Panel[]; uid: string };
const exprs = (panels: Panel[]): string[] => panels.flatMap((panel) => [...(panel.targets ?? []).map((t) => t.expr ?? ''), ...exprs(panel.panels ?? [])]);
/** Series names in PromQL: identifiers of our prefixes (PromQL's functions and labels have none of them). */
const referenced = (expr: string) => [...expr.matchAll(/\b((?:appmarket|process|nodejs)_[a-z0-9_]+)\b/g)].map((match) => match[1]!);

async function exported(): Promise<Map<string, string>> {
  return new Map((await metricsRegistry.getMetricsAsJSON()).map((metric) => [metric.name, String(metric.type)]));
}

/** The metric a series name belongs to: a histogram's `_bucket`, `_sum` and `_count` are its own. */
function metricOf(series: string, metrics: Map<string, string>): string | undefined {
  if (metrics.has(series)) return series;
  const base = series.replace(/_(bucket|sum|count)$/, '');
  return metrics.get(base) === 'histogram' || metrics.get(base) === 'summary' ? base : undefined;
}

describe('Grafana dashboard', () => {
  it('queries only metrics the services export', async () => {
    const metrics = await exported();
    const all = exprs(dashboard.panels);
    expect(all.length).toBeGreaterThan(10);
    const unknown = all.flatMap(referenced).filter((series) => !metricOf(series, metrics));
    expect(unknown).toEqual([]);
  });

  it('shows every appmarket_ metric, and docs/observability.md names each one', async () => {
    const ours = [...(await exported()).keys()].filter((name) => name.startsWith('appmarket_')).sort();
    expect(ours.length).toBeGreaterThanOrEqual(11);
    const shown = new Set(exprs(dashboard.panels).flatMap(referenced).map((series) => metricOf(series, new Map(ours.map((n) => [n, 'histogram']))) ?? series));
    expect(ours.filter((name) => !shown.has(name))).toEqual([]);
    const docs = readFileSync(path.join(ROOT, 'docs/observability.md'), 'utf8');
    expect(ours.filter((name) => !docs.includes(`\`${name}\``))).toEqual([]);
  });
});
