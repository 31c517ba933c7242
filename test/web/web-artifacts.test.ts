import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { apiSchemaSdl } from '../../scripts/schema/api-schema';
import { PERSISTED_DOCUMENTS, WEB_DIR, WEB_MANIFEST, webManifest } from '../../web/scripts/manifest';

const read = (file: string) => readFileSync(file, 'utf8');

/**
 * Issue 18: the web app's generated files are committed and checked like the SDLs: the API schema
 * it is typed against, codegen's typed documents and persisted documents, and the manifest the
 * gateway registers for it. A stale one fails here, naming the command that fixes it.
 */
describe('web app: generated artefacts are current', () => {
  it('web/schema.graphql is the API schema of the committed supergraph (`npm run compose`)', () => {
    expect(read(path.join(WEB_DIR, 'schema.graphql'))).toBe(apiSchemaSdl(read(path.join(WEB_DIR, '..', 'supergraph.graphql'))));
  });

  it('codegen output matches the operations in web/src (`npm run codegen -w web`)', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'appmarket-codegen-'));
    try {
      const cli = path.join(path.dirname(require.resolve('@graphql-codegen/cli/package.json')), 'cjs', 'bin.js');
      execFileSync(process.execPath, [cli, '--config', 'codegen.ts', '--silent'], { cwd: WEB_DIR, env: { ...process.env, WEB_CODEGEN_OUT: `${out}/` }, stdio: 'pipe' });
      const generated = readdirSync(out).sort();
      expect(generated).toEqual(readdirSync(path.join(WEB_DIR, 'src', 'gql')).sort());
      for (const file of generated) {
        expect({ file, same: read(path.join(out, file)) === read(path.join(WEB_DIR, 'src', 'gql', file)) }).toEqual({ file, same: true });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 90_000);

  it('gateway/persisted-queries/web.json registers exactly the app\'s persisted documents', () => {
    expect(read(WEB_MANIFEST)).toBe(webManifest(JSON.parse(read(PERSISTED_DOCUMENTS)) as Record<string, string>));
  });
});
