import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../contracts';
import { API_SCHEMA_FILE } from './api-schema';
import { baselineText, lintApiSchemaFile, LINT_BASELINE_FILE } from './lint';

/**
 * `npm run schema:baseline`: rewrites schema/lint-baseline.txt with every violation the schema
 * linter finds in web/schema.graphql now. For intended exceptions and for recording fixes; review
 * the diff before committing it: a new line is a new violation someone has to justify.
 */
lintApiSchemaFile(API_SCHEMA_FILE)
  .then((findings) => {
    writeFileSync(LINT_BASELINE_FILE, baselineText(findings));
    console.log(`wrote ${path.relative(ROOT, LINT_BASELINE_FILE)} (${findings.length} known violations)`);
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
