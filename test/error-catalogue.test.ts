import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildErrorCatalogue, withStatus } from '@appmarket/core';
import { ROOT, SUPERGRAPH_FILE } from '../scripts/contracts';
import { buildASTSchema, parse } from 'graphql';
import { ERROR_CODE_OWNERS, ERRORS_DOC, mutationUserErrors, renderErrorsDoc } from '../scripts/error-catalogue';

/**
 * One catalogue of every code the API answers with: each code has one owner, a description and,
 * where it refuses a whole request, an HTTP status; docs/ERRORS.md is generated from it.
 */
describe('error catalogue', () => {
  it('docs/ERRORS.md is what `npm run errors` generates from the owners\' maps', () => {
    if (readFileSync(ERRORS_DOC, 'utf8') !== renderErrorsDoc()) {
      throw new Error('docs/ERRORS.md is stale: run `npm run errors` and commit it');
    }
  });

  it('issue 19: every public mutation answers <Name>Payload with userErrors whose codes are catalogued', () => {
    const schema = buildASTSchema(parse(readFileSync(SUPERGRAPH_FILE, 'utf8')), { assumeValidSDL: true });
    const mutations = mutationUserErrors(schema);
    const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
    expect(mutations.filter((m) => m.payload !== `${pascal(m.mutation)}Payload`).map((m) => `${m.mutation}: ${m.payload}`)).toEqual([]);
    expect(mutations.filter((m) => m.codes.length === 0).map((m) => m.mutation)).toEqual([]);
    const known = new Set(buildErrorCatalogue(ERROR_CODE_OWNERS).map((e) => e.code));
    expect(mutations.flatMap((m) => m.codes.filter((c) => !known.has(c)).map((c) => `${m.mutation}: ${c}`))).toEqual([]);
  });

  it('refuses a code with two owners, a code that is not UPPER_SNAKE_CASE, and a status that is not an error', () => {
    expect(() => buildErrorCatalogue([
      { owner: 'a', file: 'a.ts', codes: { SAME_CODE: 'described by a' } },
      { owner: 'b', file: 'b.ts', codes: { SAME_CODE: 'described by b', lower: 'a code in lower case', OK_CODE: withStatus(302, 'a redirect is no error') } },
    ])).toThrow(/SAME_CODE is declared by a and by b[\s\S]*lower is not UPPER_SNAKE_CASE[\s\S]*HTTP status 302/);
  });

  it('every client error is 4xx and only our own or a dependency\'s faults are 5xx', () => {
    const catalogue = buildErrorCatalogue(ERROR_CODE_OWNERS);
    const fiveHundreds = catalogue.filter((e) => (e.status ?? 0) >= 500).map((e) => e.code).sort();
    expect(fiveHundreds).toEqual(['INTERNAL_SERVER_ERROR', 'UPSTREAM_ERROR', 'UPSTREAM_TIMEOUT', 'UPSTREAM_UNAVAILABLE']);
  });

  it('lists every code the sources throw or answer with', () => {
    const known = new Set(buildErrorCatalogue(ERROR_CODE_OWNERS).map((e) => e.code));
    const used = new Map<string, string>();
    for (const dir of ['gateway/src', 'packages', 'subgraphs']) {
      for (const file of sources(path.join(ROOT, dir))) {
        const text = readFileSync(file, 'utf8');
        for (const match of text.matchAll(/(?:DomainError\(|super\(|code: |refuse\(|refusal: |sendError\([^,]+, \d+, |Error\()'([A-Z][A-Z0-9_]{3,})'/g)) {
          used.set(match[1]!, path.relative(ROOT, file));
        }
      }
    }
    expect(used.size).toBeGreaterThan(80);
    expect([...used].filter(([code]) => !known.has(code))).toEqual([]);
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return ['__tests__', 'node_modules', 'migrations'].includes(name) ? [] : sources(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}
