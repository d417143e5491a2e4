#!/usr/bin/env node
// Runs every package's tests one package at a time (each boots real servers; the machine has
// two cores), then prints one summary line: "Tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, step } from './lib/util.mjs';

const packages = [
  { name: '@clinic/forms', dir: 'packages/forms' },
  { name: '@clinic/cms', dir: 'apps/cms' },
  { name: '@clinic/client', dir: 'packages/client' },
  { name: '@clinic/web', dir: 'apps/web' },
];

const reportDir = join(repoRoot, '.tools', 'test-reports');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const pkg of packages) {
  if (!existsSync(join(repoRoot, pkg.dir, 'package.json'))) continue;
  step(`Testing ${pkg.name}`);
  const report = join(reportDir, `${pkg.name.replace(/\W+/g, '-')}.json`);
  const result = spawnSync('pnpm', ['--filter', pkg.name, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: process.env,
  });
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    skipped += json.numPendingTests + (json.numTodoTests ?? 0);
  }
  if (result.status !== 0) failures.push(pkg.name);
}

console.log('');
if (failures.length) console.log(`Failing packages: ${failures.join(', ')}`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failures.length || failed ? 1 : 0);
