import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  parse,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Caller, FrozenPermissions } from './auth';

/**
 * Field-level permissions: `@requiresPermission(entity, operation)` on a subgraph field, kept in
 * the supergraph by `@composeDirective`. Before planning, every requested field is checked
 * against the caller; denied fields are taken out of the operation (so no subgraph is asked for
 * them) and come back null, each with a FORBIDDEN error naming its path.
 */
export interface PermissionRequirement {
  entity: string;
  operation: string;
}

/** `Type.field` → what it needs, read from the supergraph SDL; a non-null guarded field is refused. */
export function permissionRequirements(supergraphSdl: string): Map<string, PermissionRequirement> {
  const requirements = new Map<string, PermissionRequirement>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    ) continue;
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === 'requiresPermission');
      if (!directive) continue;
      const arg = (name: string) => {
        const value = directive.arguments?.find((a) => a.name.value === name)?.value;
        return value && (value.kind === Kind.STRING || value.kind === Kind.ENUM) ? value.value : undefined;
      };
      // A denied field answers null, so a guarded field must be nullable (else null would
      // propagate to its parent and hide data the caller may see).
      if (field.type.kind === Kind.NON_NULL_TYPE) {
        throw new Error(`${definition.name.value}.${field.name.value} has @requiresPermission but is non-null: guarded fields must be nullable`);
      }
      const entity = arg('entity');
      const operation = arg('operation');
      if (entity && operation) requirements.set(`${definition.name.value}.${field.name.value}`, { entity, operation });
    }
  }
  return requirements;
}

/** What an account user's role allows on a field: admins everything, employees VIEW and PRINT. */
const EMPLOYEE_OPERATIONS = new Set(['VIEW', 'PRINT']);

/** Whether the caller may read a field that needs `requirement`. */
export function allows(caller: Caller, requirement: PermissionRequirement): boolean {
  const { identity } = caller;
  switch (identity.kind) {
    case 'service':
      return true;
    case 'user':
      return identity.role === 'ADMIN' || EMPLOYEE_OPERATIONS.has(requirement.operation);
    case 'moderator':
      return requirement.operation === 'VIEW';
    case 'app':
    case 'webhook':
      return frozenSetAllows(caller.permissions ?? null, requirement);
    default:
      return false;
  }
}

/** AR-2, BX-8: the install's own frozen set (a webhook's chosen one) decides; ADMIN scope is everything (AR-1), null is nothing. */
export function frozenSetAllows(permissions: FrozenPermissions | null, requirement: PermissionRequirement): boolean {
  if (!permissions) return false;
  if (permissions.scope === 'ADMIN') return true;
  return permissions.permissions.some((p) => p.entity === requirement.entity && p.operations.includes(requirement.operation));
}

/** A denied field: the response keys from the root to it, and the field's coordinate. */
export interface DeniedField {
  responsePath: string[];
  coordinate: string;
  requirement: PermissionRequirement;
}

export interface PermissionCheck {
  denied: DeniedField[];
  /** The operation without the denied fields (fragments inlined); undefined when nothing is denied. */
  document?: DocumentNode;
}

/**
 * Checks every field of the operation; the document is rewritten only when something is denied.
 * With `memo`, the requirements the operation meets (a fact of the document, whoever asks) are
 * found once per operation, and a caller they all allow is answered from them without the walk;
 * the decision is still the caller's own, on every request.
 */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  requirements: Map<string, PermissionRequirement>,
  caller: Caller,
  memo?: OperationRequirements,
): PermissionCheck {
  if (requirements.size === 0 || caller.identity.kind === 'service') return { denied: [] };
  if (memo?.requirements === requirements && memo.of(schema, document, operation).every((requirement) => allows(caller, requirement))) return { denied: [] };
  const walked = walkOperation(schema, document, operation, requirements, (requirement) => !allows(caller, requirement));
  if (!walked || walked.denied.length === 0) return { denied: [] };
  const { denied, selectionSet } = walked;
  // Variables only the denied fields used are dropped, or the operation would be invalid.
  const used = new Set<string>();
  visit(selectionSet, { Variable: (node) => void used.add(node.name.value) });
  const variableDefinitions = operation.variableDefinitions?.filter((d) => used.has(d.variable.name.value));
  return {
    denied,
    document: { kind: Kind.DOCUMENT, definitions: [{ ...operation, variableDefinitions, selectionSet }] },
  };
}

/**
 * The distinct requirements of the fields an operation asks for, per operation node (Apollo
 * Server's document cache hands every request of one query text the same nodes). Held weakly:
 * an entry lives as long as the document it describes, which Apollo Server's cache bounds.
 */
export class OperationRequirements {
  private readonly bySchema = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, PermissionRequirement[]>>();

  constructor(readonly requirements: Map<string, PermissionRequirement>) {}

  of(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): PermissionRequirement[] {
    let byOperation = this.bySchema.get(schema);
    if (!byOperation) this.bySchema.set(schema, (byOperation = new WeakMap()));
    let met = byOperation.get(operation);
    if (!met) {
      const found = new Set<PermissionRequirement>();
      // Nothing denied: the walk reaches every field any caller's walk could reach.
      walkOperation(schema, document, operation, this.requirements, (requirement) => {
        found.add(requirement);
        return false;
      });
      met = [...found];
      byOperation.set(operation, met);
    }
    return met;
  }
}

/**
 * The operation's selections without the fields `isDenied` refuses (fragments inlined), and those
 * fields; undefined when the schema has no root type for the operation.
 */
function walkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  requirements: Map<string, PermissionRequirement>,
  isDenied: (requirement: PermissionRequirement) => boolean,
): { denied: DeniedField[]; selectionSet: SelectionSetNode } | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root = schema.getRootType(operation.operation);
  if (!root) return undefined;
  const denied: DeniedField[] = [];

  const requirementOf = (type: GraphQLCompositeType, field: string): PermissionRequirement | undefined => {
    const own = requirements.get(`${type.name}.${field}`);
    if (own) return own;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const iface of type.getInterfaces()) {
        const inherited = requirements.get(`${iface.name}.${field}`);
        if (inherited) return inherited;
      }
    }
    return undefined;
  };

  const rewrite = (selectionSet: SelectionSetNode, type: GraphQLCompositeType, path: string[]): SelectionSetNode => {
    const selections: SelectionNode[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const key = selection.alias?.value ?? name;
        const requirement = name.startsWith('__') ? undefined : requirementOf(type, name);
        if (requirement && isDenied(requirement)) {
          denied.push({ responsePath: [...path, key], coordinate: `${type.name}.${name}`, requirement });
          continue;
        }
        if (selection.selectionSet && (isObjectType(type) || isInterfaceType(type))) {
          const fieldType = type.getFields()[name]?.type;
          const named = fieldType ? getNamedType(fieldType) : undefined;
          if (named && isCompositeType(named)) {
            selections.push({ ...selection, selectionSet: rewrite(selection.selectionSet, named, [...path, key]) } as FieldNode);
            continue;
          }
        }
        selections.push(selection);
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment) continue;
        const condition = fragment.typeCondition ? (schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined) : type;
        selections.push({
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: fragment.typeCondition,
          directives: selection.directives,
          selectionSet: rewrite(fragment.selectionSet, condition ?? type, path),
        });
      }
    }
    // A selection set may not be empty: keep the parent (its other data) with __typename.
    if (selections.length === 0) selections.push({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } });
    return { ...selectionSet, selections };
  };

  return { denied, selectionSet: rewrite(operation.selectionSet, root, []) };
}

/**
 * Puts each denied field back into the result as null, with a FORBIDDEN error naming its path
 * (list indices included), wherever its parent object is present.
 */
export function applyDenied(data: Record<string, unknown> | null | undefined, denied: DeniedField[]): GraphQLError[] {
  const errors: GraphQLError[] = [];
  for (const field of denied) {
    const visit = (value: unknown, rest: string[], path: (string | number)[]) => {
      if (value === null || value === undefined) return;
      if (Array.isArray(value)) {
        value.forEach((item, index) => visit(item, rest, [...path, index]));
        return;
      }
      if (typeof value !== 'object') return;
      const [head, ...tail] = rest;
      const object = value as Record<string, unknown>;
      if (tail.length === 0) {
        object[head!] = null;
        errors.push(
          new GraphQLError(`Not permitted: ${field.coordinate} needs ${field.requirement.operation} on ${field.requirement.entity}`, {
            path: [...path, head!],
            extensions: { code: 'FORBIDDEN', entity: field.requirement.entity, operation: field.requirement.operation },
          }),
        );
        return;
      }
      visit(object[head!], tail, [...path, head!]);
    };
    visit(data, field.responsePath, []);
  }
  return errors;
}
