import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const inCI = Boolean(process.env.CI && process.env.CI !== 'false');

// The suites that read the real archive through tests/helpers/archive.ts run a second time against
// PostgreSQL: same tests, same expectations, other backend.
const POSTGRES_SUITES = [
  'tests/web/api.test.ts',
  'tests/web/search-page.test.ts',
  'tests/web/report-page.test.ts',
  'tests/web/hostile-input.test.ts',
  'tests/web/errors.test.ts',
  'tests/web/fuzz-http.test.ts',
  'tests/web/topics.test.ts',
  'tests/web/widening.test.ts',
  'tests/web/unicode-forms.test.ts',
  'tests/search/real-corpus.test.ts',
  'tests/search/relevance.test.ts',
  'tests/search/questions.test.ts',
  'tests/search/related.test.ts',
  'tests/search/timeline.test.ts',
  'tests/search/postgres/**/*.test.ts',
  'tests/faults/postgres-*.test.ts',
];

// Like the browser suites: without PostgreSQL they are skipped loudly on a developer machine, and
// they fail in CI (the project's globalSetup throws).
// (scripts/lib/postgres-cluster.ts says the same with more detail; the config cannot import it.)
const postgresBin = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';
const withPostgres = existsSync(join(postgresBin, 'initdb')) || inCI;
if (!withPostgres) {
  console.warn(`\n⚠️  [postgres] TESTS POSTGRESQL IGNORÉS — PostgreSQL est introuvable dans ${postgresBin} : « sudo apt-get install -y postgresql ».\n`);
}

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser and server suites start real processes; two cores are all we have.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'embedded',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/search/postgres/**', 'tests/faults/postgres-*.test.ts'],
        },
      },
      ...(withPostgres
        ? [{
            extends: true as const,
            test: {
              name: 'postgres',
              include: POSTGRES_SUITES,
              env: { ARCHIVE_BACKEND: 'postgres' },
              globalSetup: ['tests/helpers/postgres-setup.ts'],
            },
          }]
        : []),
    ],
  },
});
