import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { Kind, parse, visit, type ASTNode } from 'graphql';
import { ROOT } from '../contracts';

/**
 * The schema linter (eslint.config.js: @graphql-eslint's naming, description and Relay rules) run
 * programmatically, its findings keyed by schema coordinate rather than line, so that the reviewed
 * baseline (schema/lint-baseline.txt) survives reprinting and reordering of the schema.
 */
export const LINT_BASELINE_FILE = path.join(ROOT, 'schema', 'lint-baseline.txt');

export interface LintFinding {
  rule: string;
  /** `Type`, `Type.field`, `Type.field(arg:)` or `Enum.VALUE`. */
  coordinate: string;
  message: string;
}

// eslint.config.js is CommonJS so that the eslint CLI and this module share one rule set.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { schemaLintConfig } = require('../../eslint.config.js') as {
  schemaLintConfig: (files: string[], parserOptions: Linter.ParserOptions) => Linter.Config;
};

/**
 * Outside jest, @graphql-eslint's rules keep what they derive from the schema (edge types,
 * reachable types) in module-level caches that only NODE_ENV=test turns off, so a second, different
 * schema linted in the same process would be judged by the first one's types.
 */
let schemaLintedOutsideTests: string | undefined;

/** Lints SDL as if it were the API schema file; `sdl` is also the schema the rules resolve types in. */
export async function lintSchema(sdl: string): Promise<LintFinding[]> {
  if (process.env.NODE_ENV !== 'test') {
    if (schemaLintedOutsideTests !== undefined && schemaLintedOutsideTests !== sdl) {
      throw new Error('lintSchema: one schema per process outside jest (graphql-eslint caches the first schema it saw)');
    }
    schemaLintedOutsideTests = sdl;
  }
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [schemaLintConfig(['**/*.graphql'], { schemaSdl: sdl })],
  });
  const [result] = await eslint.lintText(sdl, { filePath: path.join(ROOT, 'web', 'schema.graphql') });
  const coordinateAt = coordinateLocator(sdl);
  return result!.messages.map((m) => {
    if (!m.ruleId) throw new Error(`the schema linter could not run: ${m.message}`);
    return {
      rule: m.ruleId.replace('@graphql-eslint/', ''),
      coordinate: coordinateAt(m.line, m.column),
      message: shorten(m.message),
    };
  });
}

export function lintApiSchemaFile(file: string): Promise<LintFinding[]> {
  return lintSchema(readFileSync(file, 'utf8'));
}

/** One line of the baseline file. */
export function findingKey(f: LintFinding): string {
  return `${f.rule} | ${f.coordinate} | ${f.message}`;
}

export function readBaseline(file = LINT_BASELINE_FILE): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

export function baselineText(findings: LintFinding[]): string {
  const keys = [...new Set(findings.map(findingKey))].sort();
  return `${[
    '# Known violations of the schema lint rules (eslint.config.js) in web/schema.graphql, reviewed.',
    '# One per line: rule | schema coordinate | message. npm test fails on a violation not listed here',
    '# and on a line that no longer occurs. Fix the schema rather than add a line; for an intended',
    '# exception run `npm run schema:baseline` and commit this file with the reason in the commit.',
    ...keys,
  ].join('\n')}\n`;
}

/** Findings not in the baseline, and baseline lines that no longer occur. */
export function compareWithBaseline(findings: LintFinding[], baseline: string[]): { added: string[]; gone: string[] } {
  const found = new Set(findings.map(findingKey));
  const known = new Set(baseline);
  return {
    added: [...found].filter((k) => !known.has(k)).sort(),
    gone: [...known].filter((k) => !found.has(k)).sort(),
  };
}

/** The mutation verb rule quotes its whole regular expression; the baseline should not change with the verb list. */
function shorten(message: string): string {
  return message.replace(/should contain the required pattern: .*$/, 'should start with a verb (MUTATION_VERBS in eslint.config.js)');
}

/** Maps a 1-based line and column to the schema coordinate of the innermost definition around it. */
function coordinateLocator(sdl: string): (line: number, column: number) => string {
  const lineStarts = [0];
  for (let i = 0; i < sdl.length; i += 1) if (sdl[i] === '\n') lineStarts.push(i + 1);
  const spans: { start: number; end: number; coordinate: string }[] = [];
  const typeNames: string[] = [];
  const fieldNames: string[] = [];
  const add = (node: ASTNode, coordinate: string) => {
    if (node.loc) spans.push({ start: node.loc.start, end: node.loc.end, coordinate });
  };
  const typeKinds = new Set<string>([
    Kind.OBJECT_TYPE_DEFINITION, Kind.INTERFACE_TYPE_DEFINITION, Kind.INPUT_OBJECT_TYPE_DEFINITION,
    Kind.ENUM_TYPE_DEFINITION, Kind.UNION_TYPE_DEFINITION, Kind.SCALAR_TYPE_DEFINITION,
    Kind.OBJECT_TYPE_EXTENSION, Kind.INTERFACE_TYPE_EXTENSION,
  ]);
  visit(parse(sdl), {
    enter(node) {
      if (typeKinds.has(node.kind) && 'name' in node && node.name) {
        typeNames.push(node.name.value);
        add(node, node.name.value);
      } else if (node.kind === Kind.DIRECTIVE_DEFINITION) {
        add(node, `@${node.name.value}`);
      } else if (node.kind === Kind.FIELD_DEFINITION) {
        fieldNames.push(node.name.value);
        add(node, `${typeNames.at(-1)}.${node.name.value}`);
      } else if (node.kind === Kind.INPUT_VALUE_DEFINITION) {
        const field = fieldNames.at(-1);
        add(node, field ? `${typeNames.at(-1)}.${field}(${node.name.value}:)` : `${typeNames.at(-1)}.${node.name.value}`);
      } else if (node.kind === Kind.ENUM_VALUE_DEFINITION) {
        add(node, `${typeNames.at(-1)}.${node.name.value}`);
      }
    },
    leave(node) {
      if (typeKinds.has(node.kind)) typeNames.pop();
      if (node.kind === Kind.FIELD_DEFINITION) fieldNames.pop();
    },
  });
  return (line, column) => {
    const offset = (lineStarts[line - 1] ?? 0) + column - 1;
    const around = spans.filter((s) => s.start <= offset && offset < s.end);
    around.sort((a, b) => a.end - a.start - (b.end - b.start));
    return around[0]?.coordinate ?? '(schema)';
  };
}
