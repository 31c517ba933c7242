import { DomainError } from '@appmarket/core';
import {
  getNullableType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType,
} from 'graphql';
import type { Bound, InputBounds } from './bound';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// C0 controls and DEL and C1 controls; tab, LF and CR are allowed in multi-line text only.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROL_OR_BREAK = /[\u0000-\u001F\u007F-\u009F]/;
// A surrogate without its pair cannot be stored as UTF-8 (PostgreSQL refuses it); Node ≥ 20 checks it natively.
const wellFormed = (value: string) => (value as string & { isWellFormed(): boolean }).isWellFormed();
const OPAQUE_ID = /^[\x21-\x7E]+$/;

/** The refusal of one argument: its code, and the argument's path in `extensions.field`. */
export class InputBoundError extends DomainError {
  constructor(code: string, field: string, message: string, details: Record<string, unknown> = {}) {
    super(code, `${field}: ${message}`, { field, ...details });
  }
}

/** Code points, counted only when the UTF-16 length could exceed `max`. */
function tooLong(value: string, max: number): number | null {
  if (value.length <= max) return null;
  let count = 0;
  for (const _ of value) if (++count > max) return count;
  return null;
}

function checkText(value: string, path: string, bound: Bound, nullable: boolean): void {
  if (bound.kind === 'text') {
    if (tooLong(value, bound.max) !== null) throw new InputBoundError('INPUT_TOO_LONG', path, `longer than ${bound.max} characters`, { max: bound.max });
    if ((bound.multiline ? CONTROL : CONTROL_OR_BREAK).test(value) || !wellFormed(value)) {
      throw new InputBoundError('INPUT_INVALID_TEXT', path, bound.multiline ? 'holds a control character' : 'holds a control character or a line break');
    }
    if (!(bound.blank ?? nullable) && value.trim() === '') throw new InputBoundError('INPUT_BLANK', path, 'must not be blank');
    if (bound.pattern && value !== '' && !bound.pattern.regex.test(value)) {
      throw new InputBoundError('INPUT_INVALID_FORMAT', path, `is not ${bound.pattern.name}`, { format: bound.pattern.name });
    }
    return;
  }
  if (bound.kind === 'id') {
    if (!UUID.test(value)) throw new InputBoundError('INPUT_INVALID_ID', path, 'is not a UUID');
    return;
  }
  if (bound.kind === 'opaqueId') {
    if (value.length > bound.max || !OPAQUE_ID.test(value)) {
      throw new InputBoundError('INPUT_INVALID_ID', path, `is not an id of 1 to ${bound.max} printable characters`, { max: bound.max });
    }
    return;
  }
  if (bound.kind === 'url') {
    if (value.length > bound.max) throw new InputBoundError('INPUT_TOO_LONG', path, `longer than ${bound.max} characters`, { max: bound.max });
    if (!validUrl(value, bound.schemes)) {
      throw new InputBoundError('INPUT_INVALID_URL', path, `is not an absolute ${bound.schemes.join(' or ')} URL with a host`);
    }
    return;
  }
  if (bound.kind === 'unchecked') return;
  // Our mistake, not the caller's: test/integration/input-bounds.test.ts refuses a bound of the wrong kind.
  throw new Error(`${path}: a ${bound.kind} bound on a string`);
}

function validUrl(value: string, schemes: readonly string[]): boolean {
  if (CONTROL_OR_BREAK.test(value) || /\s/.test(value)) return false;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return false;
  }
  return schemes.includes(parsed.protocol.slice(0, -1)) && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

function checkNumber(value: number, path: string, bound: Bound): void {
  if (bound.kind !== 'int' && bound.kind !== 'float') return;
  if (!Number.isFinite(value) || value < bound.min || value > bound.max) {
    throw new InputBoundError('INPUT_OUT_OF_RANGE', path, `must be between ${bound.min} and ${bound.max}`, { min: bound.min, max: bound.max });
  }
}

/**
 * Checks one value as GraphQL coerced it against its type and bound, then each list item and each
 * input-object field against theirs (`bounds` by coordinate). Throws the first refusal.
 */
export function checkInput(value: unknown, type: GraphQLInputType, bound: Bound | undefined, path: string, bounds: InputBounds): void {
  if (value === null || value === undefined) return;
  if (bound?.kind === 'unchecked') return;
  const nullable = !isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) {
    const items = value as unknown[];
    if (bound?.kind === 'list' && items.length > bound.maxItems) {
      throw new InputBoundError('INPUT_TOO_MANY_ITEMS', path, `has ${items.length} items, at most ${bound.maxItems}`, { max: bound.maxItems });
    }
    const itemBound = bound?.kind === 'list' ? bound.items : undefined;
    items.forEach((item, i) => checkInput(item, inner.ofType as GraphQLInputType, itemBound, `${path}[${i}]`, bounds));
    return;
  }
  if (isInputObjectType(inner)) {
    const object = value as Record<string, unknown>;
    for (const field of Object.values(inner.getFields())) {
      checkInput(object[field.name], field.type, bounds[`${inner.name}.${field.name}`], `${path}.${field.name}`, bounds);
    }
    return;
  }
  if (!isScalarType(inner)) return; // enums: GraphQL accepted only their values
  if (inner.name === 'ID' && typeof value === 'string') return checkText(value, path, bound ?? { kind: 'id' }, nullable);
  if (bound === undefined) return;
  if (typeof value === 'string') return checkText(value, path, bound, nullable);
  if (typeof value === 'number') return checkNumber(value, path, bound);
}
