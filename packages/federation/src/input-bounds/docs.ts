import type { Bound } from './bound';
import type { BoundedInput } from './apply';

/** A bound in words, for docs/INPUT-BOUNDS.md. */
export function describeBound(bound: Bound | undefined, type: string, checkedBy: BoundedInput['checkedBy'] = 'uuid'): string {
  if (!bound) {
    if (checkedBy === 'fields') return 'its fields\' bounds';
    if (checkedBy === 'graphql') return 'its type (GraphQL)';
    return 'UUID';
  }
  switch (bound.kind) {
    case 'text': {
      const parts = [`≤ ${bound.max} chars`];
      const blankAllowed = bound.blank ?? !type.endsWith('!');
      if (!blankAllowed) parts.push('not blank');
      parts.push(bound.multiline ? 'lines allowed' : 'one line');
      if (bound.pattern) parts.push(`${bound.pattern.name} (e.g. ${bound.pattern.example})`);
      return parts.join(', ');
    }
    case 'id': return 'UUID';
    case 'opaqueId': return `1–${bound.max} printable ASCII characters`;
    case 'int': case 'float': return `${bound.min} to ${bound.max}`;
    case 'url': return `${bound.schemes.join('/')} URL with a host, ≤ ${bound.max} chars`;
    case 'list': return `≤ ${bound.maxItems} items${bound.items ? `; each ${describeBound(bound.items, type.replace(/^\[|\]!?$/g, ''))}` : ''}`;
    case 'unchecked': return `not checked here: ${bound.reason}`;
  }
}

/** The codes a refusal under this bound can carry. */
export function codesOf(bound: Bound | undefined, type: string, checkedBy: BoundedInput['checkedBy'] = 'uuid'): string[] {
  if (!bound) return checkedBy === 'uuid' ? ['INPUT_INVALID_ID'] : [];
  switch (bound.kind) {
    case 'text': {
      const codes = ['INPUT_TOO_LONG', 'INPUT_INVALID_TEXT'];
      if (!(bound.blank ?? !type.endsWith('!'))) codes.push('INPUT_BLANK');
      if (bound.pattern) codes.push('INPUT_INVALID_FORMAT');
      return codes;
    }
    case 'id': case 'opaqueId': return ['INPUT_INVALID_ID'];
    case 'int': case 'float': return ['INPUT_OUT_OF_RANGE'];
    case 'url': return ['INPUT_TOO_LONG', 'INPUT_INVALID_URL'];
    case 'list': return ['INPUT_TOO_MANY_ITEMS', ...(bound.items ? codesOf(bound.items, type.replace(/^\[|\]!?$/g, '')) : [])];
    case 'unchecked': return [];
  }
}

/** One markdown table of a subgraph's arguments and input fields with their bounds and codes. */
export function renderBoundsTable(rows: BoundedInput[]): string[] {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| Argument or input field | Type | Bound | Codes |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| \`${r.coordinate}\` | \`${cell(r.type)}\` | ${cell(describeBound(r.bound, r.type, r.checkedBy))} | ${codesOf(r.bound, r.type, r.checkedBy).map((c) => `\`${c}\``).join(' ')} |`),
  ];
}
