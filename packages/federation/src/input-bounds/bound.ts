/**
 * Declarative bounds on what a caller may send: one per argument or input field, by its schema
 * coordinate (`Mutation.createApp(input:)`, `CreateAppInput.categories`). Each subgraph declares
 * its own in `src/input-bounds.ts` (the owner validates its writes) and passes them to
 * `buildFederatedSchema`, which checks every argument before a resolver runs (apply.ts).
 *
 * What needs a declaration: every String, Int and Float, and every list. An ID is a UUID unless
 * declared otherwise; enums, Booleans and custom scalars (DateTimeISO) are checked by GraphQL
 * itself; an input object is checked field by field through its own coordinates.
 */
export type Bound = TextBound | IdBound | OpaqueIdBound | IntBound | FloatBound | UrlBound | ListBound | UncheckedBound;

export interface TextBound {
  kind: 'text';
  /** Most characters (Unicode code points). */
  max: number;
  /** Whether "" or only spaces is accepted; by default only where the argument is nullable. */
  blank?: boolean;
  /** Tab and line breaks allowed (descriptions, reasons, XML); other control characters never are. */
  multiline?: boolean;
  /** A shape the whole string must have (INPUT_INVALID_FORMAT), its name for the docs and the message, and an example. */
  pattern?: { regex: RegExp; name: string; example: string };
}

export interface IdBound {
  kind: 'id';
}

/** An id the owner does not mint (a loyalty vendor's customer id): 1–max printable characters. */
export interface OpaqueIdBound {
  kind: 'opaqueId';
  max: number;
}

export interface IntBound {
  kind: 'int';
  min: number;
  max: number;
}

export interface FloatBound {
  kind: 'float';
  min: number;
  max: number;
}

export interface UrlBound {
  kind: 'url';
  max: number;
  /** Allowed schemes without the colon; https unless the owner widens it (and then checks with its egress policy). */
  schemes: readonly string[];
}

export interface ListBound {
  kind: 'list';
  maxItems: number;
  /** The bound of each item when the items are scalars (an ID is a UUID without one). */
  items?: Bound;
}

/** No check here, and why (federation's own `_entities` representations, built by the gateway). */
export interface UncheckedBound {
  kind: 'unchecked';
  reason: string;
}

/** A map of bounds by schema coordinate. */
export type InputBounds = Readonly<Record<string, Bound>>;

export const text = (max: number, options: Omit<TextBound, 'kind' | 'max'> = {}): TextBound => ({ kind: 'text', max, ...options });
/** Text over several lines (tab and line breaks allowed). */
export const longText = (max: number, options: Omit<TextBound, 'kind' | 'max' | 'multiline'> = {}): TextBound =>
  ({ kind: 'text', max, multiline: true, ...options });
/** Text of one shape: `name` says which in the docs and in the refusal; `example` is one that fits. */
export const shaped = (max: number, regex: RegExp, name: string, example: string, options: Omit<TextBound, 'kind' | 'max' | 'pattern'> = {}): TextBound => {
  if (!regex.test(example) || example.length > max) throw new Error(`shaped: the example ${example} is not ${name}`);
  return { kind: 'text', max, pattern: { regex, name, example }, ...options };
};
export const uuid = (): IdBound => ({ kind: 'id' });
export const opaqueId = (max: number): OpaqueIdBound => ({ kind: 'opaqueId', max });
export const int = (min: number, max: number): IntBound => ({ kind: 'int', min, max });
export const float = (min: number, max: number): FloatBound => ({ kind: 'float', min, max });
export const url = (max = 2048, schemes: readonly string[] = ['https']): UrlBound => ({ kind: 'url', max, schemes });
export const list = (maxItems: number, items?: Bound): ListBound => ({ kind: 'list', maxItems, ...(items ? { items } : {}) });
export const unchecked = (reason: string): UncheckedBound => ({ kind: 'unchecked', reason });

/** The same argument bounds on several fields: `onFields(['Query.apps', 'Query.storefront'], PAGE_ARGS)`. */
export function onFields(fields: readonly string[], args: Readonly<Record<string, Bound>>): Record<string, Bound> {
  return Object.fromEntries(fields.flatMap((field) => Object.entries(args).map(([arg, bound]) => [`${field}(${arg}:)`, bound])));
}

/**
 * Forward pagination (`first`, `after`) as every connection takes it (pagination.ts). A cursor is
 * base64url of its keyset, which may hold a 200-character name in Cyrillic (≈ 600 characters).
 */
/** `idempotencyKey` on the mutations that take one: the length here; its charset is the owner's INVALID_IDEMPOTENCY_KEY (packages/db). */
export const IDEMPOTENCY_KEY = text(128);

export const PAGE_ARGS = { first: int(1, 100), after: text(2_048) } as const;
/** Relay connections paged both ways (keyset-pages.ts): `last`/`before` as `first`/`after`. */
export const BOTH_WAYS_PAGE_ARGS = { ...PAGE_ARGS, last: int(1, 100), before: text(2_048) } as const;
