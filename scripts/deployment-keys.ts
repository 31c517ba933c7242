import { randomBytes } from 'node:crypto';
import { GATEWAY_SIGNER, generateInternalIdentityKeys } from '@appmarket/federation';
import YAML from 'yaml';
import { SUBGRAPHS } from './subgraphs';

/**
 * `npm run keys`: fresh secrets for a deployment, printed, never stored by us.
 *
 * - no option: a dotenv file for compose.yaml (`npm run keys --silent > compose.env`, then
 *   `docker compose --env-file compose.env up`): an Ed25519 identity key per service
 *   (`<SERVICE>_INTERNAL_IDENTITY_PRIVATE_KEY`), their public JWK Set, an HS256 JWT secret and the
 *   PostgreSQL password;
 * - `--kubernetes`: the Secrets appmarket-identity and appmarket-gateway of deploy/kubernetes
 *   (`npm run keys --silent -- --kubernetes > secrets.local.yaml`); DATABASE_URL stays yours.
 *
 * Rotation (docs/OPERATIONS.md) uses the same keys one service at a time.
 */
export function deploymentSecrets(): { identity: ReturnType<typeof generateInternalIdentityKeys>; jwtSecret: string; postgresPassword: string } {
  return {
    identity: generateInternalIdentityKeys([GATEWAY_SIGNER, ...SUBGRAPHS.map((s) => s.name)]),
    jwtSecret: randomBytes(32).toString('base64url'),
    postgresPassword: randomBytes(18).toString('base64url'),
  };
}

/** The environment variable compose.yaml reads a service's private key from. */
export const composeKeyVariable = (service: string) => `${service.toUpperCase().replace(/-/g, '_')}_INTERNAL_IDENTITY_PRIVATE_KEY`;

export function composeEnv(secrets = deploymentSecrets()): string {
  const quote = (value: string) => `'${value}'`;
  return [
    '# Secrets for compose.yaml, made by `npm run keys`. Keep this file private.',
    ...Object.entries(secrets.identity.privateKeys).map(([service, key]) => `${composeKeyVariable(service)}=${quote(key)}`),
    `INTERNAL_IDENTITY_PUBLIC_KEYS=${quote(secrets.identity.publicKeys)}`,
    `GATEWAY_JWT_HS256_SECRET=${secrets.jwtSecret}`,
    `POSTGRES_PASSWORD=${secrets.postgresPassword}`,
    '',
  ].join('\n');
}

export function kubernetesSecrets(secrets = deploymentSecrets()): string {
  const secret = (name: string, stringData: Record<string, string>) => YAML.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name }, type: 'Opaque', stringData });
  return [
    '# Secrets for deploy/kubernetes, made by `npm run keys -- --kubernetes`. Keep this file private.',
    secret('appmarket-identity', { ...secrets.identity.privateKeys, 'public-keys': secrets.identity.publicKeys }),
    secret('appmarket-gateway', { REDIS_URL: 'redis://redis:6379', GATEWAY_JWT_HS256_SECRET: secrets.jwtSecret }),
  ].join('---\n');
}

if (require.main === module) {
  process.stdout.write(process.argv.includes('--kubernetes') ? kubernetesSecrets() : composeEnv());
}
