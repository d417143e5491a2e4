#!/usr/bin/env node
// Runs every package's tests one package at a time (each boots real servers; the machine has
// two cores), then prints one summary line: "Tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, step } from './lib/util.mjs';

const packages = [
  { name: '@clinic/forms', dir: 'packages/forms' },
  { name: '@clinic/idle-gc', dir: 'packages/idle-gc' },
  { name: '@clinic/cms', dir: 'apps/cms' },
  { name: '@clinic/client', dir: 'packages/client' },
  // The bootstrap has just built the site: its e2e setup need not build it again.
  { name: '@clinic/web', dir: 'apps/web', env: { WEB_E2E_SKIP_BUILD: '1' } },
  // Black-box attacks on the built CMS and website (SECURITY.md): needs both builds, makes none.
  { name: '@clinic/security-tests', dir: 'tests/security' },
];

const reportDir = join(repoRoot, '.tools', 'test-reports');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

// With CLINIC_TEST_POSTGRES_URL (see scripts/ci/start-postgres.sh), the CMS and client suites
// that boot a CMS run a second time on PostgreSQL, the production database.
if (process.env.CLINIC_TEST_POSTGRES_URL) {
  packages.push(
    { name: '@clinic/cms', dir: 'apps/cms', label: '@clinic/cms on PostgreSQL', args: ['--project', 'api'], env: { CLINIC_TEST_POSTGRES_URL: process.env.CLINIC_TEST_POSTGRES_URL } },
    { name: '@clinic/client', dir: 'packages/client', label: '@clinic/client on PostgreSQL', args: ['--project', 'integration'], env: { CLINIC_TEST_POSTGRES_URL: process.env.CLINIC_TEST_POSTGRES_URL } },
    // The website's e2e suite counts stored rows through the CMS's admin API, so it runs on either.
    { name: '@clinic/web', dir: 'apps/web', label: '@clinic/web on PostgreSQL', args: ['--project', 'e2e'], env: { CLINIC_TEST_POSTGRES_URL: process.env.CLINIC_TEST_POSTGRES_URL, WEB_E2E_SKIP_BUILD: '1' } },
    // Backup from SQLite, restore into an empty PostgreSQL: the public content must be identical.
    { name: '@clinic/cms', dir: 'apps/cms', label: '@clinic/cms backup round trip', args: ['--project', 'backup'], env: { CLINIC_TEST_POSTGRES_URL: process.env.CLINIC_TEST_POSTGRES_URL } },
  );
} else {
  step('CLINIC_TEST_POSTGRES_URL is not set: the PostgreSQL run is left out (.ci/run sets it)');
}
const sqliteEnv = { ...process.env };
delete sqliteEnv.CLINIC_TEST_POSTGRES_URL;

const firstLine = (messages) => String(messages?.find(Boolean) ?? 'no message').split('\n').find((line) => line.trim())?.trim().slice(0, 300);

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
/** Each failed test's package, file, name and first line of error, printed again at the end. */
const failedTests = [];
for (const pkg of packages) {
  if (!existsSync(join(repoRoot, pkg.dir, 'package.json'))) continue;
  const label = pkg.label ?? pkg.name;
  step(`Testing ${label}`);
  const report = join(reportDir, `${label.replace(/\W+/g, '-')}.json`);
  const args = ['--filter', pkg.name, 'exec', 'vitest', 'run', ...(pkg.args ?? []), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const result = spawnSync('pnpm', args, {
    cwd: repoRoot,
    stdio: 'inherit',
    // The first runs use SQLite (the embedded default) even where PostgreSQL is available.
    env: pkg.env ? { ...sqliteEnv, ...pkg.env } : sqliteEnv,
  });
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    // A suite whose setup failed reports its tests as skipped: count the suite as a failure.
    failed += json.numFailedTests + (json.numFailedTests === 0 ? json.numFailedTestSuites : 0);
    skipped += json.numPendingTests + (json.numTodoTests ?? 0);
    for (const file of json.testResults) {
      const where = `${label}: ${file.name.replace(`${repoRoot}/`, '')}`;
      const failedHere = file.assertionResults.filter((test) => test.status === 'failed');
      for (const test of failedHere) failedTests.push(`${where} > ${test.fullName}\n    ${firstLine(test.failureMessages)}`);
      // A file that failed before its tests ran (setup, import) has no failed test to name.
      if (file.status === 'failed' && !failedHere.length) failedTests.push(`${where}\n    ${firstLine([file.message])}`);
    }
  }
  if (result.status !== 0) failures.push(label);
}

console.log('');
// The long logs above scroll away (CI keeps only their end): the failures are named again here.
if (failedTests.length) console.log(`Failed:\n${failedTests.map((line) => `  ${line}`).join('\n')}\n`);
if (failures.length) console.log(`Failing packages: ${failures.join(', ')}`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failures.length || failed ? 1 : 0);
