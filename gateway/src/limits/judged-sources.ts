import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { judgeCost, judgeSourceStructure, judgeStructure, type OperationLimits, type RequestShape } from './judge';
import type { WorkCounter } from './measure';

/**
 * judgeSource and judgeDocument with the part that depends on the query text alone (tokens,
 * syntax, structure) remembered per text that passed it: a client repeats the same few documents,
 * and lexing, parsing and walking each one again per request was 2–3 % of the gateway's CPU. The
 * cost (variables, operation name) is judged on every request; a text that fails a limit is judged
 * afresh each time (its refusal says what it measured). Results and refusals are exactly
 * judgeSource's and judgeDocument's, and so is the work counter: a hit adds the visits the
 * remembered judgement counted, so the counter reads the work a document demands whether or not
 * it was remembered.
 *
 * Bounded (lru-cache, least recently used first out): at most `maxEntries` texts and `maxBytes` as estimated (the text, and
 * ≈ 200 bytes of syntax tree per token for a document kept to answer judgeSource).
 */
export const JUDGED_SOURCES_BOUNDS = { maxEntries: 1_000, maxBytes: 16 * 1024 * 1024 };
const BYTES_PER_TOKEN = 200;

interface Judged {
  /** Parsed without locations; only when judgeSource parsed it (Apollo Server's documents keep every token: not kept). */
  document?: DocumentNode;
  /** The visits the judgement of the structure counted (the tokens' visits apart: judgeDocument does not count them). */
  structureVisits: number;
  /** The tokens judgeSource counted (one visit each); 0 when judgeDocument judged the text. */
  tokens: number;
}

export class JudgedSources {
  private readonly passed: LRUCache<string, Judged>;

  constructor(private readonly limits: OperationLimits, bounds = JUDGED_SOURCES_BOUNDS) {
    this.passed = new LRUCache<string, Judged>({ max: bounds.maxEntries, maxSize: bounds.maxBytes });
  }

  /** As judgeSource(source, request, limits, counter). */
  judgeSource(source: string, request: RequestShape, counter: WorkCounter = { visits: 0 }): DocumentNode | undefined {
    const known = this.passed.get(source);
    let document = known?.document;
    if (known && document) {
      counter.visits += known.tokens + known.structureVisits;
    } else {
      const own: WorkCounter = { visits: 0 };
      try {
        const judged = judgeSourceStructure(source, this.limits, own);
        if (!judged) return undefined;
        document = judged.document;
        this.remember(source, { document, tokens: judged.tokens, structureVisits: own.visits - judged.tokens }, 2 * source.length + BYTES_PER_TOKEN * judged.tokens);
      } finally {
        counter.visits += own.visits;
      }
    }
    judgeCost(document, request, this.limits, counter);
    return document;
  }

  /** As judgeDocument(document, request, limits, counter), for `document` parsed from `source`. */
  judgeDocument(source: string, document: DocumentNode, request: RequestShape, counter: WorkCounter = { visits: 0 }): void {
    const known = this.passed.get(source);
    if (known) {
      counter.visits += known.structureVisits;
    } else {
      const own: WorkCounter = { visits: 0 };
      try {
        judgeStructure(document, this.limits, own);
        this.remember(source, { tokens: 0, structureVisits: own.visits }, 2 * source.length);
      } finally {
        counter.visits += own.visits;
      }
    }
    judgeCost(document, request, this.limits, counter);
  }

  /** A text heavier than the whole bound is not remembered (lru-cache would drop it anyway); sizes must be positive integers. */
  private remember(source: string, judged: Judged, bytes: number): void {
    if (bytes <= this.passed.maxSize) this.passed.set(source, judged, { size: Math.max(1, bytes) });
  }
}
