/**
 * Interleaved rounds (issue 17, item 1): in every round every target runs every operation it
 * serves, in an order that changes from round to round, so no target always runs first (or right
 * after the same neighbour) and slow drifts of the shared machine fall on every target alike.
 *
 * Per round, the operations come in a seeded shuffle, and for each operation the targets come in a
 * seeded base order rotated by the round's number: with R rounds and T targets each target takes
 * min(R, T) different positions. The seed is recorded, so a run's orders can be repeated.
 */

/** mulberry32: a small, good-enough seeded generator (uniform in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const rotate = <T>(items: readonly T[], by: number): T[] => items.map((_, i) => items[(i + by) % items.length]!);

export interface Step<Op, Target> {
  round: number;
  operation: Op;
  /** The targets, in the order they run this operation this round. */
  targets: Target[];
}

/**
 * The plan of every round: `servedBy(op)` lists the targets that serve an operation. Operations
 * keep their own base order of targets, so each operation's rotation is balanced on its own.
 */
export function schedule<Op, Target>(rounds: number, seed: number, ops: readonly Op[], servedBy: (op: Op) => Target[]): Step<Op, Target>[][] {
  const random = seededRandom(seed);
  const base = new Map(ops.map((op) => [op, shuffle(servedBy(op), random)]));
  return Array.from({ length: rounds }, (_, round) =>
    shuffle(ops, random).map((operation) => ({ round: round + 1, operation, targets: rotate(base.get(operation)!, round) })),
  );
}

// ---------------------------------------------------------------- statistics of a figure

export interface Spread {
  median: number;
  min: number;
  max: number;
  /** Every round's value, in round order. */
  values: number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function spread(values: readonly number[]): Spread | undefined {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return undefined;
  return { median: median(finite), min: Math.min(...finite), max: Math.max(...finite), values: [...values] };
}
