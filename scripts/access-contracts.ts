import path from 'node:path';
import { KNOWN_PERMISSION_ENTITIES, PERMISSION_ENTITIES, PHONE_API_PERMISSIONS } from '@appmarket/core';
import {
  buildASTSchema, getNamedType, isInterfaceType, isObjectType, Kind, parse,
  type ConstDirectiveNode, type GraphQLField, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';
import { ROOT } from './contracts';

/**
 * Who may read what with a token, as the supergraph says it: `@requiresPermission(entity,
 * operation)` guards, `@tag(name: "public")` fields and types, `@tag(name: "not-for-tokens")` root
 * fields, and capability tags (`phone-api`). From it `npm run compose` writes docs/permissions.md
 * and gateway/capabilities/*.json; test/permission-coverage.test.ts checks both are current and
 * walks the graph for account data nobody guards.
 */
export const PERMISSIONS_DOC = path.join(ROOT, 'docs', 'permissions.md');
export const CAPABILITIES_DIR = path.join(ROOT, 'gateway', 'capabilities');

/** TY-3's capabilities that a key stands for, by the tag their operations carry. */
export const CAPABILITIES: Record<string, { rule: string; appTypes: string[]; title: string }> = {
  'phone-api': { rule: 'TL-1', appTypes: ['TELEPHONY'], title: 'Phone API' },
};

export interface Guard {
  entity: string;
  operation: string;
}

export interface AccessMap {
  schema: GraphQLSchema;
  guards: Map<string, Guard>;
  publicFields: Set<string>;
  publicTypes: Set<string>;
  notForTokens: Set<string>;
  /** Fields only the parent's owner reads (`owner-only`): others get null + FORBIDDEN. */
  ownerOnly: Set<string>;
  inaccessible: Set<string>;
  /** Root fields by capability tag. */
  capabilityRoots: Map<string, string[]>;
}

const ROOTS = ['Query', 'Mutation'] as const;

export function readAccessMap(supergraphSdl: string): AccessMap {
  const schema = buildASTSchema(parse(supergraphSdl), { assumeValidSDL: true });
  const map: AccessMap = {
    schema, guards: new Map(), publicFields: new Set(), publicTypes: new Set(), notForTokens: new Set(), ownerOnly: new Set(), inaccessible: new Set(),
    capabilityRoots: new Map(),
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    if (tagsOf(type.astNode?.directives).includes('public')) map.publicTypes.add(type.name);
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      const directives = field.astNode?.directives;
      if (directives?.some((d) => d.name.value === 'inaccessible')) map.inaccessible.add(coordinate);
      const guard = guardOf(directives);
      if (guard) map.guards.set(coordinate, guard);
      const tags = tagsOf(directives);
      if (tags.includes('public')) map.publicFields.add(coordinate);
      if (tags.includes('not-for-tokens')) map.notForTokens.add(coordinate);
      if (tags.includes('owner-only')) map.ownerOnly.add(coordinate);
      for (const tag of tags.filter((t) => t in CAPABILITIES)) {
        if ((ROOTS as readonly string[]).includes(type.name)) map.capabilityRoots.set(tag, [...(map.capabilityRoots.get(tag) ?? []), coordinate].sort());
      }
    }
  }
  return map;
}

/**
 * Account data: every type reachable from the account-owned entities (Account, Install), every
 * type packages/core says an entity shows, and every type a guard shows, with what they reach,
 * stopping at types tagged public (marketplace data such as App).
 */
export function accountDataTypes(map: AccessMap): Set<string> {
  const found = new Set<string>();
  const queue = [
    'Account', 'Install',
    ...Object.values(PERMISSION_ENTITIES).flatMap((e) => e.shows),
    ...[...map.guards.keys()].map((c) => shownType(map, c)?.name).filter((n): n is string => !!n),
  ];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (found.has(name) || map.publicTypes.has(name)) continue;
    const type = map.schema.getType(name);
    if (!type || !(isObjectType(type) || isInterfaceType(type))) continue;
    found.add(name);
    for (const field of Object.values(type.getFields())) {
      if (map.inaccessible.has(`${name}.${field.name}`)) continue;
      queue.push(getNamedType(field.type).name);
    }
  }
  return found;
}

/**
 * Walks the graph from every root field a token may call and lists each field that returns or
 * belongs to account data yet is neither guarded, under a guard of the entity it shows, nor
 * tagged public. Relay connections are looked through (`calls { edges { node } }` shows Call).
 */
export function coverageProblems(supergraphSdl: string): string[] {
  const map = readAccessMap(supergraphSdl);
  const data = accountDataTypes(map);
  const owners = ownersOf(map);
  const problems: string[] = [];
  const visited = new Set<string>();

  const checkField = (parent: string, field: GraphQLField<unknown, unknown>, ctx: string | null, via: string) => {
    const coordinate = `${parent}.${field.name}`;
    if (map.inaccessible.has(coordinate)) return;
    const guard = map.guards.get(coordinate);
    const shown = shownType(map, coordinate);
    const shownName = shown?.name ?? getNamedType(field.type).name;
    if (data.has(parent) || data.has(shownName)) {
      const shownOwners = owners.get(shownName);
      const coveredByContext = ctx !== null && (!shownOwners || shownOwners.has(ctx));
      if (!guard && !coveredByContext && !map.publicFields.has(coordinate)) {
        problems.push(`${coordinate} (reached by ${via}) shows account data (${shownName}) but is neither guarded by @requiresPermission${ctx ? ` of ${[...(shownOwners ?? [])].join('/')}` : ''} nor tagged public`);
      }
    }
    if (shown && (isObjectType(shown) || isInterfaceType(shown))) walk(shown, guard?.entity ?? ctx, `${via} → ${coordinate}`);
  };
  const walk = (type: GraphQLObjectType | import('graphql').GraphQLInterfaceType, ctx: string | null, via: string) => {
    const key = `${type.name}|${ctx}`;
    if (visited.has(key)) return;
    visited.add(key);
    for (const field of Object.values(type.getFields())) checkField(type.name, field, ctx, via);
  };
  for (const root of ROOTS) {
    const type = map.schema.getType(root);
    if (!type || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      // The gateway refuses app and webhook tokens on these before any subgraph is asked.
      if (map.notForTokens.has(`${root}.${field.name}`)) continue;
      checkField(root, field, null, root);
    }
  }
  for (const [entity, { shows }] of Object.entries(PERMISSION_ENTITIES)) {
    for (const type of shows) if (!map.schema.getType(type)) problems.push(`packages/core says ${entity} shows ${type}, which the supergraph does not have`);
  }
  const guarded = new Set([...map.guards.values()].map((g) => g.entity));
  for (const entity of guarded) if (!(entity in PERMISSION_ENTITIES)) problems.push(`@requiresPermission names "${entity}", which packages/core/src/permission-entities.ts does not know`);
  for (const entity of KNOWN_PERMISSION_ENTITIES) if (!guarded.has(entity)) problems.push(`the entity "${entity}" guards no field: a permission on it would grant nothing`);
  return problems;
}

/** docs/permissions.md: one table of entities, operations and the fields they guard; then the public and user-only fields. */
export function permissionTableMarkdown(supergraphSdl: string): string {
  const map = readAccessMap(supergraphSdl);
  const rows: string[] = [];
  for (const entity of KNOWN_PERMISSION_ENTITIES) {
    const byOperation = new Map<string, string[]>();
    for (const [coordinate, guard] of map.guards) {
      if (guard.entity === entity) byOperation.set(guard.operation, [...(byOperation.get(guard.operation) ?? []), coordinate].sort());
    }
    for (const [operation, fields] of [...byOperation].sort()) {
      const { description, shows } = PERMISSION_ENTITIES[entity];
      rows.push(`| \`${entity}\` | ${description} (${shows.join(', ')}) | ${operation} | ${fields.map((f) => `\`${f}\``).join(', ')} |`);
    }
  }
  const list = (set: Iterable<string>) => [...set].sort().map((c) => `\`${c}\``).join(', ');
  const capabilities = [...map.capabilityRoots].map(([tag, roots]) => {
    const c = CAPABILITIES[tag]!;
    return `| ${c.title} (${c.rule}) | ${c.appTypes.join(', ')} | ${roots.map((r) => `\`${r}\``).join(', ')} | \`gateway/capabilities/${tag}.json\` |`;
  });
  const phoneSet = PHONE_API_PERMISSIONS.permissions.map((p) => `${p.entity} (${p.operations.join(', ')})`).join('; ');
  return `# Permissions

<!-- Generated by \`npm run compose\` from supergraph.graphql and packages/core/src/permission-entities.ts
     (scripts/access-contracts.ts); test/permission-coverage.test.ts fails when it is stale. Do not edit. -->

What an app token (an install's frozen set, AR-2), a webhook token (the set its admin chose, BX-8)
or a user's role must allow to read each field of an account's data. A denied field is \`null\` with a
\`FORBIDDEN\` error naming its path, entity and operation (docs/gateway.md, "Field permissions").
Webhooks (accounts) may name only these entities. A SERVER app's descriptor (catalog) may also name
the entities of the host's JSON API its token is for, in descriptor v2 spelling (\`HOST_API_ENTITIES\`
in the same file: \`customerOrder\`, \`counterparty\`, …); those are frozen with the install and passed
on with the token, not guarded here. Anything else is refused with the list of known ones.

| entity | what it shows | operation | fields it guards |
|---|---|---|---|
${rows.join('\n')}

Open to every caller that may read the parent (tagged \`public\`): ${list(map.publicFields)}; types
that are marketplace data, not an account's: ${list(map.publicTypes)}.

Refused to app and webhook tokens at the gateway (tagged \`not-for-tokens\`: users', vendors' and
moderators' operations): ${list(map.notForTokens)}.

Owner-only (tagged \`owner-only\`, nullable): the app's vendor, moderators and other subgraphs read
them; anyone else gets \`null\` with \`FORBIDDEN\` at the field's path, the rest of the answer kept
(docs/ARCHITECTURE.md, "Nullability"): ${list(map.ownerOnly)}.

## Capabilities

A key that stands for a capability runs exactly the root fields tagged with it (the gateway reads
the generated manifest), with the capability's own permission set.

| capability | key of | root fields | manifest |
|---|---|---|---|
${capabilities.join('\n')}

The Phone API key's permission set (packages/core, \`PHONE_API_PERMISSIONS\`): ${phoneSet}.
`;
}

/** gateway/capabilities/<tag>.json for every capability tag (the gateway loads them at start). */
export function capabilityManifests(supergraphSdl: string): { file: string; content: string }[] {
  const map = readAccessMap(supergraphSdl);
  return Object.entries(CAPABILITIES).map(([tag, c]) => ({
    file: path.join(CAPABILITIES_DIR, `${tag}.json`),
    content: `${JSON.stringify({
      capability: tag,
      rule: c.rule,
      appTypes: c.appTypes,
      generatedFrom: `supergraph.graphql: root fields tagged @tag(name: "${tag}") (npm run compose)`,
      rootFields: map.capabilityRoots.get(tag) ?? [],
    }, null, 2)}\n`,
  }));
}

/** The type a field shows: its named type, or a Relay connection's node type. */
function shownType(map: AccessMap, coordinate: string): GraphQLNamedType | undefined {
  const [typeName, fieldName] = coordinate.split('.') as [string, string];
  const type = map.schema.getType(typeName);
  if (!type || !(isObjectType(type) || isInterfaceType(type))) return undefined;
  const field = type.getFields()[fieldName];
  if (!field) return undefined;
  const named = getNamedType(field.type);
  if (isObjectType(named) && named.name.endsWith('Connection')) {
    const edge = named.getFields().edges && getNamedType(named.getFields().edges!.type);
    const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
    if (node) return getNamedType(node.type);
  }
  return named;
}

/** Which entities a type's data belongs to: packages/core's list, and the guards of the fields that show it. */
function ownersOf(map: AccessMap): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const [entity, { shows }] of Object.entries(PERMISSION_ENTITIES)) {
    for (const type of shows) owners.set(type, new Set([...(owners.get(type) ?? []), entity]));
  }
  for (const [coordinate, guard] of map.guards) {
    const shown = shownType(map, coordinate)?.name;
    if (shown) owners.set(shown, new Set([...(owners.get(shown) ?? []), guard.entity]));
  }
  return owners;
}

function tagsOf(directives: readonly ConstDirectiveNode[] | undefined): string[] {
  return (directives ?? []).flatMap((d) => {
    if (d.name.value !== 'tag') return [];
    const name = d.arguments?.find((a) => a.name.value === 'name')?.value;
    return name?.kind === Kind.STRING ? [name.value] : [];
  });
}

function guardOf(directives: readonly ConstDirectiveNode[] | undefined): Guard | undefined {
  const d = directives?.find((x) => x.name.value === 'requiresPermission');
  if (!d) return undefined;
  const arg = (name: string) => {
    const value = d.arguments?.find((a) => a.name.value === name)?.value;
    return value && (value.kind === Kind.STRING || value.kind === Kind.ENUM) ? value.value : undefined;
  };
  const entity = arg('entity');
  const operation = arg('operation');
  return entity && operation ? { entity, operation } : undefined;
}
