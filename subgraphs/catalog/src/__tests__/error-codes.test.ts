import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ErrorCodes } from '@appmarket/core';
import { CatalogErrorCodes } from '../error-codes';

/** Every code the catalog throws is in its catalogue (or the generic one), with a description. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === '__tests__' ? [] : sources(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

describe('catalog error codes', () => {
  it('lists every code the catalog throws', () => {
    const thrown = new Set<string>();
    for (const file of sources(path.join(__dirname, '..'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:DomainError\(|refuse\(|refusal: )'([A-Z_]+)'/g)) thrown.add(match[1]!);
    }
    expect(thrown.size).toBeGreaterThan(20);
    const known = new Set([...Object.keys(CatalogErrorCodes), ...Object.keys(ErrorCodes)]);
    expect([...thrown].filter((code) => !known.has(code))).toEqual([]);
    for (const description of Object.values(CatalogErrorCodes)) expect(description.length).toBeGreaterThan(10);
  });
});
