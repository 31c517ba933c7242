import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/**
 * Renders a Kustomize directory the way `kubectl kustomize` does, for the subset of Kustomize
 * deploy/kubernetes uses: `resources` (files and directories with their own kustomization),
 * `namespace`, `labels` (without selectors) and `images`. Anything else in a kustomization.yaml
 * is refused, so the subset cannot silently grow; where kubectl is installed the tests compare
 * this rendering with its own.
 */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  resources?: string[];
  labels?: { pairs: Record<string, string>; includeSelectors?: boolean }[];
  images?: { name: string; newName?: string; newTag?: string }[];
}

const SUPPORTED = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'labels', 'images']);
/** Kinds that live outside namespaces (the ones used here). */
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'PersistentVolume', 'StorageClass']);

export function renderKustomization(dir: string): KubernetesObject[] {
  const file = path.join(dir, 'kustomization.yaml');
  const kustomization = YAML.parse(readFileSync(file, 'utf8')) as Kustomization;
  const unsupported = Object.keys(kustomization).filter((key) => !SUPPORTED.has(key));
  if (unsupported.length) throw new Error(`${file}: unsupported by this renderer: ${unsupported.join(', ')}`);
  if (kustomization.labels?.some((l) => l.includeSelectors)) throw new Error(`${file}: labels with includeSelectors are not supported`);

  const objects = (kustomization.resources ?? []).flatMap((resource) => {
    const target = path.join(dir, resource);
    if (!existsSync(target)) throw new Error(`${file}: resource ${resource} does not exist`);
    return statSync(target).isDirectory() ? renderKustomization(target) : readObjects(target);
  });
  for (const object of objects) {
    if (kustomization.namespace && !CLUSTER_SCOPED.has(object.kind)) object.metadata.namespace = kustomization.namespace;
    for (const { pairs } of kustomization.labels ?? []) object.metadata.labels = { ...object.metadata.labels, ...pairs };
    for (const container of containersOf(object)) {
      const image = kustomization.images?.find((i) => container.image === i.name || container.image.startsWith(`${i.name}:`));
      if (image) container.image = `${image.newName ?? image.name}${image.newTag ? `:${image.newTag}` : ''}`;
    }
  }
  return objects;
}

export function readObjects(file: string): KubernetesObject[] {
  return YAML.parseAllDocuments(readFileSync(file, 'utf8'))
    .map((doc) => doc.toJS() as KubernetesObject | null)
    .filter((object): object is KubernetesObject => object !== null);
}

export interface Container {
  name: string;
  image: string;
  args?: string[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: KeyRef; configMapKeyRef?: KeyRef } }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  [field: string]: unknown;
}
export interface KeyRef {
  name: string;
  key: string;
  optional?: boolean;
}

/** The containers (and init containers) of a workload: Deployment, Job, Pod. */
export function containersOf(object: KubernetesObject): Container[] {
  const spec = object.spec as { template?: { spec?: PodSpec } } & PodSpec | undefined;
  const pod = object.kind === 'Pod' ? spec : spec?.template?.spec;
  return [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])];
}
interface PodSpec {
  containers?: Container[];
  initContainers?: Container[];
}
