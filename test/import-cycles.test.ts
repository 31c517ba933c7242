import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findImportCycles } from '../scripts/import-cycles';
import { ROOT } from '../scripts/contracts';

describe('import cycles', () => {
  it('are found however the files import each other: type-only, re-exports, through a third file', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'import-cycles-'));
    try {
      writeFileSync(path.join(root, 'tsconfig.base.json'), JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16' } }));
      mkdirSync(path.join(root, 'src', 'deep'), { recursive: true });
      const write = (file: string, text: string) => writeFileSync(path.join(root, 'src', file), text);
      write('service.ts', `import { Write } from './write';\nexport class Service { w?: Write }\n`);
      write('write.ts', `import type { Service } from './service';\nexport class Write { s?: Service }\n`);
      write('a.ts', `export * from './deep/b';\n`);
      write('deep/b.ts', `import { c } from '../c';\nexport const b = c;\n`);
      write('c.ts', `export const c = 1;\nexport async function later() { return import('./a'); }\n`);
      write('leaf.ts', `import { Service } from './service';\nexport const leaf = Service;\n`);
      expect(findImportCycles(root, ['src'])).toEqual([
        ['src/a.ts', 'src/deep/b.ts', 'src/c.ts', 'src/a.ts'],
        ['src/service.ts', 'src/write.ts', 'src/service.ts'],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('there are none in gateway/, packages/ and subgraphs/', () => {
    const cycles = findImportCycles(ROOT, ['gateway', 'packages', 'subgraphs']);
    expect(cycles.map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
