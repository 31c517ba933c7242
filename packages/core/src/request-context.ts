import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One value a request carries through its async call chain (its id, its SQL statement scope, …).
 * Each package owns its slots; this module knows none of them.
 */
export class RequestSlot<T> {
  /** The slot's key in the shared store: a symbol, so two slots never meet even with one name. */
  private readonly key: symbol;

  constructor(name: string) {
    this.key = Symbol(name);
  }

  /** The slot's value in the current async call chain, if any. */
  get(): T | undefined {
    return storage.getStore()?.[this.key] as T | undefined;
  }

  /**
   * Runs `fn` with this slot set to `value` (undefined: cleared) and every other slot as it is:
   * the outer chain keeps its own values, only `fn`'s chain sees the new one.
   */
  run<R>(value: T | undefined, fn: () => R): R {
    return storage.run({ ...storage.getStore(), [this.key]: value }, fn);
  }
}

/**
 * The one AsyncLocalStorage behind every slot. Node 20 copies each AsyncLocalStorage's store onto
 * every promise a request creates (async_hooks' init hook); slots in one store pay that once
 * instead of once per store (issue 17, item 3: the promise hooks were 4–6 % of a subgraph's CPU).
 */
const storage = new AsyncLocalStorage<Readonly<Record<symbol, unknown>>>();
