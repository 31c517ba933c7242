import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import YAML from 'yaml';
import { ROOT } from './root';
import { SUBGRAPHS } from './subgraphs';

/** The committed contracts: each subgraph's SDL and the supergraph composed from supergraph.yaml. */
export { ROOT };
export const SUPERGRAPH_CONFIG = path.join(ROOT, 'supergraph.yaml');
export const SUPERGRAPH_FILE = path.join(ROOT, 'supergraph.graphql');


interface SupergraphConfig {
  federation_version: string;
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

export function readSupergraphConfig(): SupergraphConfig {
  return YAML.parse(readFileSync(SUPERGRAPH_CONFIG, 'utf8')) as SupergraphConfig;
}

/** Each subgraph's SDL as its code prints it now, with the file it is committed to. */
export async function printSubgraphSdls(): Promise<{ name: string; file: string; sdl: string }[]> {
  const config = readSupergraphConfig();
  return Promise.all(
    SUBGRAPHS.map(async (subgraph) => {
      const entry = config.subgraphs[subgraph.name];
      if (!entry) throw new Error(`supergraph.yaml has no subgraph named ${subgraph.name}`);
      const sdl = `${printSubgraphSchema(await subgraph.buildSchema()).trim()}\n`;
      return { name: subgraph.name, file: path.resolve(ROOT, entry.schema.file), sdl };
    }),
  );
}

/** Composes the committed subgraph SDLs as supergraph.yaml lists them; throws with every composition error. */
export function composeSupergraph(): string {
  const config = readSupergraphConfig();
  const services = Object.entries(config.subgraphs).map(([name, entry]) => ({
    name,
    url: entry.routing_url,
    typeDefs: parse(readFileSync(path.resolve(ROOT, entry.schema.file), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}
