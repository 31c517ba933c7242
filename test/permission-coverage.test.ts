import { readFileSync } from 'node:fs';
import path from 'node:path';
import { KNOWN_PERMISSION_ENTITIES } from '@appmarket/core';
import { permissionRequirements } from '@appmarket/gateway';
import { accountDataTypes, capabilityManifests, coverageProblems, permissionTableMarkdown, PERMISSIONS_DOC, readAccessMap } from '../scripts/access-contracts';
import { ROOT, SUPERGRAPH_FILE } from '../scripts/contracts';

/**
 * AR-1, AR-2, BX-8: the frozen permission set guards all account data. The supergraph is walked
 * from every root field a token may call; a field that shows account data must be guarded by the
 * entity it shows (or sit under such a guard) or be tagged public. docs/permissions.md and the
 * gateway's capability manifests are generated from the same supergraph (`npm run compose`).
 */
describe('permission coverage of account data', () => {
  const supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');

  it('every field reachable from an account\'s data is guarded or explicitly public', () => {
    expect(coverageProblems(supergraph)).toEqual([]);
  });

  it('catches a field that lost its guard, one that shows another entity\'s data, and an entity that guards nothing', () => {
    const unguarded = supergraph.replace(/(billing: InstallBilling[^\n]*?) @requiresPermission\(entity: "billing", operation: VIEW\)/, '$1');
    expect(unguarded).not.toBe(supergraph);
    expect(coverageProblems(unguarded).join('\n')).toContain('Install.billing (reached by Query → Query.account → Account.installs) shows account data (InstallBilling)');
    // Call.cards under a phonecall guard still needs its own: cards are callcard data.
    const cards = supergraph.replace(/(cards: \[CallCard!\][^\n]*?) @requiresPermission\(entity: "callcard", operation: VIEW\)/, '$1');
    expect(coverageProblems(cards).join('\n')).toContain('Call.cards');
    // Both fields the localapp entity guards (the list and its connection) lose their guard.
    const nothing = supergraph
      .replace(/(localApps: \[LocalApp!\][^\n]*?) @requiresPermission\(entity: "localapp", operation: VIEW\)/, '$1')
      .replace(/(\): LocalAppConnection[^\n]*?) @requiresPermission\(entity: "localapp", operation: VIEW\)/, '$1');
    expect(nothing.match(/entity: "localapp"/g)).toBeNull();
    expect(coverageProblems(nothing)).toEqual(expect.arrayContaining([
      expect.stringContaining('Account.localApps (reached by Query → Query.account) shows account data (LocalApp)'),
      'the entity "localapp" guards no field: a permission on it would grant nothing',
    ]));
    const untagged = supergraph.replace(/(tariff: String![^\n]*?) @tag\(name: "public"\)/, '$1');
    expect(coverageProblems(untagged)).toEqual([expect.stringContaining('Account.tariff (reached by Query → Query.account)')]);
  });

  it('the guarded entities are exactly the known ones (packages/core), and every guarded field is nullable', () => {
    const map = readAccessMap(supergraph);
    expect([...new Set([...map.guards.values()].map((g) => g.entity))].sort()).toEqual([...KNOWN_PERMISSION_ENTITIES]);
    expect(() => permissionRequirements(supergraph)).not.toThrow(); // the gateway refuses to start on a non-null guarded field
    for (const type of ['Install', 'InstallBilling', 'CallCard', 'LoyaltySettings', 'User']) expect(accountDataTypes(map)).toContain(type);
    expect(accountDataTypes(map)).not.toContain('App');
  });

  it('docs/permissions.md is the current table (run `npm run compose`)', () => {
    if (readFileSync(PERMISSIONS_DOC, 'utf8') !== permissionTableMarkdown(supergraph)) {
      throw new Error('docs/permissions.md is stale: run `npm run compose` and commit it');
    }
  });

  it('the capability manifests are current (run `npm run compose`) and name the Phone API operations', () => {
    for (const { file, content } of capabilityManifests(supergraph)) {
      if (readFileSync(file, 'utf8') !== content) throw new Error(`${path.relative(ROOT, file)} is stale: run \`npm run compose\` and commit it`);
    }
    const phone = JSON.parse(readFileSync(path.join(ROOT, 'gateway', 'capabilities', 'phone-api.json'), 'utf8')) as { appTypes: string[]; rootFields: string[] };
    expect(phone).toMatchObject({ appTypes: ['TELEPHONY'], rootFields: [
      'Mutation.createPhoneCall', 'Mutation.recordPhoneCallEvent', 'Mutation.updatePhoneCall', 'Query.currentCallCards', 'Query.phoneCalls', 'Query.phoneEmployee',
    ] });
  });
});
