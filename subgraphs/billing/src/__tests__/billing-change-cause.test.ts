import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { BillingChangeCause } from '../history/billing-change-cause';

/**
 * InstallBillingChange.cause is an enum in the API (issue 19, item 8): a cause a service records
 * but the enum lacks would fail to serialise an install's billing history. Every cause written by
 * `record(…)` (account-write.ts) or `move(…)` (settlement.ts) is in the enum, and nothing else is.
 */
describe('billing change causes', () => {
  const sources = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === '__tests__' ? [] : sources(file);
    return file.endsWith('.ts') ? [file] : [];
  });

  it('the enum holds exactly the causes the services record', () => {
    const recorded = new Set<string>();
    for (const file of sources(path.join(__dirname, '..'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:record|move)\([^;']*?'([A-Z_]+)'/g)) recorded.add(match[1]!);
    }
    expect(recorded.size).toBeGreaterThan(5);
    expect([...recorded].sort()).toEqual(Object.keys(BillingChangeCause).sort());
  });
});
