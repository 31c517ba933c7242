import path from 'node:path';

/**
 * Where the scripts run from. From source, `scripts/` is in the repository; compiled
 * (`npm run build`), it is `dist/scripts/` and the services it starts are the compiled ones beside it.
 */
const CODE = path.resolve(__dirname, '..');
export const COMPILED = __filename.endsWith('.js') && path.basename(CODE) === 'dist';
/** The repository (or the image's working directory): `.data/`, `.env`. */
export const ROOT = COMPILED ? path.dirname(CODE) : CODE;
/** Where the services' code is: the repository, or dist/. */
export const CODE_ROOT = CODE;

/** A service's entry point and how to run it: node with swc-node from source, plain node compiled. */
export function entryPoint(workspace: string): { file: string; nodeArgs: string[] } {
  return COMPILED
    ? { file: path.join(CODE_ROOT, workspace, 'src', 'main.js'), nodeArgs: ['--enable-source-maps'] }
    : { file: path.join(CODE_ROOT, workspace, 'src', 'main.ts'), nodeArgs: ['-r', '@swc-node/register'] };
}
